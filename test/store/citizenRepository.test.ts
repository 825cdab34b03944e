// Every repository function round-trips the domain objects exactly (booleans, decimals, nulls,
// both kinds of actor) on every dialect of the run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cprsWithOpenAbsence,
  findAbsence,
  insertAbsence,
  insertContactGroup,
  insertEnrollment,
  insertMembership,
  insertPerson,
  loadCitizenState,
  loadCitizenStateForUpdate,
  updateAbsence,
  updateContactGroup,
  updateEnrollment,
  updateMembership,
  updatePerson,
  upsertBenefitsAccount,
} from '../../src/store/citizenRepository.ts';
import { absencesOf, AbsencesNotLoaded } from '../../src/domain/citizenAbsences.ts';
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

describeEachDatabase('citizen repository', (db) => {
  test('loadCitizenState is null for an unknown CPR, empty lists for a bare person', async () => {
    assert.equal(await loadCitizenState(db(), '0000000000'), null);
    await db().transaction((trx) => insertPerson(trx, person()));
    assert.deepEqual(await loadCitizenState(db(), CPR), {
      person: person(),
      contactGroups: [],
      memberships: [],
      benefitsAccount: null,
      enrollments: [],
      absences: [],
      personCategories: [],
    });
  });

  test('updatePerson replaces the person', async () => {
    const changed = {
      ...person(),
      deceasedDate: '2024-05-01',
      jobcenterCode: '20100',
      municipalityCode: '201',
      replacedByCpr: '0101901235',
    };
    await db().transaction((trx) => updatePerson(trx, changed));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.person, changed);
    await db().transaction((trx) => updatePerson(trx, person()));
  });

  test('contact groups: insert, update, listed by start date', async () => {
    await db().transaction((trx) => insertContactGroup(trx, contactGroup(uuid(2), '2024-02-01')));
    await db().transaction((trx) => insertContactGroup(trx, contactGroup(uuid(1), '2023-01-01')));
    const ended = { ...contactGroup(uuid(1), '2023-01-01'), contactGroup: 24, endDate: '2024-01-31' };
    await db().transaction((trx) => updateContactGroup(trx, ended));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.contactGroups, [ended, contactGroup(uuid(2), '2024-02-01')]);
  });

  test('memberships: insert, update, listed by start date', async () => {
    await db().transaction((trx) => insertMembership(trx, membership(uuid(11), '2024-03-01')));
    await db().transaction((trx) => insertMembership(trx, membership(uuid(12), '2015-01-01')));
    const ended = { ...membership(uuid(12), '2015-01-01'), akasseCode: '99', endDate: '2024-02-29' };
    await db().transaction((trx) => updateMembership(trx, ended));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.memberships, [ended, membership(uuid(11), '2024-03-01')]);
  });

  test('benefits account: upsert inserts, then replaces; decimals come back as numbers', async () => {
    await db().transaction((trx) => upsertBenefitsAccount(trx, benefitsAccount()));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.benefitsAccount, benefitsAccount());
    const next = {
      ...benefitsAccount(),
      consumedHours: 1234.25,
      missingHoursForRegrading: null,
      ratePerMonth: null,
      referencePeriodEndDate: null,
    };
    await db().transaction((trx) => upsertBenefitsAccount(trx, next));
    const got = (await loadCitizenState(db(), CPR))!.benefitsAccount!;
    assert.deepEqual(got, next);
    assert.equal(typeof got.offsetHours, 'number');
    assert.equal(Number((await db()('benefits_account').count({ n: '*' }))[0]!.n), 1);
  });

  test('enrollments: insert, update, listed by enrollment date', async () => {
    await db().transaction((trx) => insertEnrollment(trx, enrollment(uuid(22), '2024-01-01')));
    await db().transaction((trx) => insertEnrollment(trx, enrollment(uuid(21), '2023-11-01')));
    const cancelled = { ...enrollment(uuid(21), '2023-11-01'), endDate: '2023-12-20', endReason: 1 };
    await db().transaction((trx) => updateEnrollment(trx, cancelled));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.enrollments, [cancelled, enrollment(uuid(22), '2024-01-01')]);
  });

  test('absences: both actor kinds and booleans round-trip; update is a full replace', async () => {
    await db().transaction((trx) => insertAbsence(trx, authorityAbsence(uuid(32), '2024-03-01')));
    await db().transaction((trx) => insertAbsence(trx, dfdgAbsence(uuid(31), '2024-02-01')));
    assert.deepEqual(await findAbsence(db(), uuid(32)), authorityAbsence(uuid(32), '2024-03-01'));
    assert.deepEqual(await findAbsence(db(), uuid(31)), dfdgAbsence(uuid(31), '2024-02-01'));
    assert.deepEqual((await loadCitizenState(db(), CPR))!.absences, [
      dfdgAbsence(uuid(31), '2024-02-01'),
      authorityAbsence(uuid(32), '2024-03-01'),
    ]);

    const replaced = {
      ...dfdgAbsence(uuid(31), '2024-02-01'),
      ...authorityAbsence(uuid(31), '2024-02-05'),
      active: false,
      endDate: '2024-02-20',
      endReason: 44,
      comment: null,
    };
    await db().transaction((trx) => updateAbsence(trx, replaced));
    assert.deepEqual(await findAbsence(db(), uuid(31)), replaced);
    assert.equal(await findAbsence(db(), uuid(99)), null);
  });

  test('a deleted absence is found by id but is not part of the citizen state', async () => {
    const deleted = { ...authorityAbsence(uuid(32), '2024-03-01'), deletedOn: '2024-03-05' };
    await db().transaction((trx) => updateAbsence(trx, deleted));
    assert.deepEqual(await findAbsence(db(), uuid(32)), deleted);
    assert.deepEqual(
      (await loadCitizenState(db(), CPR))!.absences.map((a) => a.id),
      [uuid(31)],
    );
  });

  test('cprsWithOpenAbsence: not deleted, no end date (or ending on/after asOf)', async () => {
    await db().transaction((trx) => insertPerson(trx, person('0202902345')));
    await db().transaction((trx) =>
      insertAbsence(trx, { ...dfdgAbsence(uuid(41), '2024-01-01', '0202902345'), endDate: null }),
    );
    await db().transaction((trx) =>
      insertAbsence(trx, { ...dfdgAbsence(uuid(42), '2024-01-01'), endDate: null, deletedOn: '2024-01-02' }),
    );
    await db().transaction((trx) =>
      insertAbsence(trx, { ...dfdgAbsence(uuid(43), '2024-01-01'), endDate: '2024-02-20' }),
    );
    assert.deepEqual(await cprsWithOpenAbsence(db(), 75), ['0202902345']);
    assert.deepEqual(await cprsWithOpenAbsence(db(), 75, '2024-02-20'), [CPR, '0202902345']);
    assert.deepEqual(await cprsWithOpenAbsence(db(), 75, '2024-02-21'), ['0202902345']);
    assert.deepEqual(await cprsWithOpenAbsence(db(), 11), []);
  });

  test("a write that declares absence types loads those absences only, in the full state's order; reading others throws", async () => {
    const cpr = '0303903456';
    await db().transaction((trx) => insertPerson(trx, person(cpr)));
    const kinds: [number, number, string, string | null][] = [
      // [uuid, type, start, deletedOn]
      [61, 10, '2019-05-01', null],
      [62, 75, '2020-01-01', null],
      [63, 11, '2020-02-01', null],
      [64, 75, '2024-01-01', null],
      [65, 75, '2023-01-01', '2023-02-01'],
      [66, 77, '2022-01-01', null],
      [67, 10, '2025-01-01', null],
    ];
    for (const [n, absenceType, start, deletedOn] of kinds)
      await db().transaction((trx) =>
        insertAbsence(trx, { ...authorityAbsence(uuid(n), start, cpr), absenceType, deletedOn }),
      );
    const full = (await loadCitizenState(db(), cpr))!;
    assert.equal(full.absenceTypes, undefined);
    assert.deepEqual(
      full.absences.map((a) => a.id),
      [61, 62, 63, 66, 64, 67].map(uuid),
    );
    const only75 = new Set([75]);
    const partial = (await db().transaction((trx) => loadCitizenStateForUpdate(trx, cpr, only75)))!;
    assert.deepEqual(partial, {
      ...full,
      absences: full.absences.filter((a) => a.absenceType === 75),
      absenceTypes: only75,
    });
    assert.deepEqual(
      absencesOf(partial, only75).map((a) => a.id),
      [62, 64].map(uuid),
    );
    assert.throws(() => absencesOf(partial, 'all'), AbsencesNotLoaded);
    assert.throws(() => absencesOf(partial, new Set([75, 77])), AbsencesNotLoaded);
    const two = (await loadCitizenState(db(), cpr, new Set([77, 10])))!;
    assert.deepEqual(
      absencesOf(two, new Set([10])).map((a) => a.id),
      [61, 67].map(uuid),
    );
    assert.deepEqual(
      two.absences.map((a) => a.id),
      [61, 66, 67].map(uuid),
    );
  });

  test('updating a row that does not exist is an error, not a silent no-op', async () => {
    await assert.rejects(
      db().transaction((trx) => updateEnrollment(trx, enrollment(uuid(98), '2024-01-01'))),
      /enrollment: no row/,
    );
    await assert.rejects(
      db().transaction((trx) => updatePerson(trx, person('0909090909'))),
      /person: no row/,
    );
  });

  test('a child row needs its person (foreign key)', async () => {
    await assert.rejects(
      db().transaction((trx) => insertEnrollment(trx, enrollment(uuid(97), '2024-01-01', '0808080808'))),
    );
  });
});
