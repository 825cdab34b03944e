// R-BAT-13 — 004 §3.1, release 2022-1: a jobplan published for a young person who had an education plan (the
// job-directed effort of R-PLAN-13, contact groups 12 and 28) closes the UDB subscription; an education plan
// published again later (the young person left the trial: covered by uddannelsespålæg again) reopens it. The
// closing is a change of plan type, so it carries R-BAT-11's reason 8 'Plantypeskift' (D-292).
import type { IsoDate } from '../../domain/types.ts';
import { JOBPLAN } from '../../domain/plan.ts';
import { EDUCATION_PLAN, UdbCloseReason } from '../../domain/udb.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';

export const udbJobplanPublication: RuleMeta = {
  id: 'R-BAT-13',
  title: 'UDB subscription closed when a jobplan follows an education plan in groups 12/28, reopened by a new one',
  source: '004 §3.1',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const UDB_JOBPLAN_GROUPS: ReadonlySet<number> = new Set([12, 28]);

export type UdbPublicationEffect = { close: UdbClosing } | { reopen: true } | null;

/** What publishing a plan of `toType` after `fromType` does to the subscription in `contactGroup`. */
export function udbPublicationEffect(
  fromType: number | null,
  toType: number,
  contactGroup: number | null,
  on: IsoDate,
): UdbPublicationEffect {
  if (toType === EDUCATION_PLAN) return { reopen: true };
  if (
    fromType === EDUCATION_PLAN &&
    toType === JOBPLAN &&
    contactGroup !== null &&
    UDB_JOBPLAN_GROUPS.has(contactGroup)
  )
    return { close: { date: on, reason: UdbCloseReason.Plantypeskift, ruleId: udbJobplanPublication.id } };
  return null;
}
