// DFDG's own processes over many citizens (nightly jobs): one unit of work per citizen, so one citizen's failure
// or lock wait does not hold the others, and each citizen is held while it is changed. CPRs no longer known are
// passed over. A citizen whose unit of work fails is rolled back alone and logged; the others go on, and when the
// batch is through it fails as a whole (CitizenBatchIncomplete), so the job's run is recorded as failed, with the
// count, and its slot is tried again by the catch-up.
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import { log } from '../log.ts';
import { citizenReaderFor } from '../store/citizenReader.ts';
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

/** Citizens read per turn while looking for the ones a batch changes. */
const READ_AHEAD = 200;

/**
 * As forEachCitizen, for a batch that changes few of many candidates: each candidate's state is first read without
 * a unit of work (the citizen reader: a snapshot on SQLite, batched statements on PostgreSQL, READ_AHEAD at a
 * time), and only the citizens `changes` picks get a unit of work, where `work` decides again on the held state.
 * (transition-marking looked at ~170,000 citizens with an open absence 75 to end a few, in a unit of work each:
 * unfinished after 222 s at 1,000,000 citizens on PostgreSQL, bench/scale.ts.)
 */
export async function forEachCitizenThatChanges(
  db: Knex,
  caller: Caller,
  cprs: readonly string[],
  changes: (citizen: CitizenState) => boolean,
  work: (w: WriteContext, citizen: CitizenState) => Promise<void>,
): Promise<void> {
  const reader = citizenReaderFor(db);
  const picked: string[] = [];
  try {
    for (let i = 0; i < cprs.length; i += READ_AHEAD) {
      const some = cprs.slice(i, i + READ_AHEAD);
      const states = await Promise.all(some.map((cpr) => reader.load(cpr)));
      states.forEach((state, k) => {
        if (state && changes(state)) picked.push(some[k]!);
      });
    }
  } finally {
    await reader.close();
  }
  await forEachCitizen(db, caller, picked, work);
}
