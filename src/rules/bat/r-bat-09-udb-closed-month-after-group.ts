// R-BAT-09 — 004 §3.5, new in release 2022-1: when the young person's contact group (1, 8, 12, 25 or 28) closed
// before the education plan reached step 4, and one whole calendar month then passes without UDB reporting an
// admission (optagelse), DFDG closes the subscription. A-42: the first complete calendar month after the day the
// group closed; the subscription is closed on the first day of the month after it (closed 10 April: May is the
// month, closed 1 June). The sources give no close reason (none is sent, D-291).
import { addMonths } from '../../domain/dates.ts';
import type { ContactGroupPeriod, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';
import { UDB_CONTACT_GROUPS } from './udb-target-groups.ts';

export const udbClosedMonthAfterGroup: RuleMeta = {
  id: 'R-BAT-09',
  title: 'UDB subscription closed one whole calendar month after the contact group closed before step 4',
  source: '004 §3.5',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/** The first day after the first whole calendar month following `closedOn`. */
export function monthAfterClosing(closedOn: IsoDate): IsoDate {
  return addMonths(`${closedOn.slice(0, 7)}-01`, 2);
}

export interface GroupClosedFacts {
  /** The citizen's contact groups. */
  groups: readonly ContactGroupPeriod[];
  /** The education plan's step on a day (the published plan then), null without an education plan. */
  stepOn(date: IsoDate): number | null;
  /** The days UDB reported an admission. */
  admissions: readonly IsoDate[];
}

/** The closing due on `businessDate`: the latest group ended is one of UDB's, no group open since, no step 4
 *  when it closed, the month passed without an admission. */
export function udbMonthAfterGroupClosing(f: GroupClosedFacts, businessDate: IsoDate): UdbClosing | null {
  if (f.groups.some((g) => g.endDate === null || g.endDate >= businessDate)) return null;
  const last = [...f.groups].sort((a, b) => (a.endDate! < b.endDate! ? -1 : 1)).at(-1);
  if (!last || !UDB_CONTACT_GROUPS.has(last.contactGroup)) return null;
  const closedOn = last.endDate!;
  if ((f.stepOn(closedOn) ?? 0) >= 4) return null;
  const due = monthAfterClosing(closedOn);
  if (due > businessDate) return null;
  if (f.admissions.some((d) => d > closedOn && d < due)) return null;
  return { date: due, reason: null, ruleId: udbClosedMonthAfterGroup.id };
}
