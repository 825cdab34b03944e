// The deletion engine as a nightly job: every policy of the registry deletes what is due on the slot's business
// date; the rows deleted by rule id are the run's counts in job_run. A run in which a policy failed is recorded
// as failed, its error naming each failed policy and what the others deleted (they are committed: every policy
// has its own transaction); the next night's run takes up what is still due.
import type { Knex } from 'knex';
import type { IsoDate } from '../../domain/types.ts';
import { failedPolicies, retentionSummary, rowsByRule, runRetention } from './engine.ts';
import { retentionPolicies, type RetentionSettings } from './policies.ts';
import type { RetentionPolicy } from './policy.ts';

export async function runNightlyRetention(
  db: Knex,
  today: IsoDate,
  settings: RetentionSettings,
  policies: readonly RetentionPolicy[] = retentionPolicies(settings),
): Promise<Record<string, number>> {
  const run = await runRetention(db, policies, today, 'delete');
  const failed = failedPolicies(run);
  if (failed.length > 0)
    throw new Error(`${failed.length} of ${run.outcomes.length} retention policies failed: ${retentionSummary(run)}`);
  return rowsByRule(run);
}
