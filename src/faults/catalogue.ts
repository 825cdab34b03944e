// Every fault the facade can send, in one table: code, text and where the code comes from.
// `documented` codes and texts are DFDG's own (../shared/contracts/conventions.md §3,
// visitation-absence.md §2.7); `facade` codes cover validations the release notes describe without
// a code (release-rules.md §4.2) and are listed in docs/contract-decisions.md. All SOAP faults go
// out with HTTP 500 (conventions.md §3.1). test/unit/faults.test.ts keeps this table and the docs in step.

export interface FaultDefinition {
  code: number;
  text: string;
  origin: 'documented' | 'facade';
}

const table = {
  InvalidCpr: { code: 1001, text: 'Invalid cpr', origin: 'documented' },
  DurationNegative: { code: 1003, text: 'Duration is negative', origin: 'documented' },
  UnknownCpr: { code: 1010, text: 'Unknown cpr', origin: 'documented' },
  InternalError: { code: 1011, text: 'Internal error on server', origin: 'documented' },
  InvalidMessage: { code: 1014, text: 'The submitted message is not valid', origin: 'documented' },
  InvalidCodeListValue: { code: 2002, text: 'Invalid CodeList value', origin: 'documented' },
  ExpiredCodeListValue: { code: 2003, text: 'Use of expired CodeList value not allowed', origin: 'documented' },
  NoEnrollmentToEnd: { code: 4317, text: 'No enrollment to end', origin: 'documented' },
  CancellationDateOutOfRange: {
    code: 4322,
    text: 'The cancellation date must be today, maximum 30 days after or 60 in case of a less intensive effort',
    origin: 'documented',
  },
  PersonDead: { code: 4405, text: 'The person with specified cpr is dead', origin: 'documented' },
  NotAuthorized: { code: 4575, text: 'You are not authorized to execute the operation', origin: 'documented' },
  UnknownAbsence: { code: 4632, text: 'The specified Absenceregistration is not known to the system', origin: 'documented' },
  NotMemberOfUnemploymentFund: { code: 4856, text: 'Citizen not member of unemployment fund', origin: 'documented' },
  MemberOfOtherUnemploymentFund: { code: 4857, text: 'Citizen belongs to different unemployment fund', origin: 'documented' },
  NotOwnJobcenterCitizen: {
    code: 6005,
    text: 'The person with specified cpr does not belong to the jobcenter specified in ActiveOrganisationHeader',
    origin: 'documented',
  },
  InvalidOrganisationType: {
    code: 8173,
    text: 'OrganisationType is invalid according to the organisationTypeIdentifierCodeList.',
    origin: 'documented',
  },
  InvalidUserType: { code: 8174, text: 'UserType is invalid according to the requestUserTypeIdentifierCodeList.', origin: 'documented' },
  MissingActiveOrganisationHeader: {
    code: 8232,
    text: 'The Soap request message is missing its required Soap header: ActiveOrganisationHeader',
    origin: 'documented',
  },
  MissingRequestUserMetadataHeader: {
    code: 8233,
    text: 'The Soap request message is missing its required Soap header: RequestUserMetadataHeader',
    origin: 'documented',
  },
  BadActiveOrganisationHeader: { code: 8234, text: 'Could not deserialize the Soap header: ActiveOrganisationHeader', origin: 'documented' },
  BadRequestUserMetadataHeader: {
    code: 8235,
    text: 'Could not deserialize the Soap header: RequestUserMetadataHeader',
    origin: 'documented',
  },
  // Facade-assigned codes (release-rules.md §4.2: "implementer must assign codes").
  EndReasonNotAllowedForAbsenceType: { code: 4980, text: 'The end reason is not allowed for this absence type', origin: 'facade' },
  EndReasonPhasedOut: { code: 4981, text: 'The end reason is phased out and cannot be used for this end date', origin: 'facade' },
  EndReasonReservedForDfdg: { code: 4982, text: 'The end reason can only be set by DFDG', origin: 'facade' },
  OverlappingAbsence75: { code: 4983, text: "The person already has an absence 'Kontaktforløb er hos a-kassen' in the period", origin: 'facade' },
  AbsenceTypeNotDeletable: { code: 4984, text: 'Absences of this type cannot be deleted', origin: 'facade' },
  OnlyFutureAbsenceDeletable: { code: 4985, text: 'Only future absences can be deleted', origin: 'facade' },
  AbsenceNotAllowedForContactGroup: { code: 4986, text: "The absence type is not allowed for the person's contact group", origin: 'facade' },
  AbsenceStartBeforeTypeInForce: { code: 4987, text: 'The absence cannot start before the absence type is in force', origin: 'facade' },
  Absence75OnlyByOwnAkasse: { code: 4988, text: "Absence 'Kontaktforløb er hos a-kassen' can only be registered by the citizen's a-kasse", origin: 'facade' },
  EnrollmentAlreadyOpen: { code: 4989, text: 'The person already has an open enrollment', origin: 'facade' },
  NoBenefitsAccount: { code: 4990, text: 'The person has no dagpengetæller placement to update', origin: 'facade' },
  // Facade-assigned, notifications (WSRM pull): 4970–4979.
  UnknownWsrmSequence: { code: 4970, text: 'The WSRM sequence is not known or not open for this receiver', origin: 'facade' },
} as const satisfies Record<string, FaultDefinition>;

export type FaultName = keyof typeof table;
export const faults: Readonly<Record<FaultName, FaultDefinition>> = table;

/** A DFDG business or protocol fault. Thrown anywhere below the SOAP layer; serialized once there. */
export class DfdgFault extends Error {
  readonly code: number;
  readonly faultName: FaultName;
  /** Optional extra detail (validation messages, the rule id that refused). Never a stack trace. */
  readonly details: readonly string[];

  constructor(name: FaultName, details: readonly string[] = []) {
    super(table[name].text);
    this.faultName = name;
    this.code = table[name].code;
    this.details = details;
  }
}

export function fault(name: FaultName, ...details: string[]): DfdgFault {
  return new DfdgFault(name, details);
}
