// DFDG's transition marking (R-KF-13 with ): citizens covered by the transition rules (the
// law's § 5(2), R-KF-04) have their contact process at the jobcentre, so DFDG ends any open absence 75
// they have with end reason 49 — the only place reason 49 is ever set. Notifications as for every
// absence change. Run from the CLI (`transition-marking`) or the nightly schedule; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { AbsenceTypes } from '../../domain/types.ts';
import { transitionMarking } from '../../rules/index.ts';
import { cprsWithOpenAbsence } from '../../store/citizenRepository.ts';
import { forEachCitizenThatChanges } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';
import { applyAbsenceChange } from './absenceChanges.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

export async function runTransitionMarking(db: Knex, clock: Clock): Promise<number> {
  const caller = dfdgCaller('overgangsmarkering', clock.today(), clock.nowDateTime());
  let ended = 0;
  await forEachCitizenThatChanges(
    db,
    caller,
    await cprsWithOpenAbsence(db, AbsenceTypes.KontaktforloebHosAkassen),
    (state) => transitionMarking(state, caller.businessDate).length > 0,
    async (w, state) => {
      for (const end of transitionMarking(state, w.businessDate)) {
        const before = absencesOf(state, 'all').find((a) => a.id === end.absenceId)!;
        await applyAbsenceChange(w, state, 'update', before, {
          ...before,
          endDate: end.endDate,
          endReason: end.endReason,
        });
        ended++;
      }
    },
  );
  return ended;
}
