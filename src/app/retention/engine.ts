// The scheduled deletion engine: on a business date it asks every retention policy of the registry
// (./policies.ts) what is due — a dry run, which only counts — or deletes it in bounded batches: each batch
// deletes at most RETENTION_BATCH_ROWS rows of the policy's main table in a short transaction of its own (so a
// batch holds its locks — on SQLite the one writer — for milliseconds, never the whole run), and the run stops
// when its time budget (RETENTION_BUDGET_MINUTES) is spent. What a run leaves is still due the next night, which
// takes it up: a policy's outcome says whether it finished. The budget is shared fairly: each policy in turn may
// use an equal share of what is left (a policy that finishes early leaves its time to those after it), every
// policy gets at least one batch per run (so none starves behind a large backlog), and budget left at the end
// goes to the unfinished policies in order. One policy's failure (reported with its error, logged) neither rolls
// back the batches committed before it nor stops the others. Every policy's outcome is one structured log line
// (`retention:policy`, `retention:policy-failed`). The nightly job `retention` (src/jobs/nightlyJobs.ts) runs it
// on its job_run slot as of the slot's business date, and `npm run cli -- retention [--dry-run] [--date …]` on
// demand.
import type { Knex } from 'knex';
import { log } from '../../log.ts';
import type { IsoDate } from '../../domain/types.ts';
import { writeTransaction } from '../../store/writeTransaction.ts';
import type { RetentionPolicy } from './policy.ts';
import { DEFAULTS } from '../../config/defaults.ts';

export type RetentionMode = 'dry-run' | 'delete';

/** How a deleting run is bounded (RETENTION_BATCH_ROWS, RETENTION_BUDGET_MINUTES) and the clock it is timed on. */
export interface RetentionBudget {
  /** Rows of a policy's main table per batch (one transaction). */
  batchRows: number;
  /** The run's time budget; once spent no further batch starts. */
  budgetMs: number;
  /** Epoch ms; a test passes a fake clock. */
  now: () => number;
}

export const defaultBudget = (): RetentionBudget => ({
  batchRows: DEFAULTS.retentionBatchRows,
  budgetMs: DEFAULTS.retentionBudgetMinutes * 60_000,
  now: Date.now,
});

/** One policy's part of a run: the rows due (dry run) or deleted, or the error that stopped it. */
export interface PolicyOutcome {
  ruleId: string;
  what: string;
  /** Rows of the policy's main table due (dry run) or deleted; null when it failed. */
  rows: number | null;
  /** False when the budget ran out with rows still due (the next run goes on); a dry run always finishes. */
  finished: boolean;
  /** Transactions the policy's deletions took (0 in a dry run). */
  batches: number;
  error: string | null;
}

export interface RetentionRun {
  today: IsoDate;
  mode: RetentionMode;
  outcomes: PolicyOutcome[];
}

/** The rows one batch of `policy` may take: its batch of rows, or of items that take many rows each (a citizen). */
const batchLimit = (policy: RetentionPolicy, batchRows: number) =>
  Math.max(1, Math.floor(batchRows / (policy.rowsPerItem ?? 1)));

/** Deletes batches of `policy` until one comes back short (nothing more is due) or `until` has passed (after the
 *  first batch). */
async function deleteBatches(
  db: Knex,
  policy: RetentionPolicy,
  today: IsoDate,
  budget: RetentionBudget,
  until: number,
  outcome: PolicyOutcome,
): Promise<void> {
  const limit = batchLimit(policy, budget.batchRows);
  let first = true;
  while (first || budget.now() < until) {
    first = false;
    const rows = await writeTransaction(db, (trx) => policy.deleteDue(trx, today, limit));
    outcome.rows! += rows;
    outcome.batches++;
    if (rows < limit) {
      outcome.finished = true;
      return;
    }
  }
}

