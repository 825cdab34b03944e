// The operator and harness commands as a vendor runs them (`npm run cli -- …`) on the test's database: the
// recording subscriber (throwaway certificates, --fail-next, --out JSONL, GET /_received only with a client
// certificate), a process of its own, receiving a dispatcher's messages; `replay-dead` by receiver and by message
// id; `outbox-retention` with OUTBOX_RETENTION_DAYS; `jobs`, the scheduled runs recorded. The commands that end run
// in-process through the command line's own parser (test/support/cli.ts) with the environment a process gets.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import { allowAnySubscriptionPort, allowPrivateSubscriptionAddresses } from '../../src/domain/subscriptionEndpoint.ts';
import { enqueue } from '../../src/outbox/outbox.ts';
import { PushDispatcher } from '../../src/outbox/pushDispatcher.ts';
import { IdentificationType, WSB, webserviceMessages } from '../../src/outbox/webserviceMessage.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { clearOutbox, clearSubscriptions, subscribeAll } from '../support/outbox.ts';
import { eventually } from '../support/eventually.ts';
import { runCommand } from '../support/cli.ts';
import { FACADE_MAIN, killed } from '../support/processes.ts';

const CPR = '0101901234';
const receiver = (code: string) => ({ organisationType: 8, organisationCode: code, subQueue: null });

/** One Indkaldelse.WSB message per receiver (subscribed first), committed; their ids in order. */
async function pushMessages(db: Knex, codes: string[], endpoint: string): Promise<string[]> {
  await subscribeAll(
    db,
    codes.map((c) => `8:${c}`),
    endpoint,
  );
  const event = {
    type: WSB.Indkaldelse,
    externalIdentifier: 'e1',
    versionIdentifier: 'v1',
    identificationType: IdentificationType.Cpr,
    identification: CPR,
    changeType: 1 as const,
    occurredAt: '2024-03-04T10:00:00+01:00',
  };
  return db.transaction((trx) =>
    enqueue(trx, webserviceMessages(event, codes.map(receiver), CPR), '2024-03-04T10:00:00+01:00'),
  );
}

const states = async (db: Knex, ids: string[]) =>
  ((await db('outbox_message').select('id', 'state').whereIn('id', ids)) as { id: string; state: string }[]).reduce<
    Record<string, string>
  >((m, r) => ({ ...m, [r.id]: r.state }), {});

// The recording subscriber listens on a free port of loopback (SUBSCRIPTION_ANY_PORT, SUBSCRIPTION_ALLOW_PRIVATE).
// Set before each test: a command run in-process (runCli) sets the switches from its own configuration.
beforeEach(() => {
  allowAnySubscriptionPort(true);
  allowPrivateSubscriptionAddresses(true);
});
// Process-wide switches: back to their defaults for the files that run after this one in the same process.
after(() => {
  allowAnySubscriptionPort(false);
  allowPrivateSubscriptionAddresses(false);
});

