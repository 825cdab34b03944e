// DFDG's own processes over many citizens (nightly jobs): one unit of work per citizen, so one citizen's failure
// or lock wait does not hold the others, and each citizen is held while it is changed. CPRs no longer known are
// passed over. A citizen whose unit of work fails is rolled back alone and logged; the others go on, and when the
// batch is through it fails as a whole (CitizenBatchIncomplete), so the job's run is recorded as failed, with the
// count, and its slot is tried again by the catch-up.
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import { log } from '../log.ts';
import type { Caller, WriteContext } from './context.ts';
import { holdCitizen, inTransaction } from './unitOfWork.ts';

/** Some citizens of a batch failed; every other citizen of it was processed. */
export class CitizenBatchIncomplete extends Error {
  constructor(
    readonly failed: number,
    readonly of: number,
    readonly first: unknown,
  ) {
    super(
      `${failed} of ${of} citizens failed (the others were processed); the first: ${first instanceof Error ? first.message : String(first)}`,
    );
  }
}

const processOf = (caller: Caller) => (caller.actor.kind === 'dfdg' ? caller.actor.process : caller.actor.kind);

export async function forEachCitizen(
  db: Knex,
  caller: Caller,
  cprs: readonly string[],
  work: (w: WriteContext, citizen: CitizenState) => Promise<void>,
): Promise<void> {
  let failed = 0;
  let first: unknown = null;
  for (const cpr of cprs) {
    try {
      await inTransaction(db, caller, async (w) => {
        const citizen = await holdCitizen(w, cpr);
        if (citizen) await work(w, citizen);
      });
    } catch (err) {
      if (failed++ === 0) first = err;
      log('error', 'citizen-batch:citizen-failed', {
        process: processOf(caller),
        citizen: `${cpr.slice(0, 6)}-****`,
        err,
      });
    }
  }
  if (failed > 0) throw new CitizenBatchIncomplete(failed, cprs.length, first);
}
