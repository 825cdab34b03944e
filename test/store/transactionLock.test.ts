// The citizen lock on PostgreSQL writes its key into the statement as a literal (src/store/transactionLock.ts), so
// that it goes out with the transaction's BEGIN (src/store/postgresClient.ts). The literal must be the key, whatever
// the key holds, and a key knex would misread (a `?`) is bound instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import { lockForTransaction, postgresLiteral } from '../../src/store/transactionLock.ts';
import { describeEachDatabase } from '../support/databases.ts';

const awkward = ["o'neil", 'back\\slash', "E'x'", "\\'", '$1 and ?? and :name', 'æøå §', ''];

/** This transaction's granted advisory locks (PostgreSQL). */
const advisoryLocks = async (trx: Knex.Transaction) =>
  (
    (await trx.raw(
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and pid = pg_backend_pid()",
    )) as { rows: { n: number }[] }
  ).rows[0]!.n;

describeEachDatabase('the lock of a transaction', (db, dialect) => {
  test('PostgreSQL: a key written in as a literal reads back as the key itself', async (t) => {
    if (dialect !== 'postgres') return t.skip('a PostgreSQL literal (SQLite takes no lock: one writer)');
    for (const key of awkward.filter((k) => !k.includes('?'))) {
      const { rows } = (await db().raw(`select ${postgresLiteral(key)}::text as v`)) as { rows: { v: string }[] };
      assert.equal(rows[0]!.v, key);
    }
  });

  test('PostgreSQL: every key locks for the transaction, one with a `?` bound', async (t) => {
    if (dialect !== 'postgres') return t.skip('an advisory lock (SQLite takes no lock: one writer)');
    await db().transaction(async (trx) => {
      for (const key of awkward) await lockForTransaction(trx, `lock-test|${key}`);
      assert.equal(await advisoryLocks(trx), new Set(awkward).size);
    });
  });
});

test('a PostgreSQL literal: E-quoted, quotes and backslashes doubled', () => {
  assert.equal(postgresLiteral("it's a\\b"), "E'it''s a\\\\b'");
  assert.equal(postgresLiteral(''), "E''");
});
