// DFDG's nightly jobs under `npm start` (src/jobs/nightlyJobs.ts: the transition marking, the self-booking
// deadline job and the job-order candidate check shortly after midnight Copenhagen time, the retention of
// delivered notifications at 03:30). Each run is idempotent; a failure is logged and the next night's run
// tries again. With a fixed business date (BUSINESS_DATE) nothing is scheduled: the CLI commands run the
// jobs on demand.
import cron, { type ScheduledTask } from 'node-cron';
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import { log } from '../log.ts';
import { NIGHTLY_JOBS } from './nightlyJobs.ts';

export function scheduleNightlyJobs(db: Knex, clock: Clock, outboxRetentionDays: number): ScheduledTask[] {
  return NIGHTLY_JOBS.map((job) => {
    const [hour, minute] = job.at.split(':').map(Number);
    const run = async () => {
      try {
        log('info', `job:${job.name}`, { result: await job.run({ db, clock, nowMs: Date.now(), outboxRetentionDays }) });
      } catch (err) {
        log('error', `job:${job.name}:failed`, { error: (err as Error).message });
      }
    };
    return cron.schedule(`${minute} ${hour} * * *`, run, { timezone: 'Europe/Copenhagen', name: job.name });
  });
}
