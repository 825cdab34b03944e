// Units of work as the application opens them (src/app/unitOfWork.ts), on a real database: on SQLite they
// commit in groups (src/store/groupCommit.ts), elsewhere one knex transaction each. On both, a unit of work
// settles only after its commit and another connection never sees its rows before; a failed one leaves the
// others committed. On SQLite: several units of work started together share one transaction, nothing of it is
// visible before its COMMIT, a failed COMMIT fails exactly that group's units of work, and another process
// wanting to write waits for the group.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import { dfdgCaller } from '../../src/app/context.ts';
import { inTransaction } from '../../src/app/unitOfWork.ts';
import { listOutbox, type OutboxMessage } from '../../src/outbox/outbox.ts';
import { clearOutbox } from '../support/outbox.ts';
import { describeEachDatabase, RawSqlite, type TestDialect } from '../support/databases.ts';

const NOW = '2024-02-15T10:00:00.000+01:00';
const caller = dfdgCaller('group-commit-test', '2024-02-15', NOW);

const message = (key: string): OutboxMessage => ({
  messageType: 'GetAbsenceVersion7',
  messageVersion: 7,
  receiver: { organisationType: 8, organisationCode: '10100', subQueue: null },
  citizenCpr: null,
  entityKey: key,
  payload: `<m>${key}</m>`,
});

/** Writes one outbox row keyed `key` as a unit of work; `before` runs first inside it. */
const write = (db: Knex, key: string, before: () => Promise<void> = async () => {}) =>
  inTransaction(db, caller, async (w) => {
    await before();
    await w.outbox.enqueue([message(key)]);
    return key;
  });

/** The outbox keys committed, as another connection (another process) sees them: never through the app's own
 *  SQLite connection, which would commit an open group before reading. */
