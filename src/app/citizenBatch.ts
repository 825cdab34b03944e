// DFDG's own processes over many citizens (nightly jobs): one unit of work per citizen, so one citizen's failure
// or lock wait does not hold the others, and each citizen is held while it is changed. CPRs no longer known are
// passed over.
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import type { Caller, WriteContext } from './context.ts';
import { holdCitizen, inTransaction } from './unitOfWork.ts';

export async function forEachCitizen(
  db: Knex,
  caller: Caller,
  cprs: readonly string[],
  work: (w: WriteContext, citizen: CitizenState) => Promise<void>,
): Promise<void> {
  for (const cpr of cprs) {
    await inTransaction(db, caller, async (w) => {
      const citizen = await holdCitizen(w, cpr);
      if (citizen) await work(w, citizen);
    });
  }
}
