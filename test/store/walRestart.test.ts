// The embedded SQLite database's WAL is rewound under a steady write load (src/store/sqliteClient.ts,
// "WAL restart"): SQLite itself restarts it only when a write transaction begins while every frame is
// already in the database file, which never happens while groups commit during every checkpoint pass.
// Observed from outside, as another process would: the WAL header's checkpoint sequence number (bytes 12–15
// of the -wal file) grows by one at each restart. SQLite only: PostgreSQL has no WAL of the facade's.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { dfdgCaller } from '../../src/app/context.ts';
import { inTransaction } from '../../src/app/unitOfWork.ts';
import { closeDatabase, openDatabase } from '../../src/store/database.ts';

const caller = dfdgCaller('wal-restart-test', '2024-02-15', '2024-02-15T10:00:00.000+01:00');
/** About one WAL frame per message. */
const PAYLOAD = `<m>${'x'.repeat(3000)}</m>`;

function checkpointSequence(walFile: string): number | null {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(walFile, 'r');
  try {
    return fs.readSync(fd, header, 0, 16, 0) === 16 ? header.readUInt32BE(12) : null;
  } finally {
    fs.closeSync(fd);
  }
}

test('under a steady write load the WAL is restarted, and every unit of work committed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wal-restart-'));
  const file = path.join(dir, 'db.sqlite');
  const db = await openDatabase({ client: 'better-sqlite3', connection: file });
  try {
    let written = 0;
    let restarted = false;
    const first = { sequence: null as number | null };
    const deadline = Date.now() + 90_000; // a bound on the loop, not a timed assertion
    // 20 writers at once, without pause: groups commit back to back, as under wrk
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (!restarted && Date.now() < deadline) {
          await inTransaction(db, caller, (w) =>
            w.outbox.enqueue([
              {
                messageType: 'GetAbsenceVersion7',
                messageVersion: 7,
                receiver: { organisationType: 8, organisationCode: '10100', subQueue: null },
                citizenCpr: null,
                entityKey: `k${written}`,
                payload: PAYLOAD,
              },
            ]),
          );
          written++;
          if (written % 200 === 0) {
            const sequence = checkpointSequence(`${file}-wal`);
            first.sequence ??= sequence;
            restarted = sequence !== null && first.sequence !== null && sequence !== first.sequence;
          }
        }
      }),
    );
    assert.ok(restarted, `the WAL was not restarted in ${written} units of work`);
    const [{ n }] = (await db('outbox_message').count({ n: '*' })) as [{ n: number }];
    assert.equal(Number(n), written);
  } finally {
    await closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
