// DFDG's transition marking (R-KF-13 with ): citizens covered by the transition rules (the
// law's § 5(2), R-KF-04) have their contact process at the jobcentre, so DFDG ends any open absence 75
// they have with end reason 49 — the only place reason 49 is ever set. Notifications as for every
// absence change. Run from the CLI (`transition-marking`) or a scheduler; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import { transitionMarking } from '../rules/index.ts';
import { applyAbsenceChange } from '../services/absenceChanges.ts';
import { cprsWithOpenAbsence, loadCitizenStateForUpdate } from '../store/citizenRepository.ts';
import { AbsenceTypes } from '../domain/types.ts';

export async function runTransitionMarking(db: Knex, clock: Clock): Promise<number> {
  const businessDate = clock.today();
  let ended = 0;
  for (const cpr of await cprsWithOpenAbsence(db, AbsenceTypes.KontaktforloebHosAkassen)) {
    await db.transaction(async (trx) => {
      const state = (await loadCitizenStateForUpdate(trx, cpr))!;
      for (const end of transitionMarking(state, businessDate)) {
        const before = state.absences.find((a) => a.id === end.absenceId)!;
        const actor = { kind: 'dfdg', process: 'overgangsmarkering' } as const;
        const context = { db: trx, state, actor, businessDate, now: clock.nowDateTime(), registeringUser: null };
        await applyAbsenceChange(context, 'update', before, { ...before, endDate: end.endDate, endReason: end.endReason });
        ended++;
      }
    });
  }
  return ended;
}
