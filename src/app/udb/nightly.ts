// DFDG's nightly UDB batch: a subscription for every known citizen on (or, after downtime, since) the 15th
// birthday who never had one and is in none of the contact groups R-BAT-08 closes it for (R-BAT-14, effective from
// the birthday; D-290), closing by age with reason 5 (R-BAT-07),
// and one whole calendar month after the contact group closed before step 4 without an admission (R-BAT-09).
// Then the queued messages go to UDB (src/app/udb/delivery.ts, when a UDB endpoint is configured). Run from the
// CLI (`udb`) or the nightly schedule; idempotent (an open subscription is not opened again, a closed one not
// closed again).
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { addDays } from '../../domain/dates.ts';
import type { PlanVersion } from '../../domain/plan.ts';
import type { IsoDate } from '../../domain/types.ts';
import { EDUCATION_PLAN } from '../../domain/udb.ts';
import {
  contactGroupOn,
  UDB_CONTACT_GROUPS,
  udbAgeClosing,
  udbClosedMonthAfterGroup,
  udbMonthAfterGroupClosing,
  UDB_START_AGE,
  whileInForce,
} from '../../rules/index.ts';
import { planVersionsOf } from '../../store/planRepository.ts';
import {
  cprsBornBetweenWithoutUdb,
  cprsWithOpenUdbSubscription,
  educationPlanDetailsOf,
  udbAdmissionDates,
} from '../../store/udbRepository.ts';
import { addMonths } from '../../domain/dates.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';
import { closeUdbSubscriptionOf, openUdbSubscription } from './subscriptions.ts';

export interface UdbBatchResult {
  opened: number;
  closedByAge: number;
  closedAfterGroup: number;
}

export async function runUdbSubscriptions(db: Knex, clock: Clock): Promise<UdbBatchResult> {
  const caller = dfdgCaller('udb', clock.today(), clock.nowDateTime());
  const today = caller.businessDate;
  const result: UdbBatchResult = { opened: 0, closedByAge: 0, closedAfterGroup: 0 };
  // born from the day after the 30th-birthday limit up to the 15th-birthday limit
  const newcomers = await cprsBornBetweenWithoutUdb(
    db,
    addDays(addMonths(today, -30 * 12), 1),
    addMonths(today, -UDB_START_AGE * 12),
  );
  await forEachCitizen(db, caller, newcomers, async (w, citizen) => {
    if (citizen.person.deceasedDate !== null || udbAgeClosing(citizen, w.businessDate) !== null) return;
    const group = contactGroupOn(citizen, w.businessDate);
    if (group !== null && !UDB_CONTACT_GROUPS.has(group)) return; // R-BAT-08 would close it at once
    if (await openUdbSubscription(w, citizen, null)) result.opened++;
  });
  await forEachCitizen(db, caller, await cprsWithOpenUdbSubscription(db), async (w, citizen) => {
    const byAge = udbAgeClosing(citizen, w.businessDate);
    if (byAge) {
      if (await closeUdbSubscriptionOf(w, citizen, byAge)) result.closedByAge++;
      return;
    }
    const cpr = citizen.person.cpr;
    const plans = await planVersionsOf(w.trx, cpr);
    const details = await educationPlanDetailsOf(w.trx, cpr);
    const admissions = await udbAdmissionDates(w.trx, cpr);
    const closing = whileInForce(udbClosedMonthAfterGroup, w.businessDate, null, () =>
      udbMonthAfterGroupClosing(
        { groups: citizen.contactGroups, stepOn: (d) => stepOn(plans, details, d), admissions },
        w.businessDate,
      ),
    );
    if (closing && (await closeUdbSubscriptionOf(w, citizen, closing))) result.closedAfterGroup++;
  });
  return result;
}

/** The step of the education plan published latest on or before `date`; null when that plan is of another type. */
function stepOn(
  plans: readonly PlanVersion[],
  details: Map<string, { step: number | null }>,
  date: IsoDate,
): number | null {
  const latest = plans
    .filter((p) => p.status === 'published' && p.publishedAt !== null && p.publishedAt.slice(0, 10) <= date)
    .sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : 1))
    .at(-1);
  return latest?.planType === EDUCATION_PLAN ? (details.get(latest.id)?.step ?? null) : null;
}