describeEachDatabase('operator commands', (db) => {
  test('recording-subscriber: makes certificates, fails as told, records to --out, and lists what it got only to a client with a certificate', async () => {
    await clearOutbox(db());
    await clearSubscriptions(db());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-cli-sub-'));
    const out = path.join(dir, 'received.jsonl');
    const child = spawn(
      process.execPath,
      [...FACADE_MAIN, 'recording-subscriber', '--port', '0', '--certs', dir, '--out', out, '--fail-next', '1'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const dispatcher = () =>
      new PushDispatcher(db(), {
        tls: {
          cert: fs.readFileSync(path.join(dir, 'client.crt'), 'utf8'),
          key: fs.readFileSync(path.join(dir, 'client.key'), 'utf8'),
          ca: fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
        },
        baseDelayMs: 1,
        maxDelayMs: 1,
      });
    try {
      const url = await new Promise<string>((resolve) => {
        let text = '';
        child.stdout!.on('data', (d: Buffer) => {
          text += d.toString();
          const m = /listening on (\S+)/.exec(text);
          if (m) resolve(m[1]!);
        });
      });
      const [id] = await pushMessages(db(), ['10101'], url + '/wsb');
      const d = dispatcher();
      assert.equal(await d.runOnce(), 0, 'the first POST is refused as told (--fail-next 1)');
      const [retry] = (await db()('outbox_message').select('next_attempt_at').where({ id })) as {
        next_attempt_at: number | string | null;
      }[];
      assert.ok(retry?.next_attempt_at != null, 'the refused message is scheduled for a retry');
      await eventually(() => Date.now() >= Number(retry.next_attempt_at), 'the retry to fall due');
      assert.equal(await d.runOnce(), 1, 'the retry arrives');
      await d.stop();
      const recorded = fs
        .readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { beskedId: string; clientSubject: string });
      assert.deepEqual(
        recorded.map((r) => r.beskedId),
        [id],
      );
      assert.equal(recorded[0]!.clientSubject, 'O=DFDG facade/CN=dfdg-dispatcher');
      const get = (withCert: boolean) =>
        new Promise<number>((resolve) => {
          const tls = withCert
            ? {
                cert: fs.readFileSync(path.join(dir, 'client.crt')),
                key: fs.readFileSync(path.join(dir, 'client.key')),
              }
            : {};
          https
            .get(
              url + '/_received',
              { ca: fs.readFileSync(path.join(dir, 'ca.crt')), ...tls },
              (res) => (res.resume(), resolve(res.statusCode ?? 0)),
            )
            .on('error', () => resolve(-1));
        });
      assert.equal(await get(true), 200);
      assert.notEqual(await get(false), 200, 'no client certificate, no answer');
    } finally {
      await killed(child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('replay-dead puts dead letters back on the queue: of one receiver (--receiver T:CODE), or one message (--id)', async (t) => {
    await clearOutbox(db());
    await clearSubscriptions(db());
    const [a, b, c] = await pushMessages(db(), ['10101', '10102', '10103'], 'https://127.0.0.1:9/wsb');
    await db()('outbox_message')
      .whereIn('id', [a!, b!, c!])
      .update({ state: 'dead', attempts: 10, last_error: 'HTTP 500' });
    const first = await runCommand(t, db(), ['replay-dead', '--receiver', '8:10101']);
    assert.match(first, /replay: 1 dead letter\(s\) back on the queue/);
    assert.deepEqual(await states(db(), [a!, b!, c!]), { [a!]: 'pending', [b!]: 'dead', [c!]: 'dead' });
    const second = await runCommand(t, db(), ['replay-dead', '--id', c!]);
    assert.match(second, /replay: 1 dead letter\(s\) back on the queue/);
    assert.deepEqual(await states(db(), [a!, b!, c!]), { [a!]: 'pending', [b!]: 'dead', [c!]: 'pending' });
    const [row] = (await db()('outbox_message').select('attempts').where({ id: a! })) as { attempts: number }[];
    assert.equal(Number(row!.attempts), 0, 'attempts start again');
  });

  test('outbox-retention deletes delivered messages older than OUTBOX_RETENTION_DAYS, payloads first, and nothing else', async (t) => {
    await clearOutbox(db());
    await clearSubscriptions(db());
    const [old, recent, pending] = await pushMessages(db(), ['10101', '10102', '10103'], 'https://127.0.0.1:9/wsb');
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    await db()('outbox_message')
      .where({ id: old! })
      .update({ state: 'delivered', delivered_at: daysAgo(31) });
    await db()('outbox_message')
      .where({ id: recent! })
      .update({ state: 'delivered', delivered_at: daysAgo(29) });
    const stdout = await runCommand(t, db(), ['outbox-retention'], { OUTBOX_RETENTION_DAYS: '30' });
    assert.match(stdout, /outbox retention: 1 delivered message\(s\) older than 30 days deleted/);
    assert.deepEqual(Object.keys(await states(db(), [old!, recent!, pending!])).sort(), [recent!, pending!].sort());
    assert.equal(((await db()('outbox_payload').where({ message_id: old! })) as unknown[]).length, 0);
  });
});

describeEachDatabase('jobs command', (db) => {
  test('jobs lists the scheduled runs newest slot first, of one job (--job) and at most --limit of them', async (t) => {
    await db()('job_run').del();
    const run = (job: string, slot: string, outcome: string, counts: string | null, error: string | null = null) => ({
      job_name: job,
      slot,
      business_date: slot.slice(0, 10),
      outcome,
      owner: 'host-1-x',
      attempt: 1,
      started_at: Date.parse(slot),
      ended_at: outcome === 'running' ? null : Date.parse(slot) + 1500,
      counts,
      error,
    });
    await db()('job_run').insert([
      run('deadline-expiry', '2024-03-04T23:05:00.000Z', 'succeeded', '{"expired":1,"deregistered":1}'),
      run('deadline-expiry', '2024-03-05T23:05:00.000Z', 'failed', null, 'connection lost'),
      run('transition-marking', '2024-03-05T23:00:00.000Z', 'running', null),
    ]);
    const all = (await runCommand(t, db(), ['jobs'])).trim().split('\n');
    assert.match(all[0]!, /^job +slot +outcome +started +ended +counts$/);
    assert.deepEqual(
      all.slice(1).map((l) => l.split(/ {2,}/)),
      [
        [
          'deadline-expiry',
          '2024-03-06T00:05:00+01:00',
          'failed',
          '2024-03-06T00:05:00+01:00',
          '2024-03-06T00:05:01+01:00',
          'error: connection lost',
        ],
        ['transition-marking', '2024-03-06T00:00:00+01:00', 'running', '2024-03-06T00:00:00+01:00', '-', '{}'],
        [
          'deadline-expiry',
          '2024-03-05T00:05:00+01:00',
          'succeeded',
          '2024-03-05T00:05:00+01:00',
          '2024-03-05T00:05:01+01:00',
          '{"expired":1,"deregistered":1}',
        ],
      ],
    );
    const one = (await runCommand(t, db(), ['jobs', '--job', 'deadline-expiry', '--limit', '1'])).trim().split('\n');
    assert.equal(one.length, 2);
    assert.match(one[1]!, /^deadline-expiry +2024-03-06T00:05:00\+01:00 +failed/);
    assert.equal(await runCommand(t, db(), ['jobs', '--job', 'candidate-check']), 'no job runs recorded\n');
  });
});
