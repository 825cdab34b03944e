// Scheduled job runs in job_run on every dialect: a slot is claimed by one INSERT only, a run that died
// (still 'running' past the run timeout) is claimed again by one process, and the catch-up runs the missed
// slots in date order, each with a clock fixed to its own date — also with two processes' runners at once.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { NightlyJob } from '../../src/jobs/nightlyJobs.ts';
import { catchUp, type ScheduledJob } from '../../src/jobs/catchUp.ts';
import type { RunnerSettings } from '../../src/jobs/runSlot.ts';
import { claimSlot, finishRun, listRuns } from '../../src/store/jobRunRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-04-03T10:00:00Z');
const claim = (owner: string, nowMs: number, timeoutMs = 2 * HOUR) => ({
  job: 'j',
  slot: '2024-04-02T22:00:00.000Z',
  businessDate: '2024-04-03',
  owner,
  nowMs,
  staleBeforeMs: nowMs - timeoutMs,
});

/** A job that notes the business date of each run; `fail` makes a date's run throw. */
function recordingJob(name: string, seen: string[], fail = new Set<string>()): NightlyJob {
  return {
    name,
    at: '00:00',
    summary: 'test',
    async run({ clock }) {
      await new Promise((r) => setTimeout(r, 20)); // long enough for a racing runner to try the same slot
      if (fail.has(clock.today())) throw new Error(`no ${clock.today()}`);
      seen.push(clock.today());
      return { n: 1 };
    },
    report: () => '',
  };
}

