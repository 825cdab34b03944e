// The deletion engine's bounded batches and time budget (src/app/retention/engine.ts) on every dialect, on a fake
// clock that advances only when a batch runs (no timed assertion): each batch deletes at most the batch's rows in
// its own transaction; a spent budget stops the run with the policy recorded as unfinished, and the next run goes
// on from what is left; every policy gets a batch even when an earlier one spent the budget; a policy whose items
// take many rows (a citizen erased) is asked for fewer items per batch; the nightly job records an unfinished
// policy in job_run.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { runRetention, type RetentionBudget } from '../../src/app/retention/engine.ts';
import { runNightlyRetention } from '../../src/app/retention/nightly.ts';
import { activityContactRetention, professionalContactRetention } from '../../src/app/personContact/retention.ts';
import type { RetentionPolicy } from '../../src/app/retention/policy.ts';
import { deceasedCitizenRetention } from '../../src/app/citizen/retention.ts';
import { describeEachDatabase } from '../support/databases.ts';

const TODAY = '2024-03-01';
/** The fake clock's milliseconds one batch takes. */
const BATCH_MS = 10;

let serial = 0;
const id = () => `018f0000-0000-7000-9000-${String(++serial).padStart(12, '0')}`;

/** `own` contacts due for R-DEL-08 and `activity` contacts due for R-DEL-09 on TODAY, and one of each not yet. */
function contacts(own: number, activity: number) {
  const row = (end: string, activityId: string | null) => ({
    id: id(),
    cpr: '0101901234',
    contact_type: activityId ? 15 : 33,
    start_date: '2023-01-01',
    end_date: end,
    activity_id: activityId,
    authority_org_type: 8,
    authority_org_code: '10100',
  });
  return [
    ...Array.from({ length: own }, () => row('2023-08-01', null)),
    ...Array.from({ length: activity }, () => row('2023-08-01', 'a1')),
    row('2023-12-01', null),
    row('2023-12-01', 'a1'),
  ];
}

/** A clock that stands still except when a batch of a policy wrapped by `timed` runs; and the limits asked. */
function fakeClock() {
  let t = 0;
  const limits: Record<string, (number | undefined)[]> = {};
  const timed = (p: RetentionPolicy): RetentionPolicy => ({
    ...p,
    async deleteDue(trx, today, limit) {
      (limits[p.ruleId] ??= []).push(limit);
      const rows = await p.deleteDue(trx, today, limit);
      t += BATCH_MS;
      return rows;
    },
  });
  return { now: () => t, timed, limits };
}

