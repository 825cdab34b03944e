// R-PLAN-09 — 000 §3.5: an a-kasse sees the jobplans published while the citizen was in contact group 1
// 'Dagpengemodtager' or 8 'Uden ydelse'; the read is filtered, nothing is refused. Before release 2023-4 an
// a-kasse read no jobplans.
import type { PlanVersion } from '../../domain/plan.ts';
import type { IsoDate } from '../../domain/types.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';

const AKASSE_VISIBLE_GROUPS: ReadonlySet<number> = new Set([1, 8]);

export const akasseReadsGroups1And8: RuleMeta = {
  id: 'R-PLAN-09',
  title: 'The a-kasse can read jobplans from periods in contact group 1 or 8',
  source: '000 §3.5',
  validFrom: '2023-12-04',
  validTo: null,
};

/** Whether an a-kasse sees this published plan version on `businessDate`. */
export function planVisibleToAkasse(plan: PlanVersion, businessDate: IsoDate): boolean {
  return whileInForce(
    akasseReadsGroups1And8,
    businessDate,
    false,
    () => plan.contactGroup !== null && AKASSE_VISIBLE_GROUPS.has(plan.contactGroup),
  );
}
