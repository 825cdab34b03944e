// The one statement that loads a citizen's per-table queries (src/store/perCitizenAggregate.ts on SQLite,
// src/store/postgresAggregate.ts on PostgreSQL, one citizen or several at once) returns exactly what the same
// queries return run one by one through knex: same rows, same order, same types once mapped, on every dialect of
// the run. Rows are inserted out of order on purpose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import knex from 'knex';
import { citizenReaderFor } from '../../src/store/citizenReader.ts';
import {
  citizenStateFromRows,
  citizenStateQueries,
  citizenStateQueriesFor,
  insertAbsence,
  insertContactGroup,
  insertEnrollment,
  insertMembership,
  insertPerson,
  loadCitizenState,
  upsertBenefitsAccount,
} from '../../src/store/citizenRepository.ts';
import { ContactProcessNotLoaded } from '../../src/domain/contactProcess.ts';
import { contactProcessQueries, loadContactProcess } from '../../src/store/contactProcessRepository.ts';
import { loadAggregate, loadEachQuery } from '../../src/store/perCitizenAggregate.ts';
import { compilePostgresAggregate, loadPostgresAggregates } from '../../src/store/postgresAggregate.ts';
import type { Queryable } from '../../src/store/queryable.ts';
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

const OTHER = '0202902345';
const UNKNOWN = '0303903456';

const summons = (id: string, cpr: string, startTime: string, selfBooked: boolean) => ({
  id,
  cpr,
  interview_type: 1,
  start_time: startTime,
  organisation_type: 8,
  organisation_code: '10100',
  self_booked: selfBooked,
  cancelled_at: null,
  version: 1,
  data: JSON.stringify({ id, note: 'æøå "quoted" \\ backslash' }),
});