describeEachDatabase('retention engine: batches and budget', (db) => {
  beforeEach(() => db()('person_contact').del());

  const outcomesOf = (run: Awaited<ReturnType<typeof runRetention>>) =>
    run.outcomes.map(({ ruleId, rows, finished, batches }) => ({ ruleId, rows, finished, batches }));

  test('a spent budget stops the run with the policy unfinished; the next run goes on from what is left', async () => {
    await db()('person_contact').insert(contacts(5, 1));
    const clock = fakeClock();
    const policies = [professionalContactRetention, activityContactRetention].map(clock.timed);
    const budget: RetentionBudget = { batchRows: 2, budgetMs: 25, now: clock.now };

    // R-DEL-08's fair share is 12.5 ms: two batches (2 + 2 rows); R-DEL-09 then finishes in one short batch
    const first = await runRetention(db(), policies, TODAY, 'delete', budget);
    assert.deepEqual(outcomesOf(first), [
      { ruleId: 'R-DEL-08', rows: 4, finished: false, batches: 2 },
      { ruleId: 'R-DEL-09', rows: 1, finished: true, batches: 1 },
    ]);
    assert.deepEqual(clock.limits['R-DEL-08'], [2, 2]);
    const dry = await runRetention(db(), policies, TODAY, 'dry-run');
    assert.deepEqual(
      dry.outcomes.map((o) => [o.ruleId, o.rows]),
      [
        ['R-DEL-08', 1],
        ['R-DEL-09', 0],
      ],
      'what the budget left is still due',
    );

    const second = await runRetention(db(), policies, TODAY, 'delete', budget);
    assert.deepEqual(outcomesOf(second), [
      { ruleId: 'R-DEL-08', rows: 1, finished: true, batches: 1 },
      { ruleId: 'R-DEL-09', rows: 0, finished: true, batches: 1 },
    ]);
    assert.equal(Number((await db()('person_contact').count({ n: '*' }))[0]!.n), 2, 'only the two not yet due stay');
  });

  test('every policy gets a batch though the first spent the budget; what is left of it goes to the unfinished in order', async () => {
    await db()('person_contact').insert(contacts(5, 5));
    const clock = fakeClock();
    const policies = [professionalContactRetention, activityContactRetention].map(clock.timed);

    const starved = await runRetention(db(), policies, TODAY, 'delete', { batchRows: 2, budgetMs: 5, now: clock.now });
    assert.deepEqual(outcomesOf(starved), [
      { ruleId: 'R-DEL-08', rows: 2, finished: false, batches: 1 },
      { ruleId: 'R-DEL-09', rows: 2, finished: false, batches: 1 },
    ]);

    // a budget of 50 ms: a share of 25 ms each in the first round, enough to finish both (2 + 1 rows each)
    const rest = await runRetention(db(), policies, TODAY, 'delete', { batchRows: 2, budgetMs: 50, now: clock.now });
    assert.deepEqual(outcomesOf(rest), [
      { ruleId: 'R-DEL-08', rows: 3, finished: true, batches: 2 },
      { ruleId: 'R-DEL-09', rows: 3, finished: true, batches: 2 },
    ]);

    // 40 ms: R-DEL-08 stops at its share (20 ms: 2 + 2 rows), R-DEL-09 finishes at once, and the second round
    // gives R-DEL-08 what R-DEL-09 left: its last row
    await db()('person_contact').insert(contacts(5, 0));
    const shared = await runRetention(db(), policies, TODAY, 'delete', { batchRows: 2, budgetMs: 40, now: clock.now });
    assert.deepEqual(outcomesOf(shared), [
      { ruleId: 'R-DEL-08', rows: 5, finished: true, batches: 3 },
      { ruleId: 'R-DEL-09', rows: 0, finished: true, batches: 1 },
    ]);
  });

  test("a batch asks a policy whose items take many rows for fewer of them: R-DEL-02's citizens", async () => {
    const asked: (number | undefined)[] = [];
    const spy: RetentionPolicy = {
      ...deceasedCitizenRetention,
      deleteDue: (trx, today, limit) => (asked.push(limit), deceasedCitizenRetention.deleteDue(trx, today, limit)),
    };
    const clock = fakeClock();
    const run = await runRetention(db(), [spy], TODAY, 'delete', { batchRows: 1000, budgetMs: 1, now: clock.now });
    assert.deepEqual(asked, [1000 / deceasedCitizenRetention.rowsPerItem!]);
    assert.deepEqual(outcomesOf(run), [{ ruleId: 'R-DEL-02', rows: 0, finished: true, batches: 1 }]);
  });

  test('the nightly job records the rows by rule and `<rule> unfinished` for a policy the budget stopped', async () => {
    await db()('person_contact').insert(contacts(5, 0));
    const clock = fakeClock();
    const policies = [professionalContactRetention, activityContactRetention].map(clock.timed);
    // a budget of one minute on a clock where a batch takes a minute: one batch each
    const settings = {
      outboxRetentionDays: 30,
      auditRetentionDays: 180,
      nowMs: 0,
      retentionBatchRows: 2,
      retentionBudgetMinutes: 1,
    };
    const counts = await runNightlyRetention(db(), TODAY, settings, policies, () => (clock.now() / BATCH_MS) * 60_000);
    assert.deepEqual(counts, { 'R-DEL-08': 2, 'R-DEL-08 unfinished': 1, 'R-DEL-09': 0 });
  });
});
