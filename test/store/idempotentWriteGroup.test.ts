// Idempotent writes (src/app/idempotency.ts, D-148) started together, as a client's retries may arrive: on SQLite
// they are members of ONE group commit (the look-up of the identifier runs inside the member, so it commits
// nothing before), and still exactly one of them writes; the others answer its response once the group committed
// (another request under the identifier: 4977). A write that fails leaves the identifier free for the next
// member of the same group. On PostgreSQL the same holds with one transaction each.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { Knex } from 'knex';
import { dfdgCaller } from '../../src/app/context.ts';
import { idempotentWrite, type IdempotentRequest } from '../../src/app/idempotency.ts';
import { DfdgFault } from '../../src/faults/catalogue.ts';
import { listOutbox } from '../../src/outbox/outbox.ts';
import { groupCommitting } from '../../src/store/sqliteClient.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { clearOutbox } from '../support/outbox.ts';

const caller = dfdgCaller('idempotency-test', '2024-02-15', '2024-02-15T10:00:00.000+01:00');

const request = (messageIdentifier: string, digest = 'digest-a'): IdempotentRequest => ({
  organisationType: 8,
  organisationCode: '10100',
  messageIdentifier,
  operation: 'AbsenceRegistrationService.CreateAbsence',
  requestDigest: digest,
});

/** One idempotent write: an outbox row keyed `key`; its response names the key. `fail` throws after writing. */
const write = (db: Knex, r: IdempotentRequest, key: string, fail = false) =>
  idempotentWrite(db, caller, r, async (w) => {
    await w.outbox.enqueue([
      {
        messageType: 'GetAbsenceVersion7',
        messageVersion: 7,
        receiver: { organisationType: 8, organisationCode: '10100', subQueue: null },
        citizenCpr: null,
        entityKey: key,
        payload: `<m>${key}</m>`,
      },
    ]);
    if (fail) throw new Error(`refused ${key}`);
    return { wrote: key };
  });

const outcome = (o: PromiseSettledResult<unknown>) =>
  o.status === 'fulfilled'
    ? o.value
    : o.reason instanceof DfdgFault
      ? `fault ${o.reason.code}`
      : String((o.reason as Error).message);

/** What every write of `digests` answers when the one written is `written` (its digest `writtenDigest`). */
const expected = (keys: string[], digests: string[], written: string) => {
  const writtenDigest = digests[keys.indexOf(written)];
  return digests.map((d) => (d === writtenDigest ? { wrote: written } : 'fault 4977'));
};

describeEachDatabase('idempotent writes started together', (db, dialect) => {
  const groups = () => groupCommitting(db())?.groupStats().groups ?? 0;

  test('one write per identifier; the others answer its response (4977 for another request)', async () => {
    await clearOutbox(db());
    const id = randomUUID();
    const before = groups();
    const keys = ['first', 'second', 'other request', 'third'];
    const digests = ['digest-a', 'digest-a', 'digest-b', 'digest-a'];
    const outcomes = (await Promise.allSettled(keys.map((k, i) => write(db(), request(id, digests[i]), k)))).map(
      outcome,
    );
    const written = (await listOutbox(db())).map((m) => m.entityKey);
    assert.equal(written.length, 1, 'exactly one write');
    assert.deepEqual(outcomes, expected(keys, digests, written[0]!));
    // one connection, arrival order: the first writes; elsewhere whichever transaction claims first
    if (dialect === 'sqlite') {
      assert.deepEqual(written, ['first']);
      assert.equal(groups() - before, 1, 'the four shared one group and one COMMIT');
    }
  });

  test('a write that fails leaves the identifier to the next one of its group', async () => {
    await clearOutbox(db());
    const id = randomUUID();
    const before = groups();
    const outcomes = (
      await Promise.allSettled([
        write(db(), request(id), 'refused', true),
        write(db(), request(id), 'accepted'),
        write(db(), request(id), 'retry'),
      ])
    ).map(outcome);
    const written = (await listOutbox(db())).map((m) => m.entityKey);
    assert.equal(written.length, 1, 'exactly one write');
    assert.notEqual(written[0], 'refused');
    assert.deepEqual(outcomes.slice(1), [{ wrote: written[0] }, { wrote: written[0] }]);
    if (dialect === 'sqlite') {
      assert.equal(outcomes[0], 'refused refused');
      assert.deepEqual(written, ['accepted']);
      assert.equal(groups() - before, 1, 'the three shared one group and one COMMIT');
    }
  });
});
