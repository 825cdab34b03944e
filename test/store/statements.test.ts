// The hot write statements (src/store/statements.ts) give the same rows whichever way they run: inside a unit
// of work (on SQLite prepared statements on the held connection, on PostgreSQL knex on the transaction) and
// outside one (knex), on every dialect: order kept across INSERTs of 100 rows, booleans, nulls and missing
// values stored as knex stores them, reads by key and by column equal to knex's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dfdgCaller } from '../../src/app/context.ts';
import { inTransaction } from '../../src/app/unitOfWork.ts';
import {
  deleteWhere,
  insertRow,
  insertRows,
  insertWithChildren,
  rowByKey,
  rowsWhere,
  rowWhere,
  updateWhere,
} from '../../src/store/statements.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { clearOutbox } from '../support/outbox.ts';

const caller = dfdgCaller('statements-test', '2024-02-15', '2024-02-15T10:00:00.000+01:00');

const message = (n: number, subQueue?: string | null) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  message_type: 'GetAbsenceVersion7',
  message_version: 7,
  receiver_org_type: 8,
  receiver_org_code: '10100',
  receiver_sub_queue: subQueue,
  citizen_cpr: null,
  entity_key: `k-${String(n).padStart(3, '0')}`,
  created_at: '2024-02-15T10:00:00.000+01:00',
  state: 'pending',
});

describeEachDatabase('write statements', (db) => {
  test('insertRows keeps the order across INSERTs of 100 rows; undefined is stored as null', async () => {
    await clearOutbox(db());
    const rows = Array.from({ length: 250 }, (_, i) => message(i, i % 2 === 0 ? undefined : 'sub'));
    await inTransaction(db(), caller, (w) => insertRows(w.trx, 'outbox_message', rows));
    const stored = (await db()('outbox_message').orderBy('sequence')) as Record<string, unknown>[];
    assert.deepEqual(
      stored.map((r) => r.entity_key),
      rows.map((r) => r.entity_key),
    );
    assert.equal(stored[0]!.receiver_sub_queue, null);
    assert.equal(stored[1]!.receiver_sub_queue, 'sub');
  });

  test('insertWithChildren: parents in order, then children referencing them; one statement on PostgreSQL; a child without its parent writes neither', async () => {
    await clearOutbox(db());
    const parents = [message(1), message(2), message(3)];
    const children = parents.map((m) => ({ message_id: m.id, payload: `<p>${m.entity_key}</p>` }));
    let statements = 0;
    const count = () => void statements++;
    db().on('query', count);
    try {
      await inTransaction(db(), caller, (w) =>
        insertWithChildren(
          w.trx,
          { table: 'outbox_message', rows: parents },
          { table: 'outbox_payload', rows: children },
        ),
      );
    } finally {
      db().off('query', count);
    }
    const stored = (await db()('outbox_message')
      .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
      .orderBy('sequence')) as Record<string, unknown>[];
    assert.deepEqual(
      stored.map((r) => [r.entity_key, r.payload]),
      parents.map((m) => [m.entity_key, `<p>${m.entity_key}</p>`]),
    );
    // BEGIN and COMMIT are knex queries too; on SQLite the unit of work's statements are no knex queries at all
    if (db().client.dialect === 'postgresql') assert.equal(statements, 3, 'BEGIN, the one INSERT, COMMIT');
    const orphan = [{ message_id: message(9).id, payload: '<p/>' }];
    await assert.rejects(
      inTransaction(db(), caller, (w) =>
        insertWithChildren(
          w.trx,
          { table: 'outbox_message', rows: [message(4)] },
          { table: 'outbox_payload', rows: orphan },
        ),
      ),
    );
    assert.equal(
      await db()('outbox_message')
        .where({ id: message(4).id })
        .first(),
      undefined,
      'the parent rolled back',
    );
  });

  test('inside a unit of work the reads see its own writes and equal what knex reads outside', async () => {
    await clearOutbox(db());
    const seen = await inTransaction(db(), caller, async (w) => {
      await insertRow(w.trx, 'outbox_message', message(1));
      await insertRows(w.trx, 'outbox_payload', [{ message_id: message(1).id, payload: '<a/>' }]);
      return {
        one: await rowByKey(w.trx, 'outbox_message', 'id', message(1).id),
        none: await rowByKey(w.trx, 'outbox_message', 'id', 'no-such-id'),
        all: await rowsWhere(w.trx, 'outbox_payload', 'message_id', message(1).id, 'message_id'),
      };
    });
    assert.equal(seen.none, undefined);
    assert.deepEqual(seen.one, await rowByKey(db(), 'outbox_message', 'id', message(1).id));
    assert.deepEqual(seen.all, await rowsWhere(db(), 'outbox_payload', 'message_id', message(1).id, 'message_id'));
    assert.equal(seen.one!.entity_key, 'k-001');
  });

  test('rowWhere, updateWhere and deleteWhere by a composite key act as knex does', async () => {
    await db()('idempotent_write').del();
    const key = (code: string) => ({ organisation_type: 8, organisation_code: code, message_identifier: 'm-1' });
    const row = (code: string) => ({
      ...key(code),
      operation: 'op',
      request_digest: 'd',
      response: '',
      accepted_at: 1_700_000_000_000,
    });
    await db()('idempotent_write').insert([row('10100'), row('20100')]);
    const seen = await inTransaction(db(), caller, async (w) => {
      const before = await rowWhere(w.trx, 'idempotent_write', key('10100'));
      await updateWhere(w.trx, 'idempotent_write', key('10100'), { response: '{"a":1}' });
      await deleteWhere(w.trx, 'idempotent_write', { ...key('20100'), accepted_at: 1_700_000_000_000 });
      return { before, after: await rowWhere(w.trx, 'idempotent_write', key('10100')) };
    });
    assert.equal(seen.before!.response, '');
    assert.equal(seen.after!.response, '{"a":1}');
    assert.deepEqual(seen.after, await rowWhere(db(), 'idempotent_write', key('10100')));
    assert.equal(await rowWhere(db(), 'idempotent_write', key('20100')), undefined);
    assert.equal(await rowWhere(db(), 'idempotent_write', key('30100')), undefined);
    await db()('idempotent_write').del();
  });

  test('booleans are stored as knex stores them', async () => {
    const signup = { cpr: '0101901234', sms: true, email: false };
    await db()('notification_signup').del();
    await inTransaction(db(), caller, (w) => insertRow(w.trx, 'notification_signup', signup));
    await db()('notification_signup').insert({ ...signup, cpr: '0202902345' });
    const stored = (await db()('notification_signup').orderBy('cpr')) as Record<string, unknown>[];
    assert.equal(stored.length, 2);
    assert.deepEqual(
      { sms: stored[0]!.sms, email: stored[0]!.email },
      { sms: stored[1]!.sms, email: stored[1]!.email },
    );
    await db()('notification_signup').del();
  });
});
