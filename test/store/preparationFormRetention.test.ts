// The retention policies of the preparation form and the digital screening (src/app/preparationForm/retention.ts)
// on every dialect, with the examples of release-rules.md: countDue and deleteDue called directly, as the deletion
// engine calls them. R-DEL-03 (screening results, 6 months), R-DEL-10 (submitted forms, 6 months after submission),
// R-DEL-11 (unfinished forms, 6 months after the start unless the citizen is enrolled), R-DEL-12 (forms of citizens
// in rehabilitation, 10 years).
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import {
  rehabilitationFormRetention,
  screeningResultRetention,
  submittedFormRetention,
  unfinishedFormRetention,
} from '../../src/app/preparationForm/retention.ts';
import { retentionPolicies } from '../../src/app/retention/policies.ts';
import type { RetentionPolicy } from '../../src/app/retention/policy.ts';
import { insertForm, insertScreening, type PreparationForm } from '../../src/store/preparationFormRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CPR = '0101901234';
let serial = 0;
const nextId = () => `018f0000-0000-7000-8000-${String(++serial).padStart(12, '0')}`;
const form = (over: Partial<PreparationForm>): PreparationForm => ({
  id: nextId(),
  cpr: CPR,
  contactGroup: 1,
  startedOn: '2022-01-01',
  submittedOn: null,
  answers: [{ question: 1, answer: 'Tømrer' }],
  statisticalPart: null,
  inRehabilitation: false,
  ...over,
});

