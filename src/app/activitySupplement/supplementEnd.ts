// DFDG's supplement batch (R-BAT-05): an open activity supplement ends when the citizen turns 30, with effect from
// the 30th birthday, or when the citizen is in a contact group where it is not lawful, from the first day
// there. Nobody is notified: the known defect of release 2023-4 is reproduced (R-NOT-04, D-251). Run from the CLI
// (`supplement-end`) or the nightly schedule; idempotent (an ended supplement is not looked at again).
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { supplementEndings, supplementEndReceivers, supplementEndsAt30, whileInForce } from '../../rules/index.ts';
import { cprsWithOpenSupplement, endSupplement, supplementsOf } from '../../store/activitySupplementRepository.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';

export interface SupplementEndResult {
  ended: number;
  /** Notifications sent about the endings: none while R-NOT-04's defect is reproduced. */
  notified: number;
}

export async function runSupplementEnd(db: Knex, clock: Clock): Promise<SupplementEndResult> {
  const caller = dfdgCaller('aktivitetstillaeg', clock.today(), clock.nowDateTime());
  const result = { ended: 0, notified: 0 };
  const cprs = await whileInForce(supplementEndsAt30, caller.businessDate, Promise.resolve([]), () =>
    cprsWithOpenSupplement(db),
  );
  await forEachCitizen(db, caller, cprs, async (w, citizen) => {
    const supplements = await supplementsOf(w.trx, citizen.person.cpr);
    for (const end of supplementEndings(citizen, supplements, w.businessDate)) {
      await endSupplement(w.trx, end.supplementId, end.endDate, end.endReason);
      result.ended++;
      result.notified += supplementEndReceivers().length;
    }
  });
  return result;
}
