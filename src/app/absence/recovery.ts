// DFDG's recovery batch (raskmelding, R-BAT-04): a sickness absence that has ended is decided once — the citizen
// is registered again as unemployed (gentilmelding) from the day after the sickness, in the client category they
// were enrolled in on the day before its first day, unless (a) they were not enrolled that day ('Ikke tilmeldt';
// an older registration does not count) or (b) their contact group that day differs from their current one; a
// citizen already enrolled on the recovery day is left alone. The re-registration is an enrollment like any other
// (its notifications, contact group and DFDG's absence 75). Before release 2022-1 the batch re-registered from any
// earlier enrollment (the bug, reproduced for those dates). Each decision is kept per absence (recovery_decision),
// so the batch is idempotent and catches up after downtime. Run from the CLI (`recovery`) or the nightly schedule.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';
import {
  formerRecoveryReRegistration,
  noWrongReRegistration,
  recoveryReRegistration,
  whileInForce,
} from '../../rules/index.ts';
import { insertRecoveryDecision, undecidedRecoveries } from '../../store/activitySupplementRepository.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';
import { enroll } from '../enrollment/enrollments.ts';
import { addDays } from '../../domain/dates.ts';

/** CurrentUnemploymentStatusTypeIdentifier of a re-registration: 1 'Fuldt ledig' (D-253). */
export const RE_REGISTRATION_UNEMPLOYMENT_STATUS = 1;

export interface RecoveryResult {
  decided: number;
  reRegistered: number;
}

export async function runRecovery(db: Knex, clock: Clock): Promise<RecoveryResult> {
  const caller = dfdgCaller('raskmelding', clock.today(), clock.nowDateTime());
  const result = { decided: 0, reRegistered: 0 };
  const due = await undecidedRecoveries(db, caller.businessDate);
  const byCitizen = new Map<string, Set<string>>();
  for (const r of due) byCitizen.set(r.cpr, (byCitizen.get(r.cpr) ?? new Set()).add(r.absenceId));
  await forEachCitizen(db, caller, [...byCitizen.keys()], async (w, loaded) => {
    let citizen = loaded;
    const ids = byCitizen.get(citizen.person.cpr)!;
    for (const sickness of absencesOf(citizen, 'all').filter((a) => ids.has(a.id))) {
      const decision = whileInForce(
        noWrongReRegistration,
        w.businessDate,
        formerRecoveryReRegistration(citizen, sickness),
        () => recoveryReRegistration(citizen, sickness, w.businessDate),
      );
      await insertRecoveryDecision(w.trx, {
        absenceId: sickness.id,
        cpr: citizen.person.cpr,
        recoveryDate: addDays(sickness.endDate!, 1),
        decidedOn: w.businessDate,
        decision: decision.reRegister ? 'reRegistered' : decision.reason,
      });
      result.decided++;
      if (!decision.reRegister) continue;
      const id = await enroll(w, citizen, decision.clientCategory, RE_REGISTRATION_UNEMPLOYMENT_STATUS, decision.date);
      citizen = {
        ...citizen,
        enrollments: [
          ...citizen.enrollments,
          {
            id,
            cpr: citizen.person.cpr,
            clientCategory: decision.clientCategory,
            enrollmentDate: decision.date,
            endDate: null,
            endReason: null,
          },
        ],
      };
      result.reRegistered++;
    }
  });
  return result;
}
