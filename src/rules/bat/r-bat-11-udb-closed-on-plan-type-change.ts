// R-BAT-11 — 004 §3.5 (existing rule): a change of plan type from education plan (uddannelsesplan) to another
// type closes the subscription with reason 8 'Plantypeskift' — except a change to 'Aftale om opfølgning' for a
// sickness-benefit recipient (contact group 25 'Sygedagpengemodtager fra ledighed', D-292).
import type { IsoDate } from '../../domain/types.ts';
import { EDUCATION_PLAN, FOLLOW_UP_AGREEMENT, UdbCloseReason } from '../../domain/udb.ts';
import type { RuleMeta } from '../engine.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';

export const udbClosedOnPlanTypeChange: RuleMeta = {
  id: 'R-BAT-11',
  title:
    "UDB subscription closed on a change from education plan (reason 8), not to 'Aftale om opfølgning' in group 25",
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

export const SICKNESS_BENEFIT_GROUP = 25;

export function udbPlanTypeChangeClosing(
  fromType: number | null,
  toType: number,
  contactGroup: number | null,
  on: IsoDate,
): UdbClosing | null {
  if (fromType !== EDUCATION_PLAN || toType === EDUCATION_PLAN) return null;
  if (toType === FOLLOW_UP_AGREEMENT && contactGroup === SICKNESS_BENEFIT_GROUP) return null;
  return { date: on, reason: UdbCloseReason.Plantypeskift, ruleId: udbClosedOnPlanTypeChange.id };
}
