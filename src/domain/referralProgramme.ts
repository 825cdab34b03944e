// A systematic referral programme (systematisk henvisningsforløb): a programme a jobcentre registered for a citizen
// until its rules expired on 1 Jan 2020; for dagpenge recipients DFDG forwarded it to the a-kasse. Kept only until
// R-DEL-01 deletes it, 2 years after it ended.
import type { IsoDate } from './types.ts';

export interface ReferralProgramme {
  id: string;
  cpr: string;
  startDate: IsoDate;
  /** Null when no end was recorded: the programme ended with its rules (R-DEL-01 counts from 31 Dec 2019). */
  endDate: IsoDate | null;
}
