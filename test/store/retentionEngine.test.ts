// The deletion engine (src/app/retention/) on every dialect: a dry run counts each policy's due rows and deletes
// nothing; a run deletes exactly those rows; a failing policy is reported and the others still delete; the
// nightly job records the rows deleted by rule in job_run (and a failed policy as a failed run); the registry
// names each rule once; `retention --dry-run --date` prints the report.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import { runRetention } from '../../src/app/retention/engine.ts';
import { runNightlyRetention } from '../../src/app/retention/nightly.ts';
import { retentionPolicies } from '../../src/app/retention/policies.ts';
import type { RetentionPolicy } from '../../src/app/retention/policy.ts';
import { NIGHTLY_JOBS, type NightlyJob } from '../../src/jobs/nightlyJobs.ts';
import { runSlot, type RunnerSettings } from '../../src/jobs/runSlot.ts';
import { listRuns } from '../../src/store/jobRunRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { runCommand } from '../support/cli.ts';
import { clearOutbox } from '../support/outbox.ts';

const TODAY = '2024-03-01';
const NOW = Date.parse('2024-03-01T02:30:00Z');
const SETTINGS = { outboxRetentionDays: 30, auditRetentionDays: 180, nowMs: NOW };

interface Rows {
  person_contact: string[];
  audit_event: string[];
  idempotent_write: string[];
}

let serial = 0;
const id = () => `018f0000-0000-7000-8000-${String(++serial).padStart(12, '0')}`;

/** Two contact persons, two audit events and two message identifiers: one of each due on TODAY. */
async function seed(db: Knex): Promise<Rows> {
  const contacts = [
    { end: '2023-09-01', activity: null }, // R-DEL-08: due from 2024-03-01
    { end: '2023-09-02', activity: null }, // not yet
    { end: '2023-08-15', activity: 'a1' }, // R-DEL-09: due
    { end: null, activity: 'a2' }, // open
  ].map((c) => ({
    id: id(),
    cpr: '0101901234',
    contact_type: c.activity ? 15 : 33,
    start_date: '2023-01-01',
    end_date: c.end,
    activity_id: c.activity,
    authority_org_type: 8,
    authority_org_code: '10100',
  }));
  await db('person_contact').insert(contacts);
  const events = ['2023-09-01T23:00:00+02:00', '2023-09-03T08:00:00+02:00'].map((at) => ({
    id: id(),
    occurred_at: at, // D-147: 180 days before 2024-03-01 is 2023-09-03; the day before is due
    kind: 'read',
    cpr: '0101901234',
    organisation_type: 8,
    organisation_code: '10100',
    user_identifier: 'u',
    data_area: 'x',
    detail: '{}',
  }));
  await db('audit_event').insert(events);
  const identifiers = [25, 23].map((hours) => ({
    organisation_type: 8,
    organisation_code: '10100',
    message_identifier: id(),
    operation: 'X.Y',
    request_digest: 'd',
    response: '{}',
    accepted_at: NOW - hours * 3_600_000, // D-148: older than 24 hours is due
  }));
  await db('idempotent_write').insert(identifiers);
  return {
    person_contact: contacts.map((c) => c.id),
    audit_event: events.map((e) => e.id),
    idempotent_write: identifiers.map((i) => i.message_identifier),
  };
}

async function ids(db: Knex): Promise<Rows> {
  const of = async (table: string, column: string) =>
    ((await db(table).select(column).orderBy(column)) as Record<string, string>[]).map((r) => r[column]!);
  return {
    person_contact: await of('person_contact', 'id'),
    audit_event: await of('audit_event', 'id'),
    idempotent_write: await of('idempotent_write', 'message_identifier'),
  };
}

const count = async (q: Knex.QueryBuilder) => Number(((await q.count({ n: '*' })) as { n: number | string }[])[0]!.n);

/** What the seed makes due on TODAY, by rule; every other policy of the registry (whose tables this file leaves
 *  empty) has nothing due. */
const SEEDED_DUE: Record<string, number> = { 'R-DEL-08': 1, 'R-DEL-09': 1, 'D-147': 1, 'D-148': 1 };
const expectedFor = (policies: readonly RetentionPolicy[]) =>
  Object.fromEntries(policies.map((p) => [p.ruleId, SEEDED_DUE[p.ruleId] ?? 0]));
