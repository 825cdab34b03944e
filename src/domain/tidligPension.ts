// Tidlig pension (PensionService, 2022-1): Udbetaling Danmark's report of a citizen's transition to Tidlig pension
// and of the compensation for paid efterløn contributions (notifications-wsrm-wsb.md §4.3 [F]). One row per
// forløb: the first save creates its id, later saves of the same forløb replace its two blocks, and a save with
// neither block annuls it (kept, with both blocks null, so the a-kasse sees the annulment).
import type { IsoDate } from './types.ts';

export interface OvergangTilTidligPension {
  overgangsdato: IsoDate;
  afgoerelsesdato: IsoDate;
  ophoersdato: IsoDate | null;
}

export interface Kompensationsudbetaling {
  afgoerelsesdato: IsoDate;
  /** Not found on the page (cut off): ours, optional (D-210). */
  udbetalingsdato: IsoDate | null;
  beloeb: number | null;
}

/** What one SaveTidligPension reports for a forløb. */
export interface TidligPensionFields {
  overgang: OvergangTilTidligPension | null;
  kompensation: Kompensationsudbetaling | null;
}

export interface TidligPension extends TidligPensionFields {
  id: string;
  cpr: string;
  /** 1 on the first save, +1 on each later one. */
  version: number;
  /** When UDK last saved it (xs:dateTime). */
  savedAt: string;
}

/** A save with neither block annuls the forløb. */
export const isAnnulment = (f: TidligPensionFields): boolean => f.overgang === null && f.kompensation === null;

/** A citizen's registered date of transition to efterløn with an a-kasse (R-NOT-07). The facade keeps no efterløn
 *  case: the date is registered by a scenario fixture or the harness (`saveEfterloenTransition`, D-214). */
export interface EfterloenTransition {
  cpr: string;
  akasseCode: string;
  transitionDate: IsoDate;
}
