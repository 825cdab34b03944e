// Pushed webservice messages end to end: SubscriptionService over SOAP; the dispatcher POSTing to a real
// HTTPS recording subscriber that demands DFDG's client certificate; the subscriber down, answering 500,
// slow past the timeout, dropping the connection — and everything arriving after recovery, in order per
// receiver, each BeskedId once after deduplication; dead letters and replay; two dispatchers on one database;
// a dispatcher process killed with SIGKILL mid-batch; /metrics.
import assert from 'node:assert/strict';
import net from 'node:net';
import path from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import type { DevCertificates } from '../../src/cli/devCertificates.ts';
import { RecordingSubscriber } from '../../src/cli/recordingSubscriber.ts';
import { enqueue } from '../../src/outbox/outbox.ts';
import { allowAnySubscriptionPort, allowPrivateSubscriptionAddresses } from '../../src/domain/subscriptionEndpoint.ts';
import { PushClient } from '../../src/outbox/pushClient.ts';
import { PushDispatcher, replayDeadLetters } from '../../src/outbox/pushDispatcher.ts';
import { IdentificationType, WSB, webserviceMessages } from '../../src/outbox/webserviceMessage.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { subscribeAll } from '../support/outbox.ts';
import { facadeProcess, killed, type FacadeProcess } from '../support/processes.ts';
import { jobcenter, metricsHeaders, refusedWithoutWrites } from '../support/soapHarness.ts';
import { drainQueue } from '../support/wsrmCalls.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { indkaldelse, summon } from './contactProcessCalls.ts';
import { facadeFetch, testCertificates } from '../support/tls.ts';

// The run's certificates (made once per run, test/support/tls.ts): the subscribers listen with the server's, the
// dispatchers present the harness's function certificate, DFDG's client certificate as makeDevCertificates makes it.
let certs: DevCertificates;
let certDir: string;
before(() => {
  const run = testCertificates();
  certDir = run.dir;
  certs = {
    dir: run.dir,
    caCert: run.ca,
    serverCert: run.server.cert,
    serverKey: run.server.key,
    clientCert: run.client.cert,
    clientKey: run.client.key,
  };
  // The test subscribers listen on free ports of loopback, not on 443 of a public host: SUBSCRIPTION_ANY_PORT=on
  // and SUBSCRIPTION_ALLOW_PRIVATE=on, as for the facade processes.
  allowAnySubscriptionPort(true);
  allowPrivateSubscriptionAddresses(true);
});
// Process-wide switches: back to their defaults for the files that run after this one in the same process.
after(() => {
  allowAnySubscriptionPort(false);
  allowPrivateSubscriptionAddresses(false);
});

const newSubscriber = () =>
  new RecordingSubscriber({ cert: certs.serverCert, key: certs.serverKey, clientCa: certs.caCert });
const dispatcherFor = (db: Knex, extra: Record<string, unknown> = {}) =>
  new PushDispatcher(db, {
    tls: { cert: certs.clientCert, key: certs.clientKey, ca: certs.caCert },
    pollMs: 50,
    baseDelayMs: 20,
    maxDelayMs: 200,
    timeoutMs: 1000,
    ...extra,
  });

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const states = async (db: Knex) =>
  (
    (await db('outbox_message').select('state').where('message_type', 'like', '%.WSB').orderBy('sequence')) as {
      state: string;
    }[]
  ).map((r) => r.state);

