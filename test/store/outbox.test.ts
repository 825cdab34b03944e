// The outbox: rows in the given order with increasing sequence, written only when the business
// transaction commits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enqueue, listOutbox, type OutboxMessage } from '../../src/outbox/outbox.ts';
import { countDeliveredBefore, deleteDeliveredBefore } from '../../src/outbox/retention.ts';
import { insertPerson, loadCitizenState } from '../../src/store/citizenRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { CPR, person } from './citizens.ts';
import { clearOutbox } from '../support/outbox.ts';

const NOW = '2024-02-15T10:00:00.1234567+01:00';

const message = (n: number, type = 'GetAbsenceVersion7'): OutboxMessage => ({
  messageType: type,
  messageVersion: 7,
  receiver: {
    organisationType: n % 2 === 0 ? 8 : 2,
    organisationCode: n % 2 === 0 ? '10100' : '81',
    subQueue: n === 3 ? 'sub' : null,
  },
  citizenCpr: n === 4 ? null : CPR,
  entityKey: `absence-${n}`,
  payload: `<m n="${n}">æøå</m>`,
});

describeEachDatabase('outbox', (db) => {
  test('enqueue writes the messages in order; sequence increases; ids are time-ordered uuids (D-160)', async () => {
    const ids = await db().transaction((trx) =>
      enqueue(
        trx,
        [1, 2, 3, 4].map((n) => message(n)),
        NOW,
      ),
    );
    assert.equal(ids.length, 4);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual([...ids].sort(), ids, 'each id is later, as text, than the one before');
    const rows = await listOutbox(db());
    assert.deepEqual(
      rows.map((r) => r.id),
      ids,
    );
    assert.deepEqual(
      rows.map(({ id: _id, sequence: _s, ...rest }) => rest),
      [1, 2, 3, 4].map((n) => ({ ...message(n), createdAt: NOW, state: 'pending' })),
    );
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i]!.sequence > rows[i - 1]!.sequence, 'sequence increases');
  });

  test("a later transaction gets later sequences; a given id (the payload's MessageIdentifier) is kept", async () => {
    const before = await listOutbox(db());
    const given = crypto.randomUUID();
    const [id] = await db().transaction((trx) =>
      enqueue(trx, [{ ...message(5, 'GetBenefitsAccountFromFormerUnemploymentFundVersion3'), id: given }], NOW),
    );
    assert.equal(id, given);
    const after = await listOutbox(db());
    assert.equal(after.at(-1)!.id, given);
    assert.ok(after.at(-1)!.sequence > before.at(-1)!.sequence);
  });

  test('listOutbox filters by message type', async () => {
    const rows = await listOutbox(db(), { messageType: 'GetBenefitsAccountFromFormerUnemploymentFundVersion3' });
    assert.deepEqual(
      rows.map((r) => r.entityKey),
      ['absence-5'],
    );
  });

  test('enqueue with no messages writes nothing', async () => {
    const count = (await listOutbox(db())).length;
    assert.deepEqual(await db().transaction((trx) => enqueue(trx, [], NOW)), []);
    assert.equal((await listOutbox(db())).length, count);
  });

  test('many messages in one call keep their order across insert batches', async () => {
    await clearOutbox(db());
    const many = Array.from({ length: 250 }, (_, i) => ({ ...message(i), entityKey: `k${i}` }));
    await db().transaction((trx) => enqueue(trx, many, NOW));
    assert.deepEqual(
      (await listOutbox(db())).map((r) => r.entityKey),
      many.map((m) => m.entityKey),
    );
  });

  test('a rolled-back registration leaves neither its state nor its outbox rows', async () => {
    await clearOutbox(db());
    await assert.rejects(
      db().transaction(async (trx) => {
        await insertPerson(trx, person());
        await enqueue(trx, [message(1), message(2)], NOW);
        throw new Error('rule refused');
      }),
      /rule refused/,
    );
    assert.deepEqual(await listOutbox(db()), []);
    assert.equal(await loadCitizenState(db(), CPR), null);
  });

  test('retention deletes delivered messages older than the period with their payloads; pending and dead ones stay', async () => {
    await clearOutbox(db());
    const ids = await db().transaction((trx) =>
      enqueue(
        trx,
        [1, 2, 3, 4].map((n) => message(n)),
        NOW,
      ),
    );
    await db()('outbox_message')
      .where({ id: ids[0] })
      .update({ state: 'delivered', delivered_at: '2024-01-01T10:00:00+01:00' });
    await db()('outbox_message')
      .where({ id: ids[1] })
      .update({ state: 'delivered', delivered_at: '2024-02-14T10:00:00+01:00' });
    await db()('outbox_message').where({ id: ids[2] }).update({ state: 'dead' });
    const cutoff = new Date(Date.parse('2024-02-15T12:00:00Z') - 30 * 86_400_000).toISOString();
    assert.equal(await countDeliveredBefore(db(), cutoff), 1);
    assert.equal(await db().transaction((trx) => deleteDeliveredBefore(trx, cutoff)), 1);
    assert.deepEqual(
      (await listOutbox(db())).map((r) => r.id),
      ids.slice(1),
    );
    assert.equal(Number(((await db()('outbox_payload').count({ n: '*' }))[0] as { n: number | string }).n), 3);
  });
});
