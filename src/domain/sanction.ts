// The sanctions register of release 2023-4 (R-AK-10…12): a sanction an a-kasse gave its member, with its reason,
// its limitation date (forældelsesdato) and, where relevant, its served date (udståelsesdato), on which its
// deletion depends (R-DEL-07). And the a-kasse's availability assessment (rådighedsvurdering) through the legacy
// JobcenterMessageService v2 SaveAvailabilityAssessment (conventions.md §8.1 [F]; R-AK-14, R-AK-15).
import type { IsoDate } from './types.ts';

/** What the a-kasse reports about a sanction (CreateSanktion, UpdateSanktion). */
export interface SanctionFields {
  /** codelists/sanction-reasons.json. */
  reason: number;
  decisionDate: IsoDate | null;
  limitationDate: IsoDate;
  servedDate: IsoDate | null;
  remark: string | null;
}

export interface Sanction extends SanctionFields {
  id: string;
  cpr: string;
  /** The reporting a-kasse's organisation code: only it changes or deletes the sanction. */
  akasse: string;
  registeredOn: IsoDate;
  /** The first day the sanction is due for deletion (R-DEL-07), kept beside it so retention is one indexed query. */
  deleteFrom: IsoDate;
}

/** One SaveAvailabilityAssessment, as stored. */
export interface AvailabilityAssessment {
  id: string;
  cpr: string;
  akasse: string;
  /** IncidentDate: the date of the decision. */
  incidentDate: IsoDate;
  /** AvailabilityAssessmentRegistrationTypeIdentifier (C-14). */
  assessmentType: number;
  dateField1: IsoDate;
  dateField2: IsoDate;
  /** The NUPH or event answered; null for a stand-alone assessment (fritflyver). */
  responseTo: string | null;
  /** Whether `responseTo` named a NUPH DFDG holds (else an event the facade does not hold, kept as given). */
  answersKnownNuph: boolean;
  comments: string | null;
  registeredOn: IsoDate;
}
