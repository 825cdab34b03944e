// DFDG's nightly jobs under `serve` (the list: src/jobs/nightlyJobs.ts). node-cron only triggers: at a
// job's time each process tries to claim the slot in job_run and only the one that gets it runs the job
// (src/jobs/runSlot.ts), so several `serve` processes on one database run each slot once. A trigger node-cron
// reports as missed (the event loop was busy at the time) still claims its slot. At start-up, and hourly
// after, the catch-up (src/jobs/catchUp.ts) runs slots missed while no process was up and slots whose run
// died. With a test clock (BUSINESS_DATE) `serve` schedules nothing: the CLI commands run the jobs on demand.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { TaskContext } from 'node-cron';
import type { Knex } from 'knex';
import { log } from '../log.ts';
import type { UdbClientSettings } from '../outbound/udb/client.ts';
import { catchUp, type ScheduledJob } from './catchUp.ts';
import { NIGHTLY_JOBS, type NightlyJob } from './nightlyJobs.ts';
import { runSlot, type RunnerSettings } from './runSlot.ts';
import { cronOf } from './slots.ts';

const TIMEZONE = 'Europe/Copenhagen';
/** The hourly catch-up, at a minute no nightly job uses. */
const CATCH_UP_CRON = '17 * * * *';

export interface ScheduleSettings {
  /** JOB_EVERY_SECONDS: every job every N seconds instead of nightly (tests); null: nightly. */
  everySeconds: number | null;
  catchUpDays: number;
  runTimeoutMinutes: number;
  outboxRetentionDays: number;
  auditRetentionDays: number;
  udb?: UdbClientSettings | null;
}

export interface JobScheduler {
  /** Settles when the start-up catch-up is done. */
  readonly caughtUp: Promise<void>;
  /** Stops triggering and waits for the runs in hand (a catch-up ends after its current slot). */
  stop(): Promise<void>;
}

const cadenceOf = (job: NightlyJob, everySeconds: number | null): ScheduledJob => ({
  job,
  cadence: everySeconds === null ? { kind: 'daily', at: job.at } : { kind: 'every', seconds: everySeconds },
});

export async function startJobScheduler(
  db: Knex,
  settings: ScheduleSettings,
  jobs: readonly NightlyJob[] = NIGHTLY_JOBS,
): Promise<JobScheduler> {
  // Loaded here, not with the module: a `serve` starts its jobs after it answers (src/cli/commands/serve.ts).
  const { default: cron } = await import('node-cron');
  let stopping = false;
  const runner: RunnerSettings = {
    db,
    owner: `${os.hostname().slice(0, 50)}-${process.pid}-${randomUUID().slice(0, 8)}`,
    runTimeoutMs: settings.runTimeoutMinutes * 60_000,
    outboxRetentionDays: settings.outboxRetentionDays,
    auditRetentionDays: settings.auditRetentionDays,
    udb: settings.udb ?? null,
    now: Date.now,
    stopping: () => stopping,
  };
  const scheduled = jobs.map((job) => cadenceOf(job, settings.everySeconds));
  const inHand = new Set<Promise<unknown>>();
  /** Keeps `work` until it settles (stop() waits for it); a failure to reach the database is logged. */
  const track = (what: string, work: Promise<unknown>): Promise<void> => {
    const settled = work.then(
      () => undefined,
      (err: Error) => log('error', 'job:error', { what, error: err.message }),
    );
    inHand.add(settled);
    void settled.finally(() => inHand.delete(settled));
    return settled;
  };
  const catchUpNow = () =>
    track(
      'catch-up',
      catchUp(runner, scheduled, settings.catchUpDays).then((ran) =>
        log('info', 'jobs:caught-up', { owner: runner.owner, ran }),
      ),
    );
  const tasks = scheduled.map(({ job, cadence }) => {
    const fire = (context: TaskContext) => track(job.name, runSlot(runner, job, context.date.getTime()));
    const task = cron.schedule(cronOf(cadence), fire, { timezone: TIMEZONE, name: job.name });
    task.on('execution:missed', fire);
    return task;
  });
  tasks.push(cron.schedule(CATCH_UP_CRON, catchUpNow, { timezone: TIMEZONE, name: 'job-catch-up' }));
  return {
    caughtUp: catchUpNow(),
    async stop() {
      stopping = true;
      for (const task of tasks) await task.destroy();
      await Promise.all([...inHand]);
    },
  };
}
