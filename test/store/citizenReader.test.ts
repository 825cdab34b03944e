// The read path of read-only operations (src/store/citizenReader.ts) returns exactly the state the
// knex path returns inside a transaction: same rows, same order, same types (booleans, decimals,
// nulls, both kinds of actor), on every dialect of the run. Rows are inserted out of order on purpose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citizenReaderFor } from '../../src/store/citizenReader.ts';
import {
  insertAbsence,
  insertContactGroup,
  insertEnrollment,
  insertMembership,
  insertPerson,
  loadCitizenState,
  updateAbsence,
  upsertBenefitsAccount,
} from '../../src/store/citizenRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  authorityAbsence,
  benefitsAccount,
  contactGroup,
  CPR,
  dfdgAbsence,
  enrollment,
  membership,
  person,
  uuid,
} from './citizens.ts';

describeEachDatabase('citizen reader', (db) => {
  test('an unknown CPR is null', async () => {
    const reader = citizenReaderFor(db());
    try {
      assert.equal(await reader.load('0000000000'), null);
    } finally {
      await reader.close();
    }
  });

  test('the state equals loadCitizenState, rows in period order, deleted absences left out, later commits seen', async () => {
    const other = '0202902345';
    await db().transaction((trx) => insertPerson(trx, person()));
    await db().transaction((trx) => insertPerson(trx, person(other)));
    await db().transaction((trx) => insertContactGroup(trx, contactGroup(uuid(2), '2024-03-01')));
    await db().transaction((trx) => insertContactGroup(trx, contactGroup(uuid(1), '2024-01-01')));
    await db().transaction((trx) => insertContactGroup(trx, contactGroup(uuid(3), '2024-01-01')));
    await db().transaction((trx) => insertMembership(trx, membership(uuid(5), '2023-01-01')));
    await db().transaction((trx) => insertMembership(trx, membership(uuid(4), '2020-01-01')));
    await db().transaction((trx) => insertMembership(trx, membership(uuid(9), '2020-01-01', other)));
    await db().transaction((trx) => upsertBenefitsAccount(trx, benefitsAccount()));
    await db().transaction((trx) => insertEnrollment(trx, enrollment(uuid(7), '2024-02-01')));
    await db().transaction((trx) => insertEnrollment(trx, enrollment(uuid(6), '2023-02-01')));
    await db().transaction((trx) => insertAbsence(trx, dfdgAbsence(uuid(12), '2024-05-01')));
    await db().transaction((trx) => insertAbsence(trx, authorityAbsence(uuid(11), '2024-04-01')));
    await db().transaction((trx) => insertAbsence(trx, authorityAbsence(uuid(10), '2024-04-01')));
    await db().transaction((trx) =>
      insertAbsence(trx, { ...authorityAbsence(uuid(13), '2024-01-01'), deletedOn: '2024-02-01' }),
    );
    await db().transaction((trx) => insertAbsence(trx, authorityAbsence(uuid(14), '2024-01-01', other)));

    const reader = citizenReaderFor(db());
    try {
      const expected = await loadCitizenState(db(), CPR);
      const got = await reader.load(CPR);
      assert.deepEqual(got, expected);
      assert.deepEqual(
        got?.contactGroups.map((c) => c.id),
        [uuid(1), uuid(3), uuid(2)],
      );
      assert.deepEqual(
        got?.memberships.map((m) => m.id),
        [uuid(4), uuid(5)],
      );
      assert.deepEqual(
        got?.enrollments.map((e) => e.id),
        [uuid(6), uuid(7)],
      );
      assert.deepEqual(
        got?.absences.map((a) => a.id),
        [uuid(10), uuid(11), uuid(12)],
      );
      assert.deepEqual(got?.benefitsAccount, benefitsAccount());

      await db().transaction((trx) =>
        updateAbsence(trx, {
          ...authorityAbsence(uuid(10), '2024-04-01'),
          active: false,
          endDate: '2024-04-30',
          endReason: 41,
        }),
      );
      const after = await reader.load(CPR);
      assert.deepEqual(after, await loadCitizenState(db(), CPR));
      assert.equal(after?.absences[0]?.active, false);
    } finally {
      await reader.close();
    }
  });
});
