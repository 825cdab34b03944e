// R-BAT-10 — 004 §3.5 (existing rule): when UDB reports that the young person has completed an education that
// qualifies for a vocation, DFDG closes the subscription at UDB and alerts the caseworker (R-NOT-14). A-40: DFDG
// closes it on receipt; the caseworker decides whether the young person is outside the target group. The sources
// give no close reason (none is sent, D-291).
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';

export const udbClosedOnCompletedEducation: RuleMeta = {
  id: 'R-BAT-10',
  title: 'UDB subscription closed when UDB reports a completed vocational education',
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

export function udbCompletedEducationClosing(reportedOn: IsoDate): UdbClosing {
  return { date: reportedOn, reason: null, ruleId: udbClosedOnCompletedEducation.id };
}
