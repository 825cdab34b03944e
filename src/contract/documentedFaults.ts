// The faults each operation documents, as data for the client coverage report (issue 18 item 4): which fault codes
// a client of the operation can meet, so the report can name those it never saw. Two sources, named per entry:
// - `page`: the operation's "Fejlkoder" table as the contract notes recovered it ([F] in /work/shared/contracts/,
//   the section named); a truncated table gives only the codes it shows;
// - `facade`: a code the facade's own rules raise for the operation (the rule named; the code is in
//   src/faults/catalogue.ts and, for facade codes, in docs/contract-decisions.md's fault table).
// Only operations whose page lists faults are here: an operation without an entry has no documented list, and
// the report says so instead of guessing. test/unit/documentedFaults.test.ts checks every code is in the fault
// catalogue and every operation is in the WSDLs.

export interface DocumentedFault {
  code: number;
  /** Where the code comes from: the contract note and section, or the facade rule that raises it. */
  source: string;
}

export interface OperationFaults {
  service: string;
  operation: string;
  faults: readonly DocumentedFault[];
}

const page = (section: string, ...codes: number[]): DocumentedFault[] =>
  codes.map((code) => ({ code, source: `page: ${section}` }));
const facade = (rule: string, code: number): DocumentedFault => ({ code, source: `facade: ${rule}` });

export const DOCUMENTED_FAULTS: readonly OperationFaults[] = [
  {
    service: 'PersonVisitationStatusService',
    operation: 'GetPersonExempts',
    faults: page('visitation-absence.md §1.2 Fejlkoder (truncated after two rows)', 1010, 1014),
  },
  {
    service: 'AbsenceRegistrationService',
    operation: 'CreateAbsence',
    faults: [
      ...page('visitation-absence.md §2.2 Fejlkoder (truncated after 4322)', 1014, 1001, 1003, 1010, 4317, 4322),
      facade('R-ABS-02 / R-ABS-05, absence type not yet in force', 4987),
      facade("R-ABS-02, absence 77 not for contact group 12 (the REST page's code, visitation-absence.md §2.7)", 4591),
      facade('R-KF-06, absence 75 only by the own a-kasse', 4988),
      facade('R-KF-09, no overlapping absence 75', 4983),
      facade('R-KF-12, end reasons only on absence 75', 4980),
    ],
  },
  {
    service: 'AbsenceActiveStatusService',
    operation: 'UpdateAbsenceActiveStatus',
    faults: page('visitation-absence.md §2.3 Fejlkoder', 4575, 4632),
  },
  {
    service: 'Kontaktforloeb.IndkaldelseService',
    operation: 'CreateIndkaldelse',
    faults: page(
      "indkaldelse.md §3.9 (the service's error codes, truncated after 8127)",
      1001,
      1010,
      1014,
      4367,
      4405,
      4575,
      4783,
      4768,
      4792,
      4708,
      4709,
      4805,
      4856,
      4857,
      8125,
      8126,
      8127,
    ),
  },
  {
    service: 'JobnetCitizenStatusService',
    operation: 'GetBorgerstatus',
    faults: page('booking-frist.md §3.1 Fejlkoder', 1014),
  },
  {
    service: 'JobnetCitizenStatusService',
    operation: 'GetSelfbookInterviewOptions',
    faults: page('booking-frist.md §3.2 Fejlkoder', 1014, 8111),
  },
  {
    service: 'JobnetCitizenStatusService',
    operation: 'GetSelfbookTimeslots',
    faults: page('booking-frist.md §3.4 Fejlkoder (GetSelvbookingMoedetider)', 1014, 4400),
  },
  {
    service: 'JobOrderService',
    operation: 'SetCompanyRecruitmentStatus',
    faults: page('joborder.md §7', 9131),
  },
  {
    service: 'JobOrderService',
    operation: 'GetCompanyJobcenterAffiliation',
    faults: page('joborder.md §7 (GetVirksomhedJobcenterTilknytning)', 4353),
  },
];

/** The documented faults of one operation; null when its page lists none the notes recovered. */
export function documentedFaultsOf(service: string, operation: string): readonly DocumentedFault[] | null {
  return DOCUMENTED_FAULTS.find((o) => o.service === service && o.operation === operation)?.faults ?? null;
}
