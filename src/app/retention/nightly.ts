// The deletion engine as a nightly job: every policy of the registry deletes what is due on the slot's business
// date, in bounded batches within the run's time budget; the rows deleted by rule id (and `<rule> unfinished: 1`
// for each policy the budget stopped) are the run's counts in job_run. A run in which a policy failed is recorded
// as failed, its error naming each failed policy and what the others deleted (their batches are committed); the
// next night's run takes up what is still due.
import type { Knex } from 'knex';
import type { IsoDate } from '../../domain/types.ts';
import { defaultBudget, failedPolicies, retentionSummary, rowsByRule, runRetention } from './engine.ts';
import { retentionPolicies, type RetentionSettings } from './policies.ts';
import type { RetentionPolicy } from './policy.ts';

export interface NightlyRetentionSettings extends RetentionSettings {
  retentionBatchRows?: number;
  retentionBudgetMinutes?: number;
}

export async function runNightlyRetention(
  db: Knex,
  today: IsoDate,
  settings: NightlyRetentionSettings,
  policies: readonly RetentionPolicy[] = retentionPolicies(settings),
  now: () => number = Date.now,
): Promise<Record<string, number>> {
  const budget = defaultBudget();
  const run = await runRetention(db, policies, today, 'delete', {
    batchRows: settings.retentionBatchRows ?? budget.batchRows,
    budgetMs:
      settings.retentionBudgetMinutes === undefined ? budget.budgetMs : settings.retentionBudgetMinutes * 60_000,
    now,
  });
  const failed = failedPolicies(run);
  if (failed.length > 0)
    throw new Error(`${failed.length} of ${run.outcomes.length} retention policies failed: ${retentionSummary(run)}`);
  return rowsByRule(run);
}