/** The registry's policies beyond this branch's (other data areas' rules, added at merge): nothing due here. */
const others = Object.fromEntries(
  retentionPolicies(SETTINGS)
    .map((p) => p.ruleId)
    .filter((r) => !['R-DEL-02', 'R-DEL-08', 'R-DEL-09', 'D-217', 'D-147', 'D-148'].includes(r))
    .map((r) => [r, 0]),
);

const failing: RetentionPolicy = {
  ruleId: 'R-TEST-99',
  what: 'a policy whose table is missing',
  countDue: async (db) => Number((await db('no_such_table').count({ n: '*' }))[0]!.n),
  deleteDue: async (trx) => Number(await trx('no_such_table').del()),
};

describeEachDatabase('retention engine', (db) => {
  beforeEach(async () => {
    for (const table of ['person_contact', 'audit_event', 'idempotent_write', 'job_run']) await db()(table).del();
    await clearOutbox(db());
  });

  test('a dry run counts each policy of the registry and deletes nothing; a run deletes exactly the rows counted', async () => {
    const seeded = await seed(db());
    const policies = retentionPolicies(SETTINGS);
    const dry = await runRetention(db(), policies, TODAY, 'dry-run');
    const expected = expectedFor(policies);
    assert.deepEqual(expected, {
      'R-DEL-02': 0,
      'R-DEL-08': 1,
      'R-DEL-09': 1,
      'D-217': 0,
      'D-147': 1,
      'D-148': 1,
      ...others,
    });
    assert.deepEqual(Object.fromEntries(dry.outcomes.map((o) => [o.ruleId, o.rows])), expected);
    assert.ok(dry.outcomes.every((o) => o.error === null && o.what.length > 0));
    assert.deepEqual(await ids(db()), seeded, 'a dry run deletes nothing');

    const run = await runRetention(db(), policies, TODAY, 'delete');
    assert.deepEqual(Object.fromEntries(run.outcomes.map((o) => [o.ruleId, o.rows])), expected);
    const [due08, kept08, due09, open09] = seeded.person_contact;
    assert.deepEqual(await ids(db()), {
      person_contact: [kept08!, open09!].sort(),
      audit_event: [seeded.audit_event[1]!],
      idempotent_write: [seeded.idempotent_write[1]!],
    });
    assert.ok(due08 && due09);
    const again = await runRetention(db(), policies, TODAY, 'delete');
    assert.ok(
      again.outcomes.every((o) => o.rows === 0),
      'a second run on the same date finds nothing due',
    );
  });

  test('a failing policy is reported with its error; the policies before and after it still delete', async () => {
    await seed(db());
    const policies = retentionPolicies(SETTINGS);
    const at = policies.findIndex((p) => p.ruleId === 'R-DEL-09');
    const run = await runRetention(db(), [...policies.slice(0, at), failing, ...policies.slice(at)], TODAY, 'delete');
    const failed = run.outcomes.find((o) => o.ruleId === 'R-TEST-99')!;
    assert.equal(failed.rows, null);
    assert.match(failed.error!, /no_such_table/);
    assert.deepEqual(
      run.outcomes.filter((o) => o.error === null).map((o) => [o.ruleId, o.rows]),
      Object.entries(expectedFor(policies)),
    );
    assert.equal((await ids(db())).person_contact.length, 2);
  });

  test('the nightly job runs the engine on its job_run slot as of the slot date and records the rows by rule', async () => {
    await seed(db());
    const runner: RunnerSettings = {
      db: db(),
      owner: 'test',
      runTimeoutMs: 3_600_000,
      outboxRetentionDays: 30,
      auditRetentionDays: 180,
      now: () => NOW,
      stopping: () => false,
    };
    const job = NIGHTLY_JOBS.find((j) => j.name === 'retention')!;
    // 03:30 Copenhagen on 1 Mar 2024 (UTC+1): business date 2024-03-01
    assert.equal(await runSlot(runner, job, Date.parse('2024-03-01T02:30:00Z')), 'succeeded');
    const [recorded] = await listRuns(db(), { job: 'retention', limit: 5 });
    assert.equal(recorded!.businessDate, TODAY);
    assert.deepEqual(recorded!.counts, expectedFor(retentionPolicies(SETTINGS)));

    // a policy that fails makes the run 'failed', its error naming the policy and what the others deleted
    await seed(db());
    const withFailing: NightlyJob = {
      ...job,
      run: (c) => runNightlyRetention(c.db, c.clock.today(), SETTINGS, [failing, ...retentionPolicies(SETTINGS)]),
    };
    assert.equal(await runSlot(runner, withFailing, Date.parse('2024-03-02T02:30:00Z')), 'failed');
    const [failedRun] = await listRuns(db(), { job: 'retention', limit: 1 });
    assert.equal(failedRun!.outcome, 'failed');
    assert.match(
      failedRun!.error!,
      /^1 of \d+ retention policies failed: .*R-TEST-99 failed \(.*no_such_table.*\), R-DEL-02 0, .*R-DEL-08 \d+, R-DEL-09 \d+/,
    );
  });

  test("R-DEL-13: no policy deletes a retired item of a living citizen, however old: a type-2 'Udkast til min plan' dialog message, a plan draft for the jobcentre", async () => {
    await db()('citizen_message').where({ cpr: '0101901234' }).del();
    await db()('plan_version').where({ cpr: '0101901234' }).del();
    const message = id();
    await db()('citizen_message').insert({
      id: message,
      cpr: '0101901234',
      thread_id: message,
      message_type: 2,
      sender_org_type: 2,
      sender_org_code: '81',
      sender_user_type: 2,
      sender_user_id: 'u',
      sender_user_name: 'U',
      headline: 'Udkast til min plan',
      message_text: 't',
      created_at: '2023-06-01T10:00:00+02:00',
      business_date: '2023-06-01',
    });
    await db()('plan_version').insert({
      id: id(),
      cpr: '0101901234',
      plan_type: 1,
      status: 'draft',
      job_goals: '[]',
      draft_for_jobcenter: true,
      org_type: 2,
      org_code: '81',
      created_at: '2023-06-01T10:00:00+02:00',
      last_modified: '2023-06-01T10:00:00+02:00',
    });
    const run = await runRetention(
      db(),
      retentionPolicies({ ...SETTINGS, nowMs: Date.parse('2100-01-01T00:00:00Z') }),
      '2100-01-01',
      'delete',
    );
    assert.ok(run.outcomes.every((o) => o.error === null));
    assert.equal(await count(db()('citizen_message').where({ id: message })), 1);
    assert.equal(await count(db()('plan_version').where({ cpr: '0101901234', draft_for_jobcenter: true })), 1);
  });

  test('the registry names each rule once, and every policy says what it deletes', () => {
    const policies = retentionPolicies(SETTINGS);
    const ruleIds = policies.map((p) => p.ruleId);
    assert.equal(new Set(ruleIds).size, ruleIds.length, ruleIds.join(', '));
    for (const p of policies) assert.match(p.ruleId, /^(R-DEL-\d\d|D-\d+)$/);
  });

  test('retention --dry-run --date prints one row per policy with its due rows and deletes nothing', async (t) => {
    const seeded = await seed(db());
    const out = await runCommand(t, db(), ['retention', '--dry-run', '--date', TODAY]);
    assert.match(out, /^retention as of 2024-03-01, dry run: rows due, nothing deleted\n/);
    assert.match(out, /^R-DEL-08 +1 +professional contact persons/m);
    assert.match(out, /^R-DEL-09 +1 +contact persons from an activity/m);
    assert.match(out, /^D-147 +1 +audit events older than 180 days/m);
    assert.deepEqual(await ids(db()), seeded);
    const real = await runCommand(t, db(), ['retention', '--date', TODAY]);
    assert.match(real, /^R-DEL-08 +1 /m);
    assert.equal((await ids(db())).person_contact.length, 2);
    await assert.rejects(runCommand(t, db(), ['retention', '--date', '1 March']), /exit 2: --date must be a date/);
  });
});
