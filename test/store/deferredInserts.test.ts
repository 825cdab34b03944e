// A unit of work's INSERTs (src/store/statements.ts) on PostgreSQL are held on its transaction's connection and
// sent as one statement before the next statement that could see them (src/store/deferredInserts.ts,
// src/store/postgresClient.ts). What a unit of work observes is the same on every dialect: it reads its own rows,
// rows keep the order of the calls, an INSERT that fails fails the unit with nothing written, a rolled-back unit
// leaves nothing for the next, and a COMMIT whose rows fail leaves the connection with no transaction open. On
// PostgreSQL only: that the rows are held until a statement names their table, and which rows are not held.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import pg from 'pg';
import { dfdgCaller } from '../../src/app/context.ts';
import { inTransaction } from '../../src/app/unitOfWork.ts';
import { before, hold, take } from '../../src/store/deferredInserts.ts';
import { insertRow, insertRows, ROWS_PER_INSERT, rowByKey } from '../../src/store/statements.ts';
import { lockForTransaction } from '../../src/store/transactionLock.ts';
import { describeEachDatabase } from '../support/databases.ts';

const caller = dfdgCaller('deferred-inserts-test', '2024-02-15', '2024-02-15T10:00:00.000+01:00');

const audit = (id: string, cpr = '0101901234') => ({
  id,
  occurred_at: '2024-02-15T10:00:00.000+01:00',
  request_id: null,
  kind: 'write',
  cpr,
  organisation_type: 8,
  organisation_code: '10100',
  user_identifier: 'deferred-inserts-test',
  data_area: 'test',
  detail: '{}',
  operation: null,
  certificate: null,
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const historyRow = (entityId: string) => ({
  entity_kind: 'summons',
  entity_id: entityId,
  cpr: '0101901234',
  version: 1,
  change_type: 1,
  changed_at: '2024-02-15T10:00:00.000+01:00',
  changed_by_org_type: null,
  changed_by_org_code: null,
  snapshot: '{}',
});

/** Which of the audit rows `from`…`to` (ids) are committed. */
const committedIds = async (db: Knex, from: number, to: number) =>
  (
    (await db('audit_event')
      .whereBetween('id', [id(from), id(to)])
      .orderBy('id')
      .select('id')) as { id: string }[]
  ).map((r) => r.id);

/** The rows inserted into `table` as PostgreSQL counts them for this backend (this transaction's, and earlier ones'
 *  not yet reported); the statement does not name the table (its name is made in SQL), so it sends nothing held. */
async function insertedHere(trx: Knex.Transaction, table: string): Promise<number> {
  const [left, right] = [table.slice(0, 3), table.slice(3)];
  const { rows } = (await trx.raw(
    `select coalesce(sum(n_tup_ins), 0)::int as n from pg_stat_xact_user_tables where relname = ? || ?`,
    [left, right],
  )) as { rows: { n: number }[] };
  return rows[0]!.n;
}

/** Runs `work` and returns the statements pg sent meanwhile, by connection, in the order sent. */
async function statementsSent(work: () => Promise<void>): Promise<string[][]> {
  const sent = new Map<object, string[]>();
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: object, config: string | { text: string }, ...rest: unknown[]) {
    sent.set(this, [...(sent.get(this) ?? []), typeof config === 'string' ? config : config.text]);
    return (query as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return [...sent.values()];
}

describeEachDatabase('a unit of work’s INSERTs', (db, dialect) => {
  test('a unit of work reads the rows it inserted', async () => {
    const found = await inTransaction(db(), caller, async (w) => {
      await insertRow(w.trx, 'audit_event', audit(id(1)));
      return rowByKey(w.trx, 'audit_event', 'id', id(1));
    });
    assert.equal(found?.id, id(1));
  });

  test('rows inserted by several calls into one table keep the order of the calls (serial values in order)', async () => {
    await db()('contact_history').del();
    await inTransaction(db(), caller, async (w) => {
      for (const n of [1, 2, 3]) {
        await insertRows(w.trx, 'contact_history', [historyRow(`order-${n}a`), historyRow(`order-${n}b`)]);
        await insertRow(w.trx, 'audit_event', audit(id(100 + n))); // another table between the calls
      }
    });
    const rows = (await db()('contact_history').orderBy('seq').select('entity_id')) as { entity_id: string }[];
    assert.deepEqual(
      rows.map((r) => r.entity_id),
      ['order-1a', 'order-1b', 'order-2a', 'order-2b', 'order-3a', 'order-3b'],
    );
  });

  test('an INSERT that fails (a duplicate key) fails its unit of work, and nothing of the unit is written', async () => {
    await db()('audit_event').insert(audit(id(200)));
    await assert.rejects(
      inTransaction(db(), caller, async (w) => {
        await insertRow(w.trx, 'audit_event', audit(id(201)));
        await insertRow(w.trx, 'audit_event', audit(id(200)));
        return 'answered';
      }),
      /unique|UNIQUE|duplicate/,
    );
    assert.deepEqual(await committedIds(db(), 200, 299), [id(200)]);
  });

  test('a unit of work that rolls back leaves none of its rows to the next on the same connection', async () => {
    await assert.rejects(
      inTransaction(db(), caller, async (w) => {
        await insertRow(w.trx, 'audit_event', audit(id(301)));
        throw new Error('refused after inserting');
      }),
      /refused after inserting/,
    );
    // more units than the pool has connections: one of them had the rolled-back unit's
    for (let n = 0; n < 12; n++) {
      await inTransaction(db(), caller, async (w) => insertRow(w.trx, 'audit_event', audit(id(310 + n))));
    }
    const ids = await committedIds(db(), 300, 399);
    assert.ok(!ids.includes(id(301)));
    assert.equal(ids.length, 12);
  });

  test('a COMMIT whose rows fail fails its unit of work and leaves no transaction open on the connection', async () => {
    await db()('audit_event').insert(audit(id(400)));
    await assert.rejects(
      inTransaction(db(), caller, async (w) => {
        await insertRow(w.trx, 'audit_event', audit(id(400))); // held until the COMMIT on PostgreSQL
      }),
      /unique|UNIQUE|duplicate/,
    );
    for (let n = 0; n < 12; n++) {
      await inTransaction(db(), caller, async (w) => insertRow(w.trx, 'audit_event', audit(id(410 + n))));
    }
    assert.equal((await committedIds(db(), 400, 499)).length, 13);
  });

  test('PostgreSQL: the rows are held until a statement names their table, then sent before it', async (t) => {
    if (dialect !== 'postgres') return t.skip('rows are held on PostgreSQL only (SQLite inserts in process)');
    await inTransaction(db(), caller, async (w) => {
      const before = await insertedHere(w.trx, 'audit_event');
      await insertRow(w.trx, 'audit_event', audit(id(501)));
      await insertRow(w.trx, 'audit_event', audit(id(502)));
      assert.equal(
        await insertedHere(w.trx, 'audit_event'),
        before,
        'held: a statement naming no held table sends none',
      );
      assert.equal((await rowByKey(w.trx, 'audit_event', 'id', id(502)))?.id, id(502));
      assert.equal(await insertedHere(w.trx, 'audit_event'), before + 2, 'sent before the statement naming the table');
    });
  });

  test('PostgreSQL: a transaction’s BEGIN goes out with its first statement that binds nothing (the citizen lock), or on its own before one that binds', async (t) => {
    if (dialect !== 'postgres') return t.skip('a PostgreSQL round trip (SQLite runs in process)');
    const heldHere = (trx: Knex.Transaction) =>
      trx.raw(
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and pid = pg_backend_pid()",
      ) as Promise<{ rows: { n: number }[] }>;
    const connections = await statementsSent(async () => {
      await db().transaction(async (trx) => {
        await lockForTransaction(trx, 'begin-test|1');
        assert.equal((await heldHere(trx)).rows[0]!.n, 1, 'the lock is the transaction’s: still held');
        assert.equal(((await trx.raw('select ?::int as n', [7])) as { rows: { n: number }[] }).rows[0]!.n, 7);
      });
      await db().transaction(async (trx) => {
        await trx.raw("select 'begin-test-2' as marker where 1 = ?", [1]);
      });
    });
    const first = connections.find((c) => c.some((s) => s.includes('begin-test|1')))!;
    const from = first.findIndex((s) => s.includes('begin-test|1'));
    assert.deepEqual(first.slice(from, from + 4), [
      "BEGIN; SELECT pg_advisory_xact_lock(hashtext(E'begin-test|1'))",
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and pid = pg_backend_pid()",
      'select $1::int as n',
      'COMMIT;',
    ]);
    const second = connections.find((c) => c.some((s) => s.includes('begin-test-2')))!;
    const at = second.findIndex((s) => s.includes('begin-test-2'));
    assert.deepEqual(second.slice(at - 1, at + 2), [
      'BEGIN;',
      "select 'begin-test-2' as marker where 1 = $1",
      'COMMIT;',
    ]);
  });

  test('PostgreSQL: a statement sent with the BEGIN is the transaction’s: a rollback undoes it', async (t) => {
    if (dialect !== 'postgres') return t.skip('a PostgreSQL round trip (SQLite runs in process)');
    await assert.rejects(
      db().transaction(async (trx) => {
        await trx.raw(
          `insert into audit_event (id, occurred_at, kind, cpr, organisation_type, organisation_code, user_identifier, data_area, detail) values ('${id(701)}', '2024-02-15T10:00:00.000+01:00', 'write', '0101901234', 8, '10100', 'deferred-inserts-test', 'test', '{}')`,
        );
        throw new Error('undo');
      }),
      /undo/,
    );
    assert.deepEqual(await committedIds(db(), 701, 701), []);
  });

  test('PostgreSQL: rows with an object value (a Date; a buffer its caller may refill) and rows asked for now are inserted at once', async (t) => {
    if (dialect !== 'postgres') return t.skip('rows are held on PostgreSQL only (SQLite inserts in process)');
    await inTransaction(db(), caller, async (w) => {
      const before = await insertedHere(w.trx, 'audit_event');
      await insertRow(w.trx, 'audit_event', audit(id(601)), { now: true });
      assert.equal(await insertedHere(w.trx, 'audit_event'), before + 1);
      await insertRow(w.trx, 'audit_event', { ...audit(id(602)), occurred_at: new Date('2024-02-15T09:00:00Z') });
      assert.equal(await insertedHere(w.trx, 'audit_event'), before + 2);
    });
  });
});

test('held rows: a table once, its later rows joining its INSERT; one statement, each INSERT in a WITH of the last', () => {
  const connection = {};
  assert.ok(hold(connection, 'a', [{ x: 1, y: 'one' }], ROWS_PER_INSERT));
  assert.ok(hold(connection, 'b', [{ z: null }], ROWS_PER_INSERT));
  assert.ok(hold(connection, 'a', [{ x: 2, y: 'two' }], ROWS_PER_INSERT));
  assert.equal(hold(connection, 'a', [{ x: 3 }], ROWS_PER_INSERT), false, 'other columns: what is held goes first');
  const statement = take(connection)!;
  assert.equal(
    statement.sql,
    'with "held_0" as (insert into "a" ("x", "y") values ($1, $2), ($3, $4)) insert into "b" ("z") values ($5)',
  );
  assert.deepEqual(statement.bindings, [1, 'one', 2, 'two', null]);
  assert.match(statement.options.name, /^dfdg_held_[0-9a-f]{16}$/);
  assert.equal(take(connection), null, 'taken: nothing is held any more');
});

test('held rows: never more than one statement can bind', () => {
  const connection = {};
  const wide = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`c${i}`, i]));
  assert.equal(
    hold(
      connection,
      'wide',
      Array.from({ length: 100 }, () => wide),
      ROWS_PER_INSERT,
    ),
    false,
  );
  assert.ok(
    hold(
      connection,
      'narrow',
      Array.from({ length: 100 }, (_, i) => ({ n: i })),
      ROWS_PER_INSERT,
    ),
  );
  assert.equal(
    hold(connection, 'narrow', [{ n: 100 }], ROWS_PER_INSERT),
    false,
    'a held INSERT takes 100 rows at most',
  );
});

