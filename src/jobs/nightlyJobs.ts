// DFDG's nightly jobs, in one list: each job's name (its CLI command, its log events and its job_run rows),
// its time of day in Copenhagen, what it does, how to run it as of a business date, and the line that
// reports a run. `serve` schedules them from this list (src/jobs/schedule.ts) and `npm run cli -- <name>`
// runs one now (src/cli/commands/nightlyJobs.ts). The job functions themselves keep their (db, clock)
// signatures; this list only wraps them and names their counts. They are imported when a job runs, not with the
// list: a command that only names the jobs (`jobs`, `--help`) or runs another one does not load the application.
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import type { UdbClientSettings } from '../outbound/udb/client.ts';

/** What a run did, by name (stored as JSON with the run). */
export type JobCounts = Record<string, number>;

export interface JobContext {
  db: Knex;
  /** Fixed to the slot's business date for a scheduled run; the configured clock for a run from the CLI. */
  clock: Clock;
  /** The instant the run stands for (epoch ms): its slot, or now. */
  nowMs: number;
  outboxRetentionDays: number;
  auditRetentionDays: number;
  /** UDB_ENDPOINT / UDB_TIMEOUT_MS: where the `udb` job sends the queued messages to UDB; null: they stay queued. */
  udb?: UdbClientSettings | null;
}

export interface NightlyJob {
  readonly name: string;
  /** Time of day 'HH:MM', Europe/Copenhagen. */
  readonly at: string;
  readonly summary: string;
  run(c: JobContext): Promise<JobCounts>;
  report(counts: JobCounts, c: JobContext): string;
}

export const NIGHTLY_JOBS: readonly NightlyJob[] = [
  {
    name: 'transition-marking',
    at: '00:00',
    summary: 'R-KF-13: ends the open absence 75 of citizens under the transition rules, end reason 49',
    run: async ({ db, clock }) => ({
      ended: await (await import('../app/absence/transitionMarking.ts')).runTransitionMarking(db, clock),
    }),
    report: (c) => `transition marking: ended ${c.ended} absence(s) 75 with end reason 49`,
  },
  {
    name: 'deadline-expiry',
    at: '00:05',
    summary: 'R-MTG-09: missed jobcentre deadlines become Overskredet, the citizen is deregistered (reason 5)',
    run: async ({ db, clock }) => ({
      ...(await (await import('../app/contactProcess/deadlineExpiry.ts')).runDeadlineExpiry(db, clock)),
    }),
    report: (c) => `deadline expiry: ${c.expired} deadline(s) overskredet, ${c.deregistered} citizen(s) deregistered`,
  },
  {
    name: 'candidate-check',
    at: '00:10',
    summary: 'R-JO-09, R-JO-10: candidates who changed a-kasse or left their contact group leave job orders',
    run: async ({ db, clock }) => ({
      removed: await (await import('../app/jobOrder/candidateCheck.ts')).runCandidateCheck(db, clock),
    }),
    report: (c) => `candidate check: ${c.removed} candidate(s) removed from job orders`,
  },
  {
    name: 'applicant-deadline',
    at: '00:15',
    summary:
      "R-BAT-02: applicants in contact groups 2/12/26-29 with no 'Ydelse er givet' after 19 days are deregistered",
    run: async ({ db, clock }) => ({
      ...(await (await import('../app/feeds/applicantDeadline.ts')).runApplicantDeadline(db, clock)),
    }),
    report: (c) => `applicant deadline: ${c.deregistered} applicant(s) deregistered after 19 days`,
  },
  {
    name: 'supplement-end',
    at: '00:15',
    summary: 'R-BAT-05, R-NOT-04: activity supplements end at 30 or outside a lawful contact group; nobody is told',
    run: async ({ db, clock }) => ({
      ...(await (await import('../app/activitySupplement/supplementEnd.ts')).runSupplementEnd(db, clock)),
    }),
    report: (c) => `supplement end: ${c.ended} activity supplement(s) ended, ${c.notified} notification(s) (R-NOT-04)`,
  },
  {
    name: 'youth-groups-at-30',
    at: '00:20',
    summary: 'R-BAT-06: contact groups 12 and 28 become 2 and 26 at age 30, Min plan inactivated',
    run: async ({ db, clock }) => ({
      ...(await (await import('../app/activitySupplement/youthGroupsAt30.ts')).runYouthGroupsAt30(db, clock)),
    }),
    report: (c) =>
      `youth groups at 30: ${c.moved} citizen(s) moved to 2/26, ${c.plansInactivated} Min plan(s) inactivated`,
  },
  {
    name: 'recovery',
    at: '00:25',
    summary: 'R-BAT-04: ended sicknesses re-register the citizen unless not registered or in another group before',
    run: async ({ db, clock }) => ({
      ...(await (await import('../app/absence/recovery.ts')).runRecovery(db, clock)),
    }),
    report: (c) => `recovery: ${c.decided} ended sickness(es) decided, ${c.reRegistered} citizen(s) re-registered`,
  },
  {
    name: 'retention',
    at: '03:30',
    summary:
      'the deletion engine: deletes what every retention policy (R-DEL-…, delivered notifications, audit trail, message identifiers) has due',
    run: async ({ db, clock, nowMs, outboxRetentionDays, auditRetentionDays }) =>
      (await import('../app/retention/nightly.ts')).runNightlyRetention(db, clock.today(), {
        outboxRetentionDays,
        auditRetentionDays,
        nowMs,
      }),
    report: (c) =>
      `retention: rows deleted by rule: ${Object.entries(c)
        .map(([rule, rows]) => `${rule} ${rows}`)
        .join(', ')}`,
  },
  {
    name: 'udb',
    at: '00:30',
    summary:
      'R-BAT-14, R-BAT-07, R-BAT-09, R-NOT-15: UDB subscriptions from the 15th birthday, closed by age or a month after the contact group; the queued messages sent to UDB in order',
    run: async ({ db, clock, udb }) => {
      const { runUdbSubscriptions } = await import('../app/udb/nightly.ts');
      const counts: JobCounts = { ...(await runUdbSubscriptions(db, clock)) };
      if (!udb) return counts;
      const { deliverUdbMessages } = await import('../app/udb/delivery.ts');
      const { UdbClient } = await import('../outbound/udb/client.ts');
      return { ...counts, ...(await deliverUdbMessages(db, new UdbClient(udb), Date.now)) };
    },
    report: (c) =>
      `udb: ${c.opened} subscription(s) opened, ${c.closedByAge} closed by age, ${c.closedAfterGroup} a month after the contact group` +
      (c.sent === undefined
        ? ', messages left queued (no UDB_ENDPOINT)'
        : `, ${c.sent} message(s) sent, ${c.failed} failed`),
  },
];