describeEachDatabase('per-citizen aggregate', (db) => {
  test('one statement returns what the queries return one by one, for a citizen and for an unknown CPR', async () => {
    await db().transaction(async (trx) => {
      for (const cpr of [CPR, OTHER]) await insertPerson(trx, person(cpr));
      await insertContactGroup(trx, contactGroup(uuid(2), '2024-03-01'));
      await insertContactGroup(trx, contactGroup(uuid(1), '2024-01-01'));
      await insertContactGroup(trx, contactGroup(uuid(3), '2024-01-01', OTHER));
      await insertMembership(trx, membership(uuid(5), '2023-01-01'));
      await insertMembership(trx, membership(uuid(4), '2020-01-01'));
      await upsertBenefitsAccount(trx, benefitsAccount());
      await insertEnrollment(trx, enrollment(uuid(7), '2024-02-01'));
      await insertEnrollment(trx, enrollment(uuid(6), '2023-02-01', OTHER));
      await insertAbsence(trx, dfdgAbsence(uuid(12), '2024-05-01'));
      await insertAbsence(trx, authorityAbsence(uuid(11), '2024-04-01'));
      await insertAbsence(trx, authorityAbsence(uuid(10), '2024-04-01'));
      await insertAbsence(trx, { ...authorityAbsence(uuid(13), '2024-01-01'), deletedOn: '2024-02-01' });
      await trx('summons').insert(summons(uuid(21), CPR, '2025-05-01T10:00:00', true));
      await trx('summons').insert(summons(uuid(20), CPR, '2025-04-01T10:00:00', false));
      await trx('summons').insert(summons(uuid(22), OTHER, '2025-03-01T10:00:00', false));
      await trx('deadline').insert({
        id: uuid(30),
        cpr: CPR,
        status: 1,
        end_date: '2025-06-01',
        data: JSON.stringify({ id: uuid(30), cpr: CPR, endDate: '2025-06-01' }),
      });
    });
    for (const cpr of [CPR, OTHER, UNKNOWN]) {
      const expected = citizenStateFromRows(await loadEachQuery(db(), citizenStateQueries, cpr));
      assert.deepEqual(await loadCitizenState(db(), cpr), expected);
      // a write's partial load: the absences of some types only (a binding besides the CPR)
      const types = new Set([11, 75]);
      assert.deepEqual(
        await loadCitizenState(db(), cpr, types),
        citizenStateFromRows(await loadEachQuery(db(), citizenStateQueriesFor(types), cpr), types),
      );
      // inside a transaction too: the write path loads through its transaction
      await db().transaction(async (trx) => assert.deepEqual(await loadCitizenState(trx, cpr), expected));
      assert.deepEqual(
        await loadAggregate(db(), contactProcessQueries, cpr),
        await loadEachQuery(db(), contactProcessQueries, cpr),
      );
      // a summons write's partial load of the contact process: the parts it declares, as the whole load has them;
      // reading another part throws rather than seeing an empty list
      const whole = await loadContactProcess(db(), cpr);
      const parts = new Set(['deadlines', 'participationChoices'] as const);
      for (const q of [db(), null]) {
        const partial = q
          ? await loadContactProcess(q, cpr, parts)
          : await db().transaction((trx) => loadContactProcess(trx, cpr, parts));
        assert.deepEqual(partial.deadlines, whole.deadlines);
        assert.deepEqual(partial.participationChoices, whole.participationChoices);
        assert.throws(() => partial.summonses, ContactProcessNotLoaded);
        assert.throws(() => partial.signup, ContactProcessNotLoaded);
      }
    }
    assert.equal((await loadContactProcess(db(), CPR)).summonses.length, 2);
    assert.equal((await loadContactProcess(db(), CPR, new Set(['deadlines']))).deadlines[0]?.id, uuid(30));
    const [first] = (await loadAggregate(db(), contactProcessQueries, CPR)).summonses;
    assert.equal(first?.id, uuid(20));
    assert.equal(JSON.parse(String(first?.data)).note, 'æøå "quoted" \\ backslash');
    assert.equal((await loadCitizenState(db(), CPR))?.absences.length, 3);
  });

  test('a transaction sees its own writes through the one statement', async () => {
    const A = '0404904567';
    await db().transaction(async (trx) => {
      await insertPerson(trx, person(A));
      await insertAbsence(trx, authorityAbsence(uuid(30), '2024-06-01', A));
      assert.deepEqual(
        (await loadCitizenState(trx, A))?.absences.map((a) => a.id),
        [uuid(30)],
      );
      await trx.rollback();
    });
    assert.equal(await loadCitizenState(db(), A), null);
  });

  test('the reader answers loads of one moment each with its own citizen, known or not', async () => {
    const [A, B] = ['0505905678', '0606906789'];
    await db().transaction(async (trx) => {
      for (const cpr of [A, B]) await insertPerson(trx, person(cpr));
      await insertAbsence(trx, authorityAbsence(uuid(40), '2024-06-01', A));
      await insertAbsence(trx, authorityAbsence(uuid(41), '2024-07-01', B));
    });
    const reader = citizenReaderFor(db());
    try {
      const asked = [A, B, UNKNOWN, A, B];
      const got = await Promise.all(asked.map((cpr) => reader.load(cpr)));
      const expected = await Promise.all(asked.map((cpr) => loadCitizenState(db(), cpr)));
      assert.deepEqual(got, expected);
      assert.deepEqual(
        got.map((s) => s?.absences.map((a) => a.id) ?? null),
        [[uuid(40)], [uuid(41)], null, [uuid(40)], [uuid(41)]],
      );
      assert.notEqual(got[0], got[3], 'each request gets a state of its own');
    } finally {
      await reader.close();
    }
  });

  test('PostgreSQL: a connection plans the statement once and never again at a bind (src/store/database.ts)', async (t) => {
    if (db().client.dialect !== 'postgresql') return t.skip('the PostgreSQL statement only');
    await db().transaction(async (trx) => {
      // one transaction, one connection: its own prepared statements
      for (let i = 0; i < 8; i++) await loadCitizenState(trx, CPR);
      const { name } = compilePostgresAggregate(trx, citizenStateQueriesFor());
      const { rows } = (await trx.raw('select generic_plans, custom_plans from pg_prepared_statements where name = ?', [
        name,
      ])) as { rows: { generic_plans: string; custom_plans: string }[] };
      assert.equal(rows.length, 1, 'the aggregate is a prepared statement of the connection');
      assert.equal(Number(rows[0]!.custom_plans), 0, 'no plan for the values of one bind');
      assert.ok(Number(rows[0]!.generic_plans) >= 8, 'the generic plan at every execution');
    });
  });

  test('PostgreSQL: a query with bindings besides the CPR, for several citizens at once', async (t) => {
    const [A, B] = ['0707907890', '0808908901'];
    if (db().client.dialect !== 'postgresql') return t.skip('the PostgreSQL statement only');
    await db().transaction(async (trx) => {
      for (const cpr of [A, B]) await insertPerson(trx, person(cpr));
      await insertAbsence(trx, authorityAbsence(uuid(50), '2024-06-01', A));
      await insertAbsence(trx, { ...authorityAbsence(uuid(51), '2024-05-01', A), absenceType: 75 });
      await insertAbsence(trx, { ...authorityAbsence(uuid(52), '2024-04-01', B), absenceType: 75 });
    });
    const queries = {
      absences: (q: Queryable, cpr: string) =>
        q('absence')
          .where('absence_type', '>', 10)
          .andWhere({ cpr })
          .whereIn('absence_type', [75, 77])
          .orderBy([{ column: 'start_date', order: 'desc' }, { column: 'id' }]),
    };
    const rows = await loadPostgresAggregates(db(), queries, [A, B, UNKNOWN]);
    for (const cpr of [A, B, UNKNOWN])
      assert.deepEqual(
        rows.get(cpr)!.absences.map((r) => r.id),
        ((await queries.absences(db(), cpr)) as { id: string }[]).map((r) => r.id),
      );
    assert.deepEqual(
      rows.get(A)!.absences.map((r) => r.id),
      [uuid(51)],
    );
  });
});

test('the PostgreSQL statement refuses queries it cannot make one of', () => {
  const pg = knex({ client: 'pg' });
  const compile = (query: (q: Queryable, cpr: string) => ReturnType<Queryable>) =>
    compilePostgresAggregate(pg, { rows: query });
  assert.throws(() => compile((q, cpr) => q('person').select('cpr').where({ cpr })), /not a select \* from one table/);
  assert.throws(
    () => compile((q, cpr) => q('person').where({ cpr }).orWhere({ replaced_by_cpr: cpr })),
    /bind the CPR exactly once/,
  );
  assert.throws(() => compile((q) => q('person').where({ cpr: 'x' })), /bind the CPR exactly once/);
  const { sql, name } = compile((q, cpr) => q('person').where({ cpr }));
  assert.match(sql, /from unnest\(\?::text\[\]\) as c\(cpr\)$/);
  assert.match(name, /^dfdg_per_citizen_[0-9a-f]{16}$/);
});