describeEachDatabase('preparation form and screening retention', (db) => {
  beforeEach(async () => {
    await db()('screening_result').del();
    await db()('preparation_form').del();
    await db()('enrollment').del();
    await db()('person').where({ cpr: CPR }).del();
    await db()('person').insert({
      cpr: CPR,
      birth_date: '1990-01-01',
      jobcenter_code: '10100',
      municipality_code: '101',
    });
  });
  const insert = (...forms: PreparationForm[]) =>
    db().transaction(async (trx) => {
      for (const f of forms) await insertForm(trx, f);
    });
  const remaining = async () =>
    ((await db()('preparation_form').select('id').orderBy('id')) as { id: string }[]).map((r) => r.id);
  const deleteDue = (p: RetentionPolicy, today: string) => db().transaction((trx) => p.deleteDue(trx, today));

  test('the engine runs the four policies', () => {
    const ids = retentionPolicies({ outboxRetentionDays: 30, auditRetentionDays: 30, nowMs: 0 }).map((p) => p.ruleId);
    for (const id of ['R-DEL-03', 'R-DEL-10', 'R-DEL-11', 'R-DEL-12']) assert.ok(ids.includes(id), id);
  });

  test('R-DEL-10: started 1 Jan 2022, submitted 20 Jan 2022 → present on 19 Jul 2022, deleted on or after 20 Jul 2022', async () => {
    const submitted = form({ startedOn: '2022-01-01', submittedOn: '2022-01-20' });
    await insert(submitted);
    assert.equal(await submittedFormRetention.countDue(db(), '2022-07-19'), 0);
    assert.equal(await deleteDue(submittedFormRetention, '2022-07-19'), 0);
    assert.equal(await submittedFormRetention.countDue(db(), '2022-07-20'), 1);
    assert.deepEqual(await remaining(), [submitted.id], 'counting deletes nothing');
    assert.equal(await deleteDue(submittedFormRetention, '2022-07-20'), 1);
    assert.deepEqual(await remaining(), []);
  });

  test("R-DEL-10 in the engine's batches: at most `limit` forms per batch, the next batch takes the rest", async () => {
    const due = [1, 2, 3].map(() => form({ startedOn: '2022-01-01', submittedOn: '2022-01-20' }));
    await insert(...due);
    const batch = (limit: number) =>
      db().transaction((trx) => submittedFormRetention.deleteDue(trx, '2022-07-20', limit));
    assert.equal(await batch(2), 2);
    assert.equal((await remaining()).length, 1);
    assert.equal(await batch(2), 1, 'fewer than the limit: the policy is finished');
    assert.deepEqual(await remaining(), []);
  });

  test('R-DEL-10: before release 2022-1 the 6 months counted from the start of filling', async () => {
    await insert(form({ startedOn: '2021-08-01', submittedOn: '2021-08-20' }));
    assert.equal(await submittedFormRetention.countDue(db(), '2022-02-01'), 1, 'start + 6 months, before 2022-03-14');
    assert.equal(await submittedFormRetention.countDue(db(), '2022-02-19'), 1);
  });

  test('R-DEL-11: an unfinished form started 1 Jan 2022 of a citizen not enrolled on 1 Jul 2022 → deleted; enrolled → kept, and re-evaluated', async () => {
    const unfinished = form({ startedOn: '2022-01-01' });
    await insert(unfinished);
    assert.equal(await unfinishedFormRetention.countDue(db(), '2022-06-30'), 0);
    await db()('enrollment').insert({
      id: nextId(),
      cpr: CPR,
      client_category: 1,
      enrollment_date: '2022-05-01',
      end_date: '2022-08-01',
      end_reason: null,
    });
    assert.equal(await unfinishedFormRetention.countDue(db(), '2022-07-01'), 0, 'registered on the day: kept');
    assert.equal(await deleteDue(unfinishedFormRetention, '2022-07-01'), 0);
    assert.equal(await unfinishedFormRetention.countDue(db(), '2022-08-01'), 1, 'the enrollment ended: due');
    assert.equal(await deleteDue(unfinishedFormRetention, '2022-08-01'), 1);
    assert.deepEqual(await remaining(), []);
  });

  test('R-DEL-11 and R-DEL-10 do not take each other’s forms', async () => {
    const unfinished = form({ startedOn: '2022-01-01' });
    const submitted = form({ startedOn: '2022-01-01', submittedOn: '2022-06-01' });
    await insert(unfinished, submitted);
    assert.equal(await deleteDue(submittedFormRetention, '2022-07-01'), 0);
    assert.equal(await deleteDue(unfinishedFormRetention, '2022-07-01'), 1);
    assert.deepEqual(await remaining(), [submitted.id]);
  });

  test('R-DEL-12: a citizen in rehabilitation submits on 1 Feb 2022 → present on 1 Aug 2022, deleted on or after 1 Feb 2032', async () => {
    const rehab = form({ startedOn: '2022-01-15', submittedOn: '2022-02-01', inRehabilitation: true });
    const rehabUnfinished = form({ startedOn: '2022-03-01', inRehabilitation: true });
    await insert(rehab, rehabUnfinished);
    for (const p of [submittedFormRetention, unfinishedFormRetention])
      assert.equal(await p.countDue(db(), '2022-09-01'), 0, `${p.ruleId} leaves it alone`);
    assert.equal(await rehabilitationFormRetention.countDue(db(), '2032-01-31'), 0);
    assert.equal(await deleteDue(rehabilitationFormRetention, '2032-02-01'), 1);
    assert.deepEqual(await remaining(), [rehabUnfinished.id]);
    assert.equal(await deleteDue(rehabilitationFormRetention, '2032-03-01'), 1, 'unfinished: 10 years from the start');
  });

  test('R-DEL-03: a screening result submitted 1 Apr 2021 stays until 30 Sep 2021 and is deleted on 1 Oct 2021; its form stays', async () => {
    const f = form({ startedOn: '2021-03-20', submittedOn: '2021-04-01' });
    await insert(f);
    await db().transaction((trx) =>
      insertScreening(trx, {
        id: nextId(),
        cpr: CPR,
        formId: f.id,
        municipalityCode: '615',
        submittedOn: '2021-04-01',
        impairmentAnswer: 'Nej',
        compensationAnswer: 'Nej',
      }),
    );
    assert.equal(await screeningResultRetention.countDue(db(), '2021-09-30'), 0);
    assert.equal(await deleteDue(screeningResultRetention, '2021-09-30'), 0);
    assert.equal(await screeningResultRetention.countDue(db(), '2021-10-01'), 1);
    assert.equal(await deleteDue(screeningResultRetention, '2021-10-01'), 1);
    assert.equal((await db()('screening_result').select('id')).length, 0);
    assert.deepEqual(await remaining(), [f.id]);
  });

  test("a form's screening result goes with the form", async () => {
    const f = form({ startedOn: '2022-01-01', submittedOn: '2022-01-20' });
    await insert(f);
    await db().transaction((trx) =>
      insertScreening(trx, {
        id: nextId(),
        cpr: CPR,
        formId: f.id,
        municipalityCode: '615',
        submittedOn: '2022-01-20',
        impairmentAnswer: 'Ja',
        compensationAnswer: 'Nej',
      }),
    );
    assert.equal(await deleteDue(submittedFormRetention, '2022-07-20'), 1);
    assert.equal((await db()('screening_result').select('id')).length, 0);
  });
});