function committedKeys(db: Knex, dialect: TestDialect): () => Promise<string[]> {
  if (dialect === 'postgres')
    return async () =>
      ((await db('outbox_message').select('entity_key').orderBy('entity_key')) as { entity_key: string }[]).map(
        (r) => r.entity_key,
      );
  const file = (db.client.config.connection as { filename: string }).filename;
  return async () => {
    const other = new RawSqlite(file, { readonly: true });
    try {
      const rows = (
        other.prepare('select entity_key from outbox_message order by entity_key') as unknown as {
          all(): { entity_key: string }[];
        }
      ).all();
      return rows.map((r) => r.entity_key);
    } finally {
      other.close();
    }
  };
}

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describeEachDatabase('units of work: commit, then answer', (db, dialect) => {
  test('a unit of work settles only after its commit, and no other connection sees its rows before', async () => {
    await clearOutbox(db());
    const committed = committedKeys(db(), dialect);
    let answeredA = false;
    const a = write(db(), 'gc-a').then(() => (answeredA = true));
    const bRunning = gate();
    const bMayFinish = gate();
    const b = write(db(), 'gc-b', async () => {
      bRunning.open();
      await bMayFinish.opened;
    });
    await bRunning.opened;
    try {
      // A's work is done (on SQLite it ran before B's on the one connection); B is still working.
      const seen = await committed();
      assert.equal(seen.includes('gc-a'), answeredA, 'A is answered exactly when its rows are committed');
      assert.ok(!seen.includes('gc-b'), "B's rows are not seen while B works");
      if (dialect === 'sqlite') {
        assert.equal(answeredA, false, 'A shares the group of B, which is still open: not answered yet');
        assert.deepEqual(seen, [], 'nothing of the open group is visible to another connection');
      }
    } finally {
      bMayFinish.open();
    }
    assert.deepEqual(await Promise.all([a, b]), [true, 'gc-b']);
    assert.deepEqual(await committed(), ['gc-a', 'gc-b']);
  });

  test('a unit of work that fails leaves the others started with it committed', async () => {
    await clearOutbox(db());
    const outcomes = await Promise.allSettled([
      write(db(), 'gc-1'),
      write(db(), 'gc-2', async () => {
        throw new Error('refused');
      }),
      inTransaction(db(), caller, async (w) => {
        await w.outbox.enqueue([message('gc-3')]);
        throw new Error('refused after writing');
      }),
      write(db(), 'gc-4'),
    ]);
    assert.deepEqual(
      outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message)),
      ['gc-1', 'refused', 'refused after writing', 'gc-4'],
    );
    // which committed, not in which order: on PostgreSQL the four are concurrent transactions on connections of
    // the pool, and `sequence` is taken at insert in whichever order they reach it (src/outbox/outbox.ts)
    assert.deepEqual((await listOutbox(db())).map((m) => m.entityKey).sort(), ['gc-1', 'gc-4']);
    assert.deepEqual(await committedKeys(db(), dialect)(), ['gc-1', 'gc-4']);
  });

  test("a unit of work's transaction reports its own commit: kept rows resolve it, rolled-back rows reject it", async () => {
    await clearOutbox(db());
    const seen: string[] = [];
    const watch = (key: string, fail: boolean) =>
      inTransaction(db(), caller, async (w) => {
        await w.outbox.enqueue([message(key)]);
        const execution = (w.trx as { executionPromise?: Promise<unknown> }).executionPromise!;
        execution.then(
          () => seen.push(`${key} committed`),
          () => seen.push(`${key} rolled back`),
        );
        if (fail) throw new Error('refused after writing');
        return key;
      });
    await Promise.allSettled([watch('ec-1', false), watch('ec-2', true), watch('ec-3', false)]);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen.sort(), ['ec-1 committed', 'ec-2 rolled back', 'ec-3 committed']);
  });

  if (dialect === 'sqlite') {
    test('a failed COMMIT fails exactly the units of work of its group; the next group commits', async () => {
      await clearOutbox(db());
      const first = await Promise.allSettled([
        write(db(), 'gc-x'),
        // a payload without its message, checked only at COMMIT: the group's COMMIT fails
        inTransaction(db(), caller, async (w) => {
          await w.trx.raw('PRAGMA defer_foreign_keys = ON');
          await w.trx('outbox_payload').insert({ message_id: 'no-such-message', payload: '<m/>' });
        }),
        write(db(), 'gc-y'),
      ]);
      for (const outcome of first) {
        assert.equal(outcome.status, 'rejected');
        assert.match(String((outcome as PromiseRejectedResult).reason), /FOREIGN KEY constraint failed/);
      }
      assert.equal(await write(db(), 'gc-z'), 'gc-z');
      assert.deepEqual(await committedKeys(db(), dialect)(), ['gc-z']);
      assert.equal(Number(((await db()('outbox_payload').count('* as n')) as { n: number }[])[0]!.n), 1);
    });

    test("another process's writer waits for an open group: its write lock is held from the group's BEGIN to its COMMIT", async () => {
      await clearOutbox(db());
      const file = (db().client.config.connection as { filename: string }).filename;
      const other = new RawSqlite(file, { timeout: 0 }); // fail at once instead of waiting for the lock
      try {
        const running = gate();
        const mayFinish = gate();
        const a = write(db(), 'gc-a');
        const b = write(db(), 'gc-b', async () => {
          running.open();
          await mayFinish.opened;
        });
        await running.opened;
        assert.throws(() => other.exec('BEGIN IMMEDIATE'), /database is locked/, 'the other writer must wait');
        mayFinish.open();
        await Promise.all([a, b]);
        other.exec('BEGIN IMMEDIATE'); // committed: the lock is free again
        other.exec('ROLLBACK');
      } finally {
        other.close();
      }
    });

    test('a query outside the units of work waits for the open group to commit, then sees all of it', async () => {
      await clearOutbox(db());
      const running = gate();
      const mayFinish = gate();
      const a = write(db(), 'gc-a');
      const b = write(db(), 'gc-b', async () => {
        running.open();
        await mayFinish.opened;
      });
      await running.opened;
      const read = listOutbox(db());
      mayFinish.open();
      assert.deepEqual(
        (await read).map((r) => r.entityKey),
        ['gc-a', 'gc-b'],
        'the read sees the whole group, committed',
      );
      assert.deepEqual(await Promise.all([a, b]), ['gc-a', 'gc-b']);
      assert.deepEqual(await committedKeys(db(), dialect)(), ['gc-a', 'gc-b']);
    });
  }
});
