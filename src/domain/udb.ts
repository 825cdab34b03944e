// Ungedatabasen (UDB, STIL's youth database) as DFDG exchanges with it: DFDG's subscription per young citizen
// (abonnement på uddannelseshændelser, R-BAT-07…14), the messages DFDG sends to UDB in their fixed order
// (R-NOT-15), the events UDB reports back (admission, a completed vocational education, an institution's contact
// person), the education plan's step and support needs they depend on, and STIL's institution register (R-OTH-11/12).
import type { IsoDate } from './types.ts';

/** UDB subscription close reasons (release-rules.md C-17). Closures whose reason the sources do not give carry none. */
export const UdbCloseReason = { Alder: 5, Kontaktgruppeskift: 7, Plantypeskift: 8 } as const;

/** PlanTypeIdentifier 2 'Uddannelsesplan' and 3 'Aftale om opfølgning' (release-rules.md C-17; ids ours, D-288). */
export const EDUCATION_PLAN = 2;
export const FOLLOW_UP_AGREEMENT = 3;

export interface UdbSubscription {
  id: string;
  cpr: string;
  /** The subscription's effective date at UDB: the 15th birthday (R-BAT-14). */
  effectiveFrom: IsoDate;
  /** The business date DFDG took it out. */
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  /** 5 'Alder', 7, 8 'Plantypeskift'; null while open or when the closing rule gives none. */
  closeReason: number | null;
  /** The rule that closed it (R-BAT-07 …), null while open. */
  closeRule: string | null;
}

/** What DFDG tells UDB, in this order when they come together (R-NOT-15). */
export type UdbMessageKind = 'abonnement' | 'stoettebehov' | 'kontaktperson' | 'afmelding';

export interface UdbMessage {
  id: string;
  cpr: string;
  kind: UdbMessageKind;
  body: Record<string, unknown>;
}

/** An event UDB reports about a young citizen. */
export type UdbEvent =
  | { kind: 'optagelse'; date: IsoDate; institutionNumber: string }
  | { kind: 'gennemfoert'; date: IsoDate; institutionNumber: string }
  | { kind: 'institutionskontakt'; date: IsoDate; institutionNumber: string; contactName: string };

/** One institution of STIL's institution register (institutionsregisteret). */
export interface Institution {
  /** Institutionsnummer: 6 digits. */
  number: string;
  name: string;
  cvr: string | null;
  pNumber: string | null;
}

/** A contact person or point at an educational institution, as UDB reported it, with CVR and P-number (R-OTH-11). */
export interface InstitutionContact {
  id: string;
  cpr: string;
  institutionNumber: string;
  name: string;
  cvr: string | null;
  pNumber: string | null;
  receivedOn: IsoDate;
}

/** The education plan's part of a plan version: its step (trin 1–4) and the support needs registered. */
export interface EducationPlanDetails {
  planVersionId: string;
  cpr: string;
  step: number | null;
  supportNeeds: string[];
}