test("the push client presents DFDG's client certificate and accepts only a subscriber certificate of its CA", async () => {
  const subscriber = newSubscriber();
  const url = (await subscriber.listen(0)) + '/dfdg/wsb';
  // A CA that issued neither: the self-signed stranger of the run's certificates.
  const other = { caCert: testCertificates().stranger.cert };
  const trusting = new PushClient({ cert: certs.clientCert, key: certs.clientKey, ca: certs.caCert }, 1000, 2);
  const distrusting = new PushClient({ cert: certs.clientCert, key: certs.clientKey, ca: other.caCert }, 1000, 2);
  const anonymous = new PushClient({ ca: certs.caCert }, 1000, 2);
  const message = (id: string) => JSON.stringify({ BeskedId: id });
  try {
    assert.deepEqual(await trusting.post(url, 'a', message('a')), { ok: true, status: 204 });
    const refused = await distrusting.post(url, 'b', message('b'));
    assert.equal(refused.ok, false);
    assert.equal((await anonymous.post(url, 'c', message('c'))).ok, false);
    assert.deepEqual(
      subscriber.received.map((r) => [r.beskedId, r.clientSubject]),
      [['a', 'O=DFDG facade/CN=dfdg-dispatcher']],
    );
  } finally {
    for (const c of [trusting, distrusting, anonymous]) c.close();
    await subscriber.close();
  }
});

