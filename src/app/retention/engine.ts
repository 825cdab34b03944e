// The scheduled deletion engine: on a business date it asks every retention policy of the registry
// (./policies.ts) what is due — a dry run, which only counts — or deletes it, each policy in a transaction of its
// own, so one policy's failure (reported with its error, logged) neither rolls back nor stops the others. Every
// policy's outcome is one structured log line (`retention:policy`, `retention:policy-failed`). The nightly job
// `retention` (src/jobs/nightlyJobs.ts) runs it on its job_run slot as of the slot's business date, and
// `npm run cli -- retention [--dry-run] [--date …]` on demand.
import type { Knex } from 'knex';
import { log } from '../../log.ts';
import type { IsoDate } from '../../domain/types.ts';
import { writeTransaction } from '../../store/writeTransaction.ts';
import type { RetentionPolicy } from './policy.ts';

export type RetentionMode = 'dry-run' | 'delete';

/** One policy's part of a run: the rows due (dry run) or deleted, or the error that stopped it. */
export interface PolicyOutcome {
  ruleId: string;
  what: string;
  /** Rows of the policy's main table due (dry run) or deleted; null when it failed. */
  rows: number | null;
  error: string | null;
}

export interface RetentionRun {
  today: IsoDate;
  mode: RetentionMode;
  outcomes: PolicyOutcome[];
}

async function runPolicy(db: Knex, policy: RetentionPolicy, today: IsoDate, mode: RetentionMode) {
  return mode === 'dry-run' ? policy.countDue(db, today) : writeTransaction(db, (trx) => policy.deleteDue(trx, today));
}

/** Runs every policy in the registry's order as of `today`; never throws for a policy's failure. */
export async function runRetention(
  db: Knex,
  policies: readonly RetentionPolicy[],
  today: IsoDate,
  mode: RetentionMode,
): Promise<RetentionRun> {
  const outcomes: PolicyOutcome[] = [];
  for (const policy of policies) {
    const { ruleId, what } = policy;
    const startedMs = Date.now();
    try {
      const rows = await runPolicy(db, policy, today, mode);
      outcomes.push({ ruleId, what, rows, error: null });
      log('info', 'retention:policy', { ruleId, today, mode, rows, ms: Date.now() - startedMs });
    } catch (err) {
      const error = (err as Error).message;
      outcomes.push({ ruleId, what, rows: null, error });
      log('error', 'retention:policy-failed', { ruleId, today, mode, error, ms: Date.now() - startedMs });
    }
  }
  return { today, mode, outcomes };
}

/** The run's rows by rule id (a failed policy counts no rows), as the job records them in job_run. */
export const rowsByRule = (run: RetentionRun): Record<string, number> =>
  Object.fromEntries(run.outcomes.filter((o) => o.error === null).map((o) => [o.ruleId, o.rows!]));

export const failedPolicies = (run: RetentionRun): PolicyOutcome[] => run.outcomes.filter((o) => o.error !== null);

/** One line: each policy's rows (or failure), in the registry's order. */
export function retentionSummary(run: RetentionRun): string {
  const parts = run.outcomes.map((o) =>
    o.error === null ? `${o.ruleId} ${o.rows}` : `${o.ruleId} failed (${o.error})`,
  );
  const verb = run.mode === 'dry-run' ? 'due (dry run, nothing deleted)' : 'deleted';
  return `retention as of ${run.today}: rows ${verb} by rule: ${parts.join(', ') || 'no policies'}`;
}
