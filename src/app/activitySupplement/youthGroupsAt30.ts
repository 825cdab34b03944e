// DFDG's age batch for the youth contact groups (R-BAT-06): a citizen in contact group 12 or 28 who has turned 30
// moves to 2 or 26 from the 30th birthday (notified as every contact group change), and Min plan is inactivated
// from that day. Run from the CLI (`youth-groups-at-30`) or the nightly schedule; a run after downtime catches up
// (the move is dated the birthday); idempotent (a moved citizen is no longer in 12 or 28).
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { addMonths } from '../../domain/dates.ts';
import { GROUP_AT_30, groupChangeAt30, whileInForce, youthGroupsAt30 } from '../../rules/index.ts';
import { cprsInGroupsBornBy, insertPlanInactivation } from '../../store/activitySupplementRepository.ts';
import { planVersionsOf } from '../../store/planRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { placeInContactGroup } from '../citizen/contactGroupChange.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';

export interface YouthGroupsAt30Result {
  moved: number;
  plansInactivated: number;
}

export async function runYouthGroupsAt30(db: Knex, clock: Clock): Promise<YouthGroupsAt30Result> {
  const caller = dfdgCaller('alder30', clock.today(), clock.nowDateTime());
  const result = { moved: 0, plansInactivated: 0 };
  const bornBy = addMonths(caller.businessDate, -30 * 12);
  const cprs = await whileInForce(youthGroupsAt30, caller.businessDate, Promise.resolve([]), () =>
    cprsInGroupsBornBy(db, [...GROUP_AT_30.keys()], bornBy),
  );
  await forEachCitizen(db, caller, cprs, async (w, citizen) => {
    const change = groupChangeAt30(citizen, w.businessDate);
    if (!change) return;
    await placeInContactGroup(w, citizen, change.to, change.date);
    result.moved++;
    const plans = await planVersionsOf(w.trx, citizen.person.cpr);
    if (!plans.some((p) => p.status === 'published')) return;
    await insertPlanInactivation(w.trx, {
      id: timeOrderedUuid(),
      cpr: citizen.person.cpr,
      inactivatedOn: change.date,
      ruleId: youthGroupsAt30.id,
    });
    result.plansInactivated++;
  });
  return result;
}
