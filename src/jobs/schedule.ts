// DFDG's nightly jobs under `npm start`: the transition marking (R-KF-13), the self-booking deadline job
// (R-MTG-09) and the job-order candidate check (R-JO-09, R-JO-10), shortly after midnight Copenhagen time, and
// the retention of delivered notifications at 03:30. Each run is idempotent; a failure is logged and the
// next night's run tries again. With a fixed business date (DFDG_BUSINESS_DATE) nothing is scheduled: the
// CLI commands run the jobs on demand.
import cron, { type ScheduledTask } from 'node-cron';
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import { log } from '../log.ts';
import { runCandidateCheck } from '../app/jobOrder/candidateCheck.ts';
import { runDeadlineExpiry } from '../app/contactProcess/deadlineExpiry.ts';
import { runOutboxRetention } from '../outbox/retention.ts';
import { runTransitionMarking } from '../app/absence/transitionMarking.ts';

export function scheduleNightlyJobs(db: Knex, clock: Clock, outboxRetentionDays: number): ScheduledTask[] {
  const nightly = (name: string, at: string, job: () => Promise<unknown>) =>
    cron.schedule(
      at,
      async () => {
        try {
          log('info', `job:${name}`, { result: await job() });
        } catch (err) {
          log('error', `job:${name}:failed`, { error: (err as Error).message });
        }
      },
      { timezone: 'Europe/Copenhagen', name },
    );
  return [
    nightly('transition-marking', '0 0 * * *', () => runTransitionMarking(db, clock)),
    nightly('deadline-expiry', '5 0 * * *', () => runDeadlineExpiry(db, clock)),
    nightly('candidate-check', '10 0 * * *', () => runCandidateCheck(db, clock)),
    nightly('outbox-retention', '30 3 * * *', () => runOutboxRetention(db, outboxRetentionDays)),
  ];
}
