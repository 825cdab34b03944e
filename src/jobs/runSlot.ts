// One scheduled run: claim the job's slot in job_run, run the job with a clock fixed to the slot's business
// date, and record the outcome and counts. A process that does not get the claim skips the slot — another
// process runs (or ran) it. A job's failure is recorded and logged, never thrown: the schedule goes on, and
// the next slot's run (every job is idempotent) picks up what this one left.
import type { Knex } from 'knex';
import { FixedClock } from '../clock.ts';
import { log } from '../log.ts';
import type { UdbClientSettings } from '../outbound/udb/client.ts';
import { claimSlot, finishRun } from '../store/jobRunRepository.ts';
import type { JobCounts, NightlyJob } from './nightlyJobs.ts';
import { businessDateOf, slotKey } from './slots.ts';

export interface RunnerSettings {
  db: Knex;
  /** This process, as job_run.owner. */
  owner: string;
  /** A run 'running' for longer is taken to have died (JOB_RUN_TIMEOUT_MINUTES). */
  runTimeoutMs: number;
  outboxRetentionDays: number;
  auditRetentionDays: number;
  udb?: UdbClientSettings | null;
  now: () => number;
  /** True once the process is stopping: a catch-up starts no further slot. */
  stopping: () => boolean;
}

export type SlotOutcome = 'succeeded' | 'failed' | 'taken';

export async function runSlot(s: RunnerSettings, job: NightlyJob, slotMs: number): Promise<SlotOutcome> {
  const slot = slotKey(slotMs);
  const businessDate = businessDateOf(slotMs);
  const fields = { job: job.name, slot, businessDate, owner: s.owner };
  const startedMs = s.now();
  if (!(await claimSlot(s.db, { ...fields, nowMs: startedMs, staleBeforeMs: startedMs - s.runTimeoutMs }))) {
    log('info', 'job:skipped', { ...fields, reason: 'claimed by another process' });
    return 'taken';
  }
  log('info', 'job:started', fields);
  const context = {
    db: s.db,
    clock: new FixedClock(businessDate),
    nowMs: slotMs,
    outboxRetentionDays: s.outboxRetentionDays,
    auditRetentionDays: s.auditRetentionDays,
    udb: s.udb ?? null,
  };
  let counts: JobCounts | undefined;
  let error: string | undefined;
  try {
    counts = await job.run(context);
  } catch (err) {
    error = (err as Error).message;
  }
  const outcome = error === undefined ? 'succeeded' : 'failed';
  const recorded = await finishRun(s.db, { ...fields, outcome, endedMs: s.now(), counts, error });
  if (!recorded)
    log('warn', 'job:taken-over', {
      ...fields,
      reason: `ran longer than the run timeout; another process claimed the slot again`,
    });
  if (counts)
    log('info', 'job:succeeded', { ...fields, counts, report: job.report(counts, context), ms: s.now() - startedMs });
  else log('error', 'job:failed', { ...fields, error });
  return outcome;
}
