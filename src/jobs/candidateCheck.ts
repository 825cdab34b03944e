// DFDG's nightly check of job-order candidates (R-JO-09, R-JO-10): every citizen still on a job order is
// looked at as of the business date, and candidates who changed a-kasse, stopped being insured unemployed
// (on an a-kasse's order) or have no open contact group are removed with their status and notifications.
// Run from the CLI (`candidate-check`) or the nightly schedule; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import { removeLeavingCandidates } from '../services/JobOrderService/candidateRemoval.ts';
import { loadCitizenStateForUpdate } from '../store/citizenRepository.ts';
import { cprsOfActiveCandidates } from '../store/jobOrderRepository.ts';

export async function runCandidateCheck(db: Knex, clock: Clock): Promise<number> {
  const businessDate = clock.today();
  let removed = 0;
  for (const cpr of await cprsOfActiveCandidates(db)) {
    await db.transaction(async (trx) => {
      const citizen = await loadCitizenStateForUpdate(trx, cpr);
      if (!citizen) return;
      const context = { db: trx, actor: { kind: 'dfdg', process: 'kandidattjek' } as const, user: null, businessDate, now: clock.nowDateTime() };
      removed += await removeLeavingCandidates(context, citizen);
    });
  }
  return removed;
}