test('held rows and the next statement: a SELECT naming a held table, any other statement, a COMMIT send them; a SELECT naming none waits; a ROLLBACK or a BEGIN drops them', () => {
  const connection = {};
  assert.equal(before(connection, 'select 1'), 'none', 'nothing held');
  hold(connection, 'summons', [{ id: 'x' }], ROWS_PER_INSERT);
  assert.equal(before(connection, 'select * from "wsb_subscription" where "entity_name" = $1'), 'none');
  assert.equal(before(connection, 'SELECT pg_advisory_xact_lock(hashtext($1))'), 'none');
  assert.equal(
    before(connection, 'select "summons_id" from "participation_choice"'),
    'none',
    'a column is not the table',
  );
  assert.equal(before(connection, 'select * from "summons" where "id" = $1 limit $2'), 'send');
  assert.equal(before(connection, 'with t as (select 1) select * from t'), 'send', 'not plainly a SELECT');
  assert.equal(before(connection, 'update "deadline" set "status" = $1'), 'send');
  assert.equal(before(connection, 'SAVEPOINT trx2;'), 'send');
  assert.equal(before(connection, 'COMMIT;'), 'send');
  assert.equal(before(connection, 'ROLLBACK'), 'drop');
  assert.equal(before(connection, 'ROLLBACK TO SAVEPOINT trx2'), 'drop');
  assert.equal(before(connection, 'BEGIN;'), 'drop');
});
