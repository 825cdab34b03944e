// R-DEL-03 — 001 N5 (release 2021-1): the digital screening pilot's results. The citizen sees the result on Jobnet
// for 90 days; caseworkers see it in their case systems for up to 6 months; then it is deleted in DFDG. The
// policy that deletes is src/app/preparationForm/retention.ts.
import { addDays } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const screeningRetention: RuleMeta = {
  id: 'R-DEL-03',
  title: 'Digital screening results: 90 days on Jobnet, 6 months in case systems, then deleted',
  source: '001 N5',
  validFrom: '2021-03-15',
  validTo: null,
};

export const SCREENING_RETENTION_MONTHS = 6;
const JOBNET_DAYS = 90;

/** Whether the citizen still sees on Jobnet a result submitted on `submittedOn`: up to and including the day 90 days
 *  later (submitted 1 Apr 2021: until 30 Jun 2021, the catalogue's example, D-282). */
export function screeningVisibleOnJobnet(submittedOn: IsoDate, date: IsoDate): boolean {
  return date <= addDays(submittedOn, JOBNET_DAYS);
}
