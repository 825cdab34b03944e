// The citizen-status slice of DFDG as plain data. Rules read these shapes; the store loads and
// saves them; handlers map the SOAP contract to and from them. Dates are Danish calendar dates
// as ISO strings 'YYYY-MM-DD' (release-rules A-58: Europe/Copenhagen, ranges inclusive).

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Organisation types of the OrganisationTypeIdentifier codelist (codelists/organisation-types.json). */
export const OrganisationType = {
  STAR: 1,
  AKasse: 2,
  AndenAktoer: 4,
  Kommune: 7,
  Jobcenter: 8,
  Virksomhed: 24,
  /** Udbetaling Danmark: no id found in the contracts; ours (codelists/organisation-types.json, D-211). */
  UDK: 30,
} as const;
export type OrganisationTypeId = (typeof OrganisationType)[keyof typeof OrganisationType];

/** Who performs a registration: an external authority (from ActiveOrganisationHeader) or DFDG itself. */
export type Actor = AuthorityActor | { kind: 'dfdg'; process: string };

/** An authority calling DFDG: the organisation of ActiveOrganisationHeader and the acting user. */
export interface AuthorityActor {
  kind: 'authority';
  organisationType: number;
  organisationCode: string;
  userIdentifier: string;
  userType: number;
}

/** The user an authority's request names (RequestUserMetadataHeader): kept with what they registered and
 *  passed on in the WSRM metadata of its notifications ("Den gode WSRM besked"). */
export interface RegisteringUser {
  fullName: string;
  userType: number;
  userIdentifier: string;
  email: string | null;
  organisationType: number;
  organisationCode: string;
  /** The header's RegistrationDateTime, as sent. */
  registeredAt: string | null;
}

export interface Person {
  cpr: string;
  birthDate: IsoDate;
  deceasedDate: IsoDate | null;
  /** Jobcentre the citizen belongs to (5 digits: municipality number + sub-jobcentre). */
  jobcenterCode: string;
  /** Municipality of residence (3 digits). */
  municipalityCode: string;
  /** Set when the citizen has been given a new CPR number (CPR-skifter). */
  replacedByCpr: string | null;
  /** CPR's status of the citizen when emigrated or missing (R-BAT-15), from the date CPR gave; null otherwise. */
  cprStatus: CprStatus | null;
}

/** A CPR status DFDG keeps about a citizen: udrejst (emigrated) or forsvundet (missing), from a date. */
export interface CprStatus {
  status: 'udrejst' | 'forsvundet';
  date: IsoDate;
}

export interface ContactGroupPeriod {
  id: string;
  cpr: string;
  contactGroup: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface AkasseMembership {
  id: string;
  cpr: string;
  akasseCode: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** InsuranceTypeIdentifier: 1 full-time insured, 2 part-time insured. */
export const InsuranceType = { FullTime: 1, PartTime: 2 } as const;

/** The a-kasse's dagpengetæller as last reported (UnemploymentBenefitsAccountService). */
export interface BenefitsAccount {
  cpr: string;
  akasseCode: string;
  insuranceType: number;
  /** Start of the current placement (indplacering). */
  gradingDate: IsoDate;
  /** Date of placement in the ordinary benefit period (null on accounts reported before it was kept). */
  ordinaryPeriodGradingDate: IsoDate | null;
  /** The type of placement (codelist id), null when not reported. */
  gradingType: number | null;
  /** The basis and decision types of the placement (codelist ids). */
  gradingBasisTypes: readonly number[];
  offsetHours: number;
  /** Last day of the reference period of the current placement. */
  referencePeriodEndDate: IsoDate | null;
  /** Dagpenge hours consumed in the current placement. */
  consumedHours: number;
  /** Hours the citizen still lacks before a re-placement (genindplacering) can happen; 0 = none missing. */
  missingHoursForRegrading: number | null;
  ratePerMonth: number | null;
  calculationDate: IsoDate;
}

/** ClientCategoryTypeIdentifier (tilmeldekategori): 1 dagpengemodtager, 2 kontanthjælp, 8 Uden ydelse, 12 uddannelseshjælp. */
export const ClientCategory = { Dagpengemodtager: 1, Kontanthjaelp: 2, UdenYdelse: 8, Uddannelseshjaelp: 12 } as const;

/** CancellationReasonTypeIdentifier: 1 = work (the reason R-KF-05 looks at). */
export const CancellationReason = { Arbejde: 1 } as const;

export interface Enrollment {
  id: string;
  cpr: string;
  clientCategory: number;
  enrollmentDate: IsoDate;
  /** Set when the enrollment is cancelled (afmelding). */
  endDate: IsoDate | null;
  endReason: number | null;
}

export const AbsenceTypes = {
  Ferie: 10,
  SygdomSygemelding: 11,
  FritagetForPligtTilSelvbook: 56,
  FratagetRetTilSelvbook: 57,
  KontaktforloebHosAkassen: 75,
  PaaVejPaaErhvervsuddannelse: 77,
  Sorgorlov: 79,
} as const;

export interface Absence {
  id: string;
  cpr: string;
  absenceType: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  notificationDate: IsoDate;
  comment: string | null;
  /** AbsenceCauseTypeIdentifier: the end reason (afslutningsårsag). */
  endReason: number | null;
  active: boolean;
  /** True when DFDG itself registered the absence (automatic absence 75). */
  createdByDfdg: boolean;
  registeredBy: Actor;
  /** Business date on which the absence was registered. */
  registeredOn: IsoDate;
  deletedOn: IsoDate | null;
}

/** A person category period (src/domain/personCategory.ts). */
export interface PersonCategoryPeriod {
  id: string;
  cpr: string;
  category: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** The organisation that registered it (DFDG's own resets: organisation type 0, code 'DFDG'). */
  registeredBy: { organisationType: number; organisationCode: string };
  /** Business date of the registration. */
  registeredOn: IsoDate;
}

/** Everything the rules may look at for one citizen. Deleted absences are not part of it. */
export interface CitizenState {
  person: Person;
  contactGroups: ContactGroupPeriod[];
  memberships: AkasseMembership[];
  benefitsAccount: BenefitsAccount | null;
  enrollments: Enrollment[];
  /** The citizen's absences, oldest start first: all of them, or, when `absenceTypes` is set, those of these
   *  types only. Read them through `absencesOf` (src/domain/citizenAbsences.ts), which refuses a partial list. */
  absences: Absence[];
  /** Set when the state was loaded for a write that declared which absence types it reads (a write's cost must
   *  not grow with the citizen's history: src/services/operation.ts `absenceTypes`); absent = every absence. */
  absenceTypes?: ReadonlySet<number>;
  /** The citizen's person category periods (PersonCategoryTypeIdentifier), oldest start first. */
  personCategories: PersonCategoryPeriod[];
}