eachDatabase('pushed webservice messages', '2024-03-04', contactProcessScenario, (h) => {
  let subscriber: RecordingSubscriber;
  let url: string;
  const dispatchers: PushDispatcher[] = [];
  beforeEach(async () => {
    subscriber = newSubscriber();
    url = await subscriber.listen(0);
  });
  const stopAll = async () => {
    for (const d of dispatchers.splice(0)) await d.stop();
    await subscriber.close();
  };

  async function subscribe(endpoint = url, entities = ['Indkaldelse', 'Frist']): Promise<void> {
    const c = await h().client('SubscriptionService', jobcenter('10100'));
    await c.SetSubscriptionsAsync({
      Subscriptions: { Subscription: entities.map((e) => ({ EntitetNavn: e, EndpointUrl: endpoint + '/dfdg/wsb' })) },
    });
  }
  async function summonses(n: number): Promise<string[]> {
    const c = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter('10100'));
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(await summon(c, KP.afterPeriod, { start: `2024-03-2${i % 10}T10:00:00+01:00` }));
    return ids;
  }
  const receivedIds = () => subscriber.deduplicated().map((r) => String(r.message.EksternIdentifier));

  test('EksternKommunikation.AbonnementService: a system (systemIdentifier) sets all its subscriptions by EntitetId, idempotent and all or nothing; another system of the organisation cannot take a type; SubscriptionService sees the same subscriptions', async () => {
    try {
      const SYSTEM = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
      const OTHER = '3f2504e0-4f89-41d3-9a0c-0305e82c3302';
      const c = await h().client('EksternKommunikation.AbonnementService', jobcenter('10100'));
      const set = (system: string, abonnement: { entitetId: number; endpoint: string }[]) =>
        c.SetAbonnementerAsync({ systemIdentifier: system, abonnementer: { abonnement } });
      const endpoint = url + '/dfdg/wsb';
      await refusedWithoutWrites(
        h().db,
        () =>
          set(SYSTEM, [
            { entitetId: 90000, endpoint },
            { entitetId: 4711, endpoint },
          ]),
        '4976',
      );
      await set(SYSTEM, [
        { entitetId: 90000, endpoint },
        { entitetId: 90001, endpoint },
      ]);
      await set(SYSTEM, [
        { entitetId: 90000, endpoint },
        { entitetId: 90001, endpoint },
      ]);
      const [mine] = await c.GetAbonnementerAsync({ systemIdentifier: SYSTEM });
      assert.equal(mine.systemIdentifier, SYSTEM);
      assert.deepEqual(
        mine.abonnementer.abonnement.map((a: { entitetId: unknown }) => Number(a.entitetId)),
        [90001, 90000],
      );
      const [others] = await c.GetAbonnementerAsync({ systemIdentifier: OTHER });
      assert.equal(others.abonnementer?.abonnement, undefined);
      await refusedWithoutWrites(h().db, () => set(OTHER, [{ entitetId: 90000, endpoint }]), '4978');
      const [legacy] = await (await h().client('SubscriptionService', jobcenter('10100'))).GetSubscriptionsAsync({});
      assert.deepEqual(
        legacy.Subscriptions.Subscription.map((s: { EntitetNavn: string }) => s.EntitetNavn),
        ['Frist', 'Indkaldelse'],
      );
      await summonses(2);
      assert.deepEqual(await states(h().db), ['pending', 'pending']);
      const [dropped] = await set(SYSTEM, [{ entitetId: 90001, endpoint }]);
      assert.equal(Number(dropped.antalSlettedeBeskeder), 2);
      assert.deepEqual(await states(h().db), []);
    } finally {
      await stopAll();
    }
  });

  test('conventions.md §2: subscription endpoints are https on port 443 unless SUBSCRIPTION_ANY_PORT is on', async () => {
    const c = await h().client('EksternKommunikation.AbonnementService', jobcenter('10100'));
    const set = (endpoint: string) =>
      c.SetAbonnementerAsync({
        systemIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        abonnementer: { abonnement: [{ entitetId: 90000, endpoint }] },
      });
    await stopAll(); // no subscriber is needed here
    allowAnySubscriptionPort(false);
    try {
      const refused = await refusedWithoutWrites(h().db, () => set('https://fagsystem.example.dk:8443/wsb'), '4972');
      assert.equal(refused.text, 'The subscription endpoint must be an https URL on port 443 of a public host');
      await refusedWithoutWrites(h().db, () => set('http://fagsystem.example.dk/wsb'), '4972');
      await set('https://fagsystem.example.dk:443/wsb');
      const [got] = await c.GetAbonnementerAsync({ systemIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
      assert.equal(got.abonnementer.abonnement[0].endpoint, 'https://fagsystem.example.dk/wsb');
    } finally {
      allowAnySubscriptionPort(true);
    }
    await set('https://fagsystem.example.dk:8443/wsb');
  });

  test('SubscriptionService: set-all is idempotent and all or nothing; only subscribers get webservice messages; removing purges the undelivered ones', async () => {
    try {
      const c = await h().client('SubscriptionService', jobcenter('10100'));
      await refusedWithoutWrites(
        h().db,
        () =>
          c.SetSubscriptionsAsync({
            Subscriptions: {
              Subscription: [
                { EntitetNavn: 'Indkaldelse', EndpointUrl: url },
                { EntitetNavn: 'Ukendt', EndpointUrl: url },
              ],
            },
          }),
        '4971',
      );
      await refusedWithoutWrites(
        h().db,
        () =>
          c.SetSubscriptionsAsync({
            Subscriptions: {
              Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: 'http://fagsystem.example.dk/wsb' }],
            },
          }),
        '4972',
      );
      await summonses(1);
      assert.deepEqual(await states(h().db), [], 'no subscription: no webservice message');
      await subscribe();
      await subscribe();
      const [got] = await c.GetSubscriptionsAsync({});
      assert.deepEqual(
        got.Subscriptions.Subscription.map((s: { EntitetNavn: string }) => s.EntitetNavn),
        ['Frist', 'Indkaldelse'],
      );
      await summonses(2);
      assert.deepEqual(await states(h().db), ['pending', 'pending']);
      const [removed] = await c.RemoveSubscriptionAsync({ EntitetNavn: 'Indkaldelse' });
      assert.equal(Number(removed.PurgedMessageCount), 2);
      assert.deepEqual(await states(h().db), []);
      await refusedWithoutWrites(h().db, () => c.RemoveSubscriptionAsync({ EntitetNavn: 'Indkaldelse' }), '4973');
    } finally {
      await stopAll();
    }
  });

  test("a commit is pushed at once, over HTTPS with DFDG's client certificate, with the documented metadata and its BeskedId", async () => {
    try {
      await subscribe();
      const d = dispatcherFor(h().db, { pollMs: 60_000 }); // only the commit can wake it in time
      dispatchers.push(d);
      d.start();
      const [id] = await summonses(1);
      await eventually(() => subscriber.received.length === 1, 'the message');
      const [r] = subscriber.received;
      assert.equal(r!.clientSubject, 'O=DFDG facade/CN=dfdg-dispatcher');
      assert.equal(r!.beskedId, r!.message.BeskedId);
      assert.deepEqual(
        {
          EntitetNavn: r!.message.EntitetNavn,
          EntitetId: r!.message.EntitetId,
          EksternIdentifier: r!.message.EksternIdentifier,
          IdentifikationstypeId: r!.message.IdentifikationstypeId,
          Aendringstype: r!.message.Aendringstype,
        },
        {
          EntitetNavn: 'Indkaldelse',
          EntitetId: 90000,
          EksternIdentifier: id,
          IdentifikationstypeId: 1,
          Aendringstype: 1,
        },
      );
      await eventually(async () => (await states(h().db)).every((s) => s === 'delivered'), 'delivered state');
    } finally {
      await stopAll();
    }
  });

  test('R-NOT-16: a receiver on the old WSRM messages and one on the new webservice messages learn the same events (create, update, delete of a summons)', async () => {
    try {
      await subscribe();
      const d = dispatcherFor(h().db);
      dispatchers.push(d);
      d.start();
      const c = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter('10100'));
      const id = await summon(c, KP.afterPeriod, { start: '2024-03-20T10:00:00+01:00' });
      await c.UpdateIndkaldelseAsync({
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        Indkaldelse: indkaldelse({ BookingIdentifier: id, start: '2024-03-21T09:00:00+01:00' }),
      });
      await c.DeleteIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id });
      await eventually(() => subscriber.received.length === 3, 'three webservice messages');
      const pushed = subscriber.received.map((r) => r.message);
      const pulled = (await drainQueue((service) => h().client(service, jobcenter('10100')))).GetIndkaldelseVersion1!;
      // The same three events, in the same order, about the same summons and citizen, with the same change type
      // (a WSRM item has no registration type, notifications §2.2: version 1 is the creation, Aflyst the
      // cancellation).
      const changeOf = (info: { VersionIdentifier: unknown; Aflyst: unknown }) =>
        String(info.Aflyst) === 'true' ? 3 : Number(info.VersionIdentifier) === 1 ? 1 : 2;
      assert.deepEqual(
        pushed.map((m) => [m.EntitetNavn, m.EksternIdentifier, m.Identifikation, Number(m.Aendringstype)]),
        pulled.map((item) => [
          'Indkaldelse',
          item.IndkaldelseInfo.Indkaldelse.BookingIdentifier,
          item.PersonCivilRegistrationIdentifier,
          changeOf(item.IndkaldelseInfo),
        ]),
      );
      assert.deepEqual(
        pushed.map((m) => Number(m.Aendringstype)),
        [1, 2, 3],
      );
    } finally {
      await stopAll();
    }
  });

  test('subscriber down, then answering 500, then dropping connections, then too slow: after recovery everything arrives in order, each message once after dedupe', async () => {
    const port = await freePort();
    let late: RecordingSubscriber | null = null;
    // Each phase lasts until the dispatcher has recorded a failure of its kind on the queue's head message
    // (last_error), so every kind is really met, however fast or slow the machine; maxAttempts is high
    // enough that no phase turns the head into a dead letter (that is the next test).
    const headFailedWith = (pattern: RegExp) => async () =>
      (
        (await h().db('outbox_message').select('last_error').whereNotNull('last_error')) as { last_error: string }[]
      ).some((r) => pattern.test(r.last_error));
    try {
      await subscribe(`https://127.0.0.1:${port}`);
      const d = dispatcherFor(h().db, { timeoutMs: 150, maxAttempts: 1000 });
      dispatchers.push(d);
      d.start();
      const ids = await summonses(6);
      await eventually(
        async () => Number(((await h().db('outbox_message').max({ a: 'attempts' }))[0] as { a: number }).a) >= 2,
        'retries while down',
      );
      late = newSubscriber();
      late.behaviour = { fail: 1, failNext: 0, delayMs: 0, drop: 0 };
      await late.listen(port);
      await eventually(headFailedWith(/^HTTP 500$/), 'a 500 from the subscriber');
      late.behaviour = { fail: 0, failNext: 0, delayMs: 0, drop: 1 };
      await eventually(headFailedWith(/socket hang up|ECONNRESET/), 'a dropped connection');
      late.behaviour = { fail: 0, failNext: 0, delayMs: 400, drop: 0 };
      await eventually(headFailedWith(/^no answer within 150 ms$/), 'an answer too slow for the timeout');
      late.behaviour = { fail: 0, failNext: 0, delayMs: 0, drop: 0 };
      await eventually(() => late!.deduplicated().length === 6, 'all six', 30_000);
      assert.deepEqual(
        late.deduplicated().map((r) => String(r.message.EksternIdentifier)),
        ids,
        'in order per receiver',
      );
      await eventually(async () => (await states(h().db)).every((s) => s === 'delivered'), 'all delivered');
    } finally {
      await late?.close();
      await stopAll();
    }
  });

  test('a message failing maxAttempts times becomes a dead letter without blocking the next; replay puts it back', async () => {
    try {
      await subscribe();
      subscriber.behaviour = { fail: 0, failNext: 2, delayMs: 0, drop: 0 };
      const d = dispatcherFor(h().db, { maxAttempts: 2, events: h().app.events });
      dispatchers.push(d);
      d.start();
      const ids = await summonses(2);
      await eventually(async () => (await states(h().db)).join() === 'dead,delivered', 'first dead, second delivered');
      assert.deepEqual(receivedIds(), [ids[1]]);
      const metrics = await (await facadeFetch(h().url + '/metrics', { headers: metricsHeaders })).text();
      assert.match(metrics, /^dfdg_outbox_dead_letters 1$/m);
      assert.match(metrics, /^dfdg_push_dead_letters_total 1$/m, 'the dispatcher reports to the facade it runs beside');
      assert.equal(
        await replayDeadLetters(h().db, { receiver: { organisationType: 8, organisationCode: '10100' } }),
        1,
      );
      d.wake();
      await eventually(() => subscriber.deduplicated().length === 2, 'the replayed message');
      assert.deepEqual(receivedIds(), [ids[1], ids[0]]);
    } finally {
      await stopAll();
    }
  });

  /** A `dispatch` process on the test's database, with DFDG's client certificate. */
  const dispatcherProcess = (extra: NodeJS.ProcessEnv = {}) =>
    facadeProcess(h().db, 'dispatch', 'dispatcher:running', {
      SUBSCRIPTION_ANY_PORT: 'on',
      SUBSCRIPTION_ALLOW_PRIVATE: 'on',
      PUSH_CLIENT_CERT: path.join(certDir, 'client.crt'),
      PUSH_CLIENT_KEY: path.join(certDir, 'client.key'),
      PUSH_CA: path.join(certDir, 'ca.crt'),
      PUSH_POLL_MS: '50',
      PUSH_BASE_DELAY_MS: '20',
      ...extra,
    });

  test('two dispatchers in one process deliver every message exactly once', async () => {
    try {
      await subscribe();
      const ids = await summonses(20);
      const a = dispatcherFor(h().db, { owner: 'a' });
      const b = dispatcherFor(h().db, { owner: 'b' });
      dispatchers.push(a, b);
      a.start();
      b.start();
      await eventually(async () => (await states(h().db)).every((s) => s === 'delivered'), 'all delivered');
      assert.equal(subscriber.received.length, 20, 'no duplicates at all');
      assert.deepEqual(receivedIds(), ids);
    } finally {
      await stopAll();
    }
  });

  test('dispatchers share the receivers: each holds at most maxReceivers leases, the longest-waiting receivers first, and gives a drained one back', async () => {
    const receivers = ['10101', '10102', '10103', '10104'].map((code) => ({
      organisationType: 8,
      organisationCode: code,
      subQueue: null,
    }));
    await subscribeAll(
      h().db,
      receivers.map((r) => `8:${r.organisationCode}`),
      url + '/dfdg/wsb',
    );
    const event = (n: number) => ({
      type: WSB.Indkaldelse,
      externalIdentifier: `e${n}`,
      versionIdentifier: `v${n}`,
      identificationType: IdentificationType.Cpr,
      identification: KP.afterPeriod,
      changeType: 1 as const,
      occurredAt: '2024-03-04T10:00:00+01:00',
    });
    for (let n = 0; n < 3; n++)
      await h().db.transaction((trx) =>
        enqueue(trx, webserviceMessages(event(n), receivers, KP.afterPeriod), '2024-03-04T10:00:00+01:00'),
      );
    const a = dispatcherFor(h().db, { owner: 'a', concurrency: 2, maxReceivers: 2 });
    const b = dispatcherFor(h().db, { owner: 'b', concurrency: 2, maxReceivers: 2 });
    try {
      subscriber.behaviour = { fail: 0, failNext: 0, delayMs: 20, drop: 0 };
      const [byA, byB] = await Promise.all([a.runOnce(), b.runOnce()]);
      assert.deepEqual([byA, byB], [6, 6], 'two receivers with three messages each for every dispatcher');
      assert.equal(subscriber.received.length, 12, 'each message once');
      const leases = (await h().db('wsb_receiver_lease').select('owner')) as { owner: string | null }[];
      assert.deepEqual(
        leases.map((l) => l.owner),
        [null, null, null, null],
        'drained receivers are given back',
      );
    } finally {
      dispatchers.push(a, b);
      await stopAll();
    }
  });

  test('two dispatcher processes on one database deliver every message exactly once, in order', async () => {
    const children: FacadeProcess[] = [];
    try {
      await subscribe();
      subscriber.behaviour = { fail: 0, failNext: 0, delayMs: 10, drop: 0 };
      children.push(dispatcherProcess(), dispatcherProcess());
      await Promise.all(children.map((c) => c.started));
      // Both processes poll every 50 ms and race for the receiver's lease while the messages come in and
      // go out slowly.
      const ids = await summonses(30);
      await eventually(async () => (await states(h().db)).every((s) => s === 'delivered'), 'all delivered', 30_000);
      assert.equal(subscriber.received.length, 30, 'no message sent twice');
      assert.deepEqual(receivedIds(), ids);
    } finally {
      for (const { child } of children) await killed(child);
      await stopAll();
    }
  });

  test('a dispatcher process killed with SIGKILL mid-batch loses nothing: another takes over when its lease runs out', async () => {
    try {
      await subscribe();
      subscriber.behaviour = { fail: 0, failNext: 0, delayMs: 30, drop: 0 };
      const ids = await summonses(40);
      const { child, started } = dispatcherProcess({ PUSH_LEASE_MS: '1000' });
      await started; // within the start-up deadline: a start under load can take longer than `eventually` waits
      await eventually(() => subscriber.received.length >= 5, 'the child delivering');
      await killed(child);
      const before = subscriber.received.length;
      assert.ok(before < 40, 'killed mid-batch');
      const d = dispatcherFor(h().db, { owner: 'survivor' });
      dispatchers.push(d);
      d.start();
      await eventually(
        async () => (await states(h().db)).every((s) => s === 'delivered'),
        'all delivered after the takeover',
        30_000,
      );
      assert.deepEqual(receivedIds(), ids, 'each message once after dedupe, in order');
    } finally {
      await stopAll();
    }
  });
});
