// The embedded SQLite database under a write load that never pauses: the WAL is started over once it holds
// WAL_RESTART_FRAMES frames (src/store/sqliteClient.ts), instead of growing for as long as the load lasts; every
// row written meanwhile is kept. The bound is lowered here (the connection's `walRestartFrames`) so that a few
// seconds of load reach it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import knex, { type Knex } from 'knex';
import { CachingBetterSqlite3Client, WAL_RESTART_FRAMES } from '../../src/store/sqliteClient.ts';
import { writeTransaction } from '../../src/store/writeTransaction.ts';

/** Salt-1 of the WAL header (bytes 16–19): SQLite changes it each time the WAL is started over. */
const walSalt = (file: string) => fs.readFileSync(`${file}-wal`).subarray(16, 20).toString('hex');

test('a WAL that reaches its bound under a load without pauses is started over, and nothing written is lost', async () => {
  assert.ok(WAL_RESTART_FRAMES >= 65_536, 'the bound in production is far above the one of this test');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-wal-restart-'));
  const file = path.join(dir, 'wal.sqlite');
  const connection = { filename: file, walRestartFrames: 64 };
  const db = knex({
    client: CachingBetterSqlite3Client as unknown as typeof knex.Client,
    connection,
    useNullAsDefault: true,
  });
  const client = db.client as unknown as CachingBetterSqlite3Client;
  try {
    await db.schema.createTable('note', (t) => {
      t.increments('id');
      t.text('body').notNullable();
    });
    const firstSalt = walSalt(file);
    let written = 0;
    let load = true;
    const writer = async () => {
      while (load) {
        await writeTransaction(db, (trx: Knex.Transaction) => trx('note').insert({ body: 'x'.repeat(3000) }));
        written++;
      }
    };
    // eight writers, so that a group is always waiting for the connection: the load never pauses
    const writers = Array.from({ length: 8 }, writer);
    // the checkpointer's first pass comes 0.5 s after the connection opened, then every 0.5 s; 30 s is only the
    // point where the test gives up
    const giveUp = Date.now() + 30_000;
    while (client.walRestartCount() === 0 && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 50));
    load = false;
    await Promise.all(writers);

    assert.ok(client.walRestartCount() >= 1, 'the WAL was started over while the load ran');
    assert.notEqual(walSalt(file), firstSalt, 'the WAL header was written anew');
    const [{ n }] = (await db('note').count({ n: '*' })) as [{ n: number }];
    assert.equal(Number(n), written, 'every row written is there');
    const [check] = (await db.raw('pragma integrity_check')) as [{ integrity_check: string }];
    assert.equal(check.integrity_check, 'ok');
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
