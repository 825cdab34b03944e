// The contact-person register's retention policies (src/app/personContact/retention.ts) on every dialect, with
// the examples of release-rules.md: countDue and deleteDue called directly, as the deletion engine calls them.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { PersonContact } from '../../src/domain/personContact.ts';
import { activityContactRetention, professionalContactRetention } from '../../src/app/personContact/retention.ts';
import type { RetentionPolicy } from '../../src/app/retention/policy.ts';
import { insertPersonContact } from '../../src/store/personContactRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

let serial = 0;
const contact = (over: Partial<PersonContact>): PersonContact => ({
  id: `018f0000-0000-7000-8000-${String(++serial).padStart(12, '0')}`,
  cpr: '0101901234',
  contactType: 33,
  startDate: '2022-01-01',
  endDate: null,
  externalCaseWorkerId: null,
  givenName: 'Kim',
  surname: 'Hansen',
  phone: null,
  email: null,
  activityId: null,
  authority: { organisationType: 8, organisationCode: '10100' },
  ...over,
});

describeEachDatabase('person contact retention', (db) => {
  beforeEach(() => db()('person_contact').del());
  const insert = (...contacts: PersonContact[]) =>
    db().transaction(async (trx) => {
      for (const c of contacts) await insertPersonContact(trx, c);
    });
  const remaining = async () =>
    ((await db()('person_contact').select('id').orderBy('id')) as { id: string }[]).map((r) => r.id);
  const deleteDue = (p: RetentionPolicy, today: string) => db().transaction((trx) => p.deleteDue(trx, today));

  test('R-DEL-08: a type-33 contact ended 1 Jan 2023 goes on or after 1 Jul 2023; the new type-33 contact from 2 Jan 2023 stays', async () => {
    const old = contact({ startDate: '2022-01-01', endDate: '2023-01-01' });
    const next = contact({ startDate: '2023-01-02' });
    await insert(old, next);
    const policy = professionalContactRetention;
    assert.equal(await policy.countDue(db(), '2023-06-30'), 0);
    assert.equal(await deleteDue(policy, '2023-06-30'), 0);
    assert.deepEqual(await remaining(), [old.id, next.id].sort());
    assert.equal(await policy.countDue(db(), '2023-07-01'), 1);
    assert.deepEqual(await remaining(), [old.id, next.id].sort(), 'counting deletes nothing');
    assert.equal(await deleteDue(policy, '2023-07-01'), 1);
    assert.deepEqual(await remaining(), [next.id]);
    assert.equal(await deleteDue(policy, '2030-01-01'), 0, 'an open relation is never due');
  });

  test("R-DEL-08: every professional type counts from its own end date, and an activity's contact is not its to delete", async () => {
    const ended = contact({ contactType: 32, endDate: '2023-08-31' });
    const fromActivity = contact({ contactType: 15, endDate: '2023-01-01', activityId: 'a1' });
    await insert(ended, fromActivity);
    assert.equal(await professionalContactRetention.countDue(db(), '2024-02-28'), 0);
    assert.equal(await deleteDue(professionalContactRetention, '2024-02-29'), 1, '31 Aug + 6 months = 29 Feb 2024');
    assert.deepEqual(await remaining(), [fromActivity.id]);
  });

  test("R-DEL-09: a mentor from an activity ending 30 Apr 2022 goes on or after 30 Oct 2022; PersonContactService's own stay", async () => {
    const mentor = contact({ contactType: 15, startDate: '2022-01-10', endDate: '2022-04-30', activityId: 'a1' });
    const coordinator = contact({ contactType: 2, startDate: '2022-01-10', endDate: '2022-06-30', activityId: 'a2' });
    const jobformidler = contact({ contactType: 3, startDate: '2022-01-10', endDate: null, activityId: 'a3' });
    const own = contact({ contactType: 3, endDate: '2022-04-30' });
    await insert(mentor, coordinator, jobformidler, own);
    const policy = activityContactRetention;
    assert.equal(await policy.countDue(db(), '2022-10-29'), 0);
    assert.equal(await deleteDue(policy, '2022-10-29'), 0);
    assert.equal(await policy.countDue(db(), '2022-10-30'), 1);
    assert.equal(await deleteDue(policy, '2022-10-30'), 1);
    assert.deepEqual(await remaining(), [coordinator.id, jobformidler.id, own.id].sort());
    assert.equal(await deleteDue(policy, '2022-12-31'), 1, 'the coordinator: 30 Jun + 6 months = 31 Dec');
    assert.deepEqual(await remaining(), [jobformidler.id, own.id].sort(), 'an activity without an end stays');
  });
});
