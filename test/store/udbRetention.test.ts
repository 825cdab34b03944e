// The UDB queue's retention policy (D-298) on both dialects: a message UDB accepted more than OUTBOX_RETENTION_DAYS
// ago is deleted, a newer one and one never accepted are kept; the dry run counts what the run deletes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRetention } from '../../src/app/retention/engine.ts';
import { sentUdbMessageRetention } from '../../src/app/udb/retention.ts';
import { describeEachDatabase } from '../support/databases.ts';

const NOW = Date.parse('2024-03-31T00:00:00Z');
const DAY = 86_400_000;

describeEachDatabase('UDB queue retention', (db) => {
  test('D-298: sent 31 days ago → deleted; sent 29 days ago or never → kept', async () => {
    await db()('udb_message').del();
    const row = (id: string, sentAt: number | null) => ({
      id,
      cpr: '0101001234',
      kind: 'abonnement',
      body: '{}',
      created_at: NOW - 40 * DAY,
      sent_at: sentAt,
    });
    await db()('udb_message').insert([row('old', NOW - 31 * DAY), row('new', NOW - 29 * DAY), row('unsent', null)]);
    const policy = sentUdbMessageRetention(30, NOW);
    const dry = await runRetention(db(), [policy], '2024-03-31', 'dry-run');
    assert.equal(dry.outcomes[0]?.rows, 1);
    assert.equal(
      await db()('udb_message')
        .count({ n: '*' })
        .then((r) => Number(r[0]!.n)),
      3,
      'the dry run deletes nothing',
    );
    const run = await runRetention(db(), [policy], '2024-03-31', 'delete');
    assert.equal(run.outcomes[0]?.rows, 1);
    const left = (await db()('udb_message').select('id').orderBy('id')).map((r: { id: string }) => r.id);
    assert.deepEqual(left, ['new', 'unsent']);
  });
});