describeEachDatabase('job runs', (db) => {
  beforeEach(() => db()('job_run').del());
  const runner = (owner: string, nowMs = T0): RunnerSettings => ({
    db: db(),
    owner,
    runTimeoutMs: 2 * HOUR,
    outboxRetentionDays: 30,
    auditRetentionDays: 180,
    now: () => nowMs,
    stopping: () => false,
  });

  test('a slot is claimed once: the INSERT of the second process fails on the key and it skips', async () => {
    assert.equal(await claimSlot(db(), claim('a', T0)), true);
    assert.equal(await claimSlot(db(), claim('b', T0)), false);
    const [run] = await listRuns(db(), { limit: 10 });
    assert.deepEqual(
      [run!.owner, run!.outcome, run!.attempt, run!.startedAt, run!.endedAt],
      ['a', 'running', 1, T0, null],
    );
  });

  test('of five claims at once exactly one wins', async () => {
    const won = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((o) => claimSlot(db(), claim(o, T0))));
    assert.equal(won.filter(Boolean).length, 1);
  });

  test('the end of a run is recorded by its owner with its counts or error', async () => {
    await claimSlot(db(), claim('a', T0));
    assert.equal(
      await finishRun(db(), { job: 'j', slot: claim('a', T0).slot, owner: 'b', outcome: 'succeeded', endedMs: T0 + 5 }),
      false,
      'not the owner',
    );
    assert.equal(
      await finishRun(db(), {
        job: 'j',
        slot: claim('a', T0).slot,
        owner: 'a',
        outcome: 'succeeded',
        endedMs: T0 + 5,
        counts: { expired: 2 },
      }),
      true,
    );
    const [run] = await listRuns(db(), { limit: 1 });
    assert.deepEqual(
      [run!.outcome, run!.endedAt, run!.counts, run!.error],
      ['succeeded', T0 + 5, { expired: 2 }, null],
    );
  });

  test('a run still running after the timeout is claimed again, by one process; a live or ended run is not', async () => {
    await claimSlot(db(), claim('a', T0));
    assert.equal(await claimSlot(db(), claim('b', T0 + HOUR)), false, 'within the timeout: a may still be at it');
    const late = T0 + 3 * HOUR;
    const won = await Promise.all(['b', 'c'].map((o) => claimSlot(db(), claim(o, late))));
    assert.deepEqual(won.filter(Boolean).length, 1);
    const [run] = await listRuns(db(), { limit: 1 });
    assert.deepEqual([run!.attempt, run!.startedAt, won[0] ? 'b' : 'c'], [2, late, run!.owner]);
    assert.equal(
      await finishRun(db(), { job: 'j', slot: run!.slot, owner: 'a', outcome: 'succeeded', endedMs: late }),
      false,
      'the dead owner records nothing',
    );
    await finishRun(db(), {
      job: 'j',
      slot: run!.slot,
      owner: run!.owner,
      outcome: 'failed',
      endedMs: late,
      error: 'x',
    });
    assert.equal(
      await claimSlot(db(), claim('d', late + 10 * HOUR)),
      false,
      'an ended run keeps its slot, failed or not',
    );
  });

  test("catch-up: a job never run runs its latest slot, as of that slot's date", async () => {
    const seen: string[] = [];
    const jobs: ScheduledJob[] = [{ job: recordingJob('j', seen), cadence: { kind: 'daily', at: '00:00' } }];
    assert.deepEqual(await catchUp(runner('a'), jobs, 7), { j: 1 });
    assert.deepEqual(seen, ['2024-04-03']);
    assert.deepEqual(await catchUp(runner('a'), jobs, 7), { j: 0 }, 'nothing missed since');
  });

  test('catch-up: the nights since the last recorded run, oldest first, each with its own business date; a failed one is recorded and the next runs', async () => {
    await db()('job_run').insert({
      job_name: 'j',
      slot: '2024-03-30T23:00:00.000Z',
      business_date: '2024-03-31',
      outcome: 'succeeded',
      owner: 'old',
      attempt: 1,
      started_at: T0 - 4 * 24 * HOUR,
    });
    const seen: string[] = [];
    const jobs: ScheduledJob[] = [
      { job: recordingJob('j', seen, new Set(['2024-04-02'])), cadence: { kind: 'daily', at: '00:00' } },
    ];
    assert.deepEqual(await catchUp(runner('a'), jobs, 7), { j: 3 });
    assert.deepEqual(seen, ['2024-04-01', '2024-04-03']);
    const runs = await listRuns(db(), { job: 'j', limit: 10 });
    assert.deepEqual(
      runs.map((r) => [r.businessDate, r.outcome, r.error]),
      [
        ['2024-04-03', 'succeeded', null],
        ['2024-04-02', 'failed', 'no 2024-04-02'],
        ['2024-04-01', 'succeeded', null],
        ['2024-03-31', 'succeeded', null],
      ],
    );
  });

  test('catch-up: a slot whose run died is run again', async () => {
    await db()('job_run').insert({
      job_name: 'j',
      slot: '2024-04-02T22:00:00.000Z',
      business_date: '2024-04-03',
      outcome: 'running',
      owner: 'dead',
      attempt: 1,
      started_at: T0 - 3 * HOUR,
    });
    const seen: string[] = [];
    assert.deepEqual(
      await catchUp(runner('a'), [{ job: recordingJob('j', seen), cadence: { kind: 'daily', at: '00:00' } }], 7),
      { j: 1 },
    );
    const [run] = await listRuns(db(), { limit: 1 });
    assert.deepEqual([run!.outcome, run!.owner, run!.attempt], ['succeeded', 'a', 2]);
  });

  test('catch-up leaves a job whose run is under way in another process to that process', async () => {
    await db()('job_run').insert({
      job_name: 'j',
      slot: '2024-03-30T23:00:00.000Z',
      business_date: '2024-03-31',
      outcome: 'succeeded',
      owner: 'old',
      attempt: 1,
      started_at: 0,
    });
    await db()('job_run').insert({
      job_name: 'j',
      slot: '2024-03-31T22:00:00.000Z',
      business_date: '2024-04-01',
      outcome: 'running',
      owner: 'b',
      attempt: 1,
      started_at: T0 - HOUR,
    });
    const seen: string[] = [];
    assert.deepEqual(
      await catchUp(runner('a'), [{ job: recordingJob('j', seen), cadence: { kind: 'daily', at: '00:00' } }], 7),
      { j: 0 },
    );
    assert.deepEqual(
      seen,
      [],
      "b runs the nights after its own, in order; a running 2 April now could overtake b's 1 April",
    );
  });

  test('catch-up by two processes at once: every missed night runs once, in date order', async () => {
    await db()('job_run').insert({
      job_name: 'j',
      slot: '2024-03-29T23:00:00.000Z',
      business_date: '2024-03-30',
      outcome: 'succeeded',
      owner: 'old',
      attempt: 1,
      started_at: 0,
    });
    const seen: string[] = [];
    const jobs: ScheduledJob[] = [{ job: recordingJob('j', seen), cadence: { kind: 'daily', at: '00:00' } }];
    const [a, b] = await Promise.all([catchUp(runner('a'), jobs, 7), catchUp(runner('b'), jobs, 7)]);
    assert.equal(a.j! + b.j!, 4);
    assert.deepEqual(seen, ['2024-03-31', '2024-04-01', '2024-04-02', '2024-04-03']);
    assert.equal((await listRuns(db(), { job: 'j', limit: 10 })).length, 5);
  });

  test('runs are listed newest slot first, of one job or all, up to the limit', async () => {
    for (const [job, slot] of [
      ['x', '2024-01-01T23:00:00.000Z'],
      ['y', '2024-01-02T23:00:00.000Z'],
      ['x', '2024-01-02T23:00:00.000Z'],
    ] as const) {
      await db()('job_run').insert({
        job_name: job,
        slot,
        business_date: '2024-01-02',
        outcome: 'succeeded',
        owner: 'o',
        attempt: 1,
        started_at: 1,
      });
    }
    assert.deepEqual(
      (await listRuns(db(), { limit: 10 })).map((r) => `${r.job}@${r.slot.slice(0, 10)}`),
      ['x@2024-01-02', 'y@2024-01-02', 'x@2024-01-01'],
    );
    assert.deepEqual(
      (await listRuns(db(), { job: 'x', limit: 1 })).map((r) => r.slot),
      ['2024-01-02T23:00:00.000Z'],
    );
  });
});