async function runPolicy(
  db: Knex,
  policy: RetentionPolicy,
  today: IsoDate,
  budget: RetentionBudget,
  until: number,
  outcome: PolicyOutcome,
): Promise<void> {
  const { ruleId } = policy;
  const startedMs = budget.now();
  const before = outcome.rows!;
  try {
    await deleteBatches(db, policy, today, budget, until, outcome);
    const { finished, batches } = outcome;
    log('info', 'retention:policy', {
      ruleId,
      today,
      mode: 'delete',
      rows: outcome.rows! - before,
      finished,
      batches,
      ms: budget.now() - startedMs,
    });
  } catch (err) {
    outcome.error = (err as Error).message;
    outcome.rows = null;
    log('error', 'retention:policy-failed', {
      ruleId,
      today,
      mode: 'delete',
      error: outcome.error,
      ms: budget.now() - startedMs,
    });
  }
}

async function countAll(db: Knex, policies: readonly RetentionPolicy[], today: IsoDate): Promise<PolicyOutcome[]> {
  const outcomes: PolicyOutcome[] = [];
  for (const { ruleId, what, countDue } of policies) {
    const startedMs = Date.now();
    try {
      const rows = await countDue(db, today);
      outcomes.push({ ruleId, what, rows, finished: true, batches: 0, error: null });
      log('info', 'retention:policy', { ruleId, today, mode: 'dry-run', rows, ms: Date.now() - startedMs });
    } catch (err) {
      const error = (err as Error).message;
      outcomes.push({ ruleId, what, rows: null, finished: false, batches: 0, error });
      log('error', 'retention:policy-failed', { ruleId, today, mode: 'dry-run', error, ms: Date.now() - startedMs });
    }
  }
  return outcomes;
}

/** Runs every policy in the registry's order as of `today`; never throws for a policy's failure. */
export async function runRetention(
  db: Knex,
  policies: readonly RetentionPolicy[],
  today: IsoDate,
  mode: RetentionMode,
  budget: RetentionBudget = defaultBudget(),
): Promise<RetentionRun> {
  if (mode === 'dry-run') return { today, mode, outcomes: await countAll(db, policies, today) };
  const deadline = budget.now() + budget.budgetMs;
  const outcomes: PolicyOutcome[] = policies.map(({ ruleId, what }) => ({
    ruleId,
    what,
    rows: 0,
    finished: false,
    batches: 0,
    error: null,
  }));
  // first round: a fair share of what is left each, at least one batch each
  for (const [i, policy] of policies.entries()) {
    const share = (deadline - budget.now()) / (policies.length - i);
    await runPolicy(db, policy, today, budget, budget.now() + share, outcomes[i]!);
  }
  // then what is left of the budget, to the unfinished in order
  for (const [i, policy] of policies.entries()) {
    const outcome = outcomes[i]!;
    if (outcome.finished || outcome.error !== null || budget.now() >= deadline) continue;
    await runPolicy(db, policy, today, budget, deadline, outcome);
  }
  return { today, mode, outcomes };
}

/** The run's rows by rule id (a failed policy counts no rows), as the job records them in job_run, and for each
 *  policy the budget stopped `<rule id> unfinished: 1` (the next run goes on). */
export const rowsByRule = (run: RetentionRun): Record<string, number> =>
  Object.fromEntries(
    run.outcomes
      .filter((o) => o.error === null)
      .flatMap((o) => [[o.ruleId, o.rows!], ...(o.finished ? [] : [[`${o.ruleId} unfinished`, 1]])]),
  );

export const failedPolicies = (run: RetentionRun): PolicyOutcome[] => run.outcomes.filter((o) => o.error !== null);

export const unfinishedPolicies = (run: RetentionRun): PolicyOutcome[] =>
  run.outcomes.filter((o) => o.error === null && !o.finished);

/** One line: each policy's rows (or failure), in the registry's order; `(unfinished)` where the budget stopped it. */
export function retentionSummary(run: RetentionRun): string {
  const parts = run.outcomes.map((o) =>
    o.error === null ? `${o.ruleId} ${o.rows}${o.finished ? '' : ' (unfinished)'}` : `${o.ruleId} failed (${o.error})`,
  );
  const verb = run.mode === 'dry-run' ? 'due (dry run, nothing deleted)' : 'deleted';
  return `retention as of ${run.today}: rows ${verb} by rule: ${parts.join(', ') || 'no policies'}`;
}
