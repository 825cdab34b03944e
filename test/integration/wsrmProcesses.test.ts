// The WSRM pull with several facade processes on one database (issue 5 §5): two `serve` processes besides
// the test's own app. Receivers drain their queues concurrently, each call of a sequence landing on another
// process; and one receiver's CreateSequences race on two processes — a CreateSequence closes the open one,
// so of two racing sequences exactly one can be terminated, and every message is delivered once, in order.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { enqueue, type OutboxMessage } from '../../src/outbox/outbox.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { absenceNotifications } from '../support/outbox.ts';
import { facadeProcess, killed, type FacadeProcess } from '../support/processes.ts';
import { fault, jobcenter, soapClient } from '../support/soapHarness.ts';
import { createSequence, endSequence, fetchAbsences, type ClientOf } from '../support/wsrmCalls.ts';
import { baseScenario } from './scenario.ts';

const BUSINESS_DATE = '2024-02-15';

/** The message ids of the payloads, in queue order (the WSRM MessageIdentifier is the row id). */
async function queue(h: { db: import('knex').Knex }, messages: OutboxMessage[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < messages.length; i += 500)
    ids.push(
      ...(await h.db.transaction((trx) => enqueue(trx, messages.slice(i, i + 500), '2024-02-15T10:00:00.000+01:00'))),
    );
  return ids;
}

eachDatabase('WSRM pull with several facade processes on one database', BUSINESS_DATE, baseScenario, (h) => {
  const processes: FacadeProcess[] = [];
  const bases: string[] = [];
  before(async () => {
    for (let i = 0; i < 2; i++)
      processes.push(
        facadeProcess(h().db, 'serve', 'server:listening', { PORT: '0', BUSINESS_DATE, PUSH_DISPATCHER: 'off' }),
      );
    for (const p of processes) bases.push(String((await p.started).url).replace('0.0.0.0', '127.0.0.1'));
  });
  after(async () => {
    for (const { child } of processes) await killed(child);
  });
  const on =
    (base: string, code: string): ClientOf =>
    (service) =>
      soapClient(base, service, jobcenter(code));

  test('three receivers drain concurrently, each call on another process: every message once, in queue order', async () => {
    const codes = ['10100', '10200', '10300'];
    const expected = new Map<string, string[]>();
    for (const code of codes)
      expected.set(
        code,
        await queue(h(), absenceNotifications({ organisationType: 8, organisationCode: code, subQueue: null }, 700)),
      );
    const drain = async (code: string) => {
      const got: string[] = [];
      for (let i = 0; ; i++) {
        const [here, there] = [on(bases[i % 2]!, code), on(bases[(i + 1) % 2]!, code)];
        const inventory = await createSequence(here);
        if (inventory.items.length === 0) return got;
        got.push(...(await fetchAbsences(there, inventory.id)).map((m) => m.messageId));
        await endSequence(i % 3 === 0 ? here : on(h().url, code), 'TerminateSequence', inventory.id);
      }
    };
    const drained = await Promise.all(codes.map(drain));
    codes.forEach((code, i) =>
      assert.deepEqual(drained[i], expected.get(code), `${code}: each of its messages once, in order`),
    );
    const left = await h().db('outbox_message').whereNot({ state: 'delivered' }).count({ n: '*' });
    assert.equal(Number(left[0]!.n), 0, 'nothing left');
  });

  test("one receiver's CreateSequences racing on two processes: exactly one of the two can be terminated, and every message is delivered once, in order", async () => {
    const expected = await queue(
      h(),
      absenceNotifications({ organisationType: 8, organisationCode: '10100', subQueue: null }, 1_200),
    );
    const [a, b] = [on(bases[0]!, '10100'), on(bases[1]!, '10100')];
    const delivered: string[] = [];
    for (let round = 0; round < 20; round++) {
      const racing = await Promise.all([createSequence(a), createSequence(b)]);
      if (racing.every((s) => s.items.length === 0)) break;
      const outcomes = await Promise.all(
        racing.map(async (s, i) => {
          const client = i === 0 ? a : b;
          try {
            const items = await fetchAbsences(client, s.id);
            await endSequence(client, 'TerminateSequence', s.id);
            return items.map((m) => m.messageId);
          } catch (err) {
            assert.equal((await fault(Promise.reject(err))).code, '4970', 'the loser was closed by the winner');
            return null;
          }
        }),
      );
      const winners = outcomes.filter((o) => o !== null);
      assert.equal(winners.length, 1, `round ${round}: exactly one of the racing sequences was still open`);
      const winner = racing[outcomes.findIndex((o) => o !== null)]!;
      assert.equal(
        winners[0]!.length,
        winner.items.reduce((n, i) => n + i.count, 0),
        'the winner delivered what its inventory announced',
      );
      delivered.push(...winners[0]!);
    }
    assert.deepEqual(delivered, expected, 'every message once, in queue order');
  });
});
