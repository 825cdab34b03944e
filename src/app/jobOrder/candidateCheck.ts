// DFDG's nightly check of job-order candidates (R-JO-09, R-JO-10): every citizen still on a job order is
// looked at as of the business date, and candidates who changed a-kasse, stopped being insured unemployed
// (on an a-kasse's order) or have no open contact group are removed with their status and notifications.
// Run from the CLI (`candidate-check`) or the nightly schedule; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { cprsOfActiveCandidates } from '../../store/jobOrderRepository.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';
import { removeLeavingCandidates } from './candidateRemoval.ts';

export async function runCandidateCheck(db: Knex, clock: Clock): Promise<number> {
  let removed = 0;
  await forEachCitizen(
    db,
    dfdgCaller('kandidattjek', clock.today(), clock.nowDateTime()),
    await cprsOfActiveCandidates(db),
    async (w, citizen) => {
      removed += await removeLeavingCandidates(w, citizen);
    },
  );
  return removed;
}
