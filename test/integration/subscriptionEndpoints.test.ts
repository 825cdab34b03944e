// Issue 12 defect 4 (SSRF through subscriptions): which endpoints DFDG may push to (D-146) — https, port 443, a
// host name without credentials, at most 2,048 characters, resolving only to public addresses — refused over
// SOAP on both subscription services (4972, nothing written), and checked again when the dispatcher connects:
// a subscription whose host resolves to loopback by then gets no connection at all.
import assert from 'node:assert/strict';
import dns from 'node:dns';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { makeDevCertificates, type DevCertificates } from '../../src/cli/devCertificates.ts';
import { RecordingSubscriber } from '../../src/cli/recordingSubscriber.ts';
import {
  allowAnySubscriptionPort,
  allowPrivateSubscriptionAddresses,
  MAX_ENDPOINT_LENGTH,
} from '../../src/domain/subscriptionEndpoint.ts';
import { enqueue } from '../../src/outbox/outbox.ts';
import { PushDispatcher } from '../../src/outbox/pushDispatcher.ts';
import { IdentificationType, WSB, webserviceMessages } from '../../src/outbox/webserviceMessage.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { subscribeAll } from '../support/outbox.ts';
import { jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { contactProcessScenario, KP } from './contactProcessScenario.ts';

const SYSTEM = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** Every shape of endpoint DFDG must refuse, with the reason its fault detail names. */
const REFUSED: readonly [string, RegExp][] = [
  ['http://fagsystem.example.dk/wsb', /not https/],
  ['https://fagsystem.example.dk:8443/wsb', /port 8443, not 443/],
  ['https://user:pass@fagsystem.example.dk/wsb', /credentials in the URL/],
  ['https://token@fagsystem.example.dk/wsb', /credentials in the URL/],
  ['https://127.0.0.1/wsb', /an IP address, not a host name/],
  ['https://169.254.169.254/latest/meta-data', /an IP address, not a host name/],
  ['https://10.0.0.1/wsb', /an IP address, not a host name/],
  ['https://2130706433/wsb', /an IP address, not a host name/], // 127.0.0.1 as one number
  ['https://[::1]/wsb', /an IP address, not a host name/],
  ['https://[fd00::1]/wsb', /an IP address, not a host name/],
  ['https://localhost/wsb', /localhost resolves to .*not a public address/],
  ['https://fagsystem.invalid/wsb', /fagsystem.invalid does not resolve/],
  [`https://fagsystem.example.dk/${'x'.repeat(MAX_ENDPOINT_LENGTH)}`, /longer than 2048 characters/],
];

let certs: DevCertificates;
let certDir: string;
before(() => {
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-endpoint-certs-'));
  certs = makeDevCertificates(certDir);
});
after(() => fs.rmSync(certDir, { recursive: true, force: true }));
afterEach(() => {
  allowAnySubscriptionPort(false);
  allowPrivateSubscriptionAddresses(false);
});

eachDatabase('subscription endpoints (issue 12 defect 4)', '2024-03-04', contactProcessScenario, (h) => {
  test('SetSubscriptions and SetAbonnementer refuse every endpoint DFDG may not push to with 4972 and write nothing', async () => {
    allowAnySubscriptionPort(false);
    allowPrivateSubscriptionAddresses(false);
    const subscriptions = await h().client('SubscriptionService', jobcenter('10100'));
    const abonnementer = await h().client('EksternKommunikation.AbonnementService', jobcenter('10100'));
    for (const [endpoint, reason] of REFUSED) {
      const viaSubscriptions = await refusedWithoutWrites(
        h().db,
        () =>
          subscriptions.SetSubscriptionsAsync({
            Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: endpoint }] },
          }),
        '4972',
      );
      assert.match(viaSubscriptions.body, reason, endpoint.slice(0, 80));
      // EksternKommunikation.AbonnementService's schema already bounds an endpoint to 500 characters (1014)
      const tooLongForSchema = endpoint.length > 500;
      const viaAbonnementer = await refusedWithoutWrites(
        h().db,
        () =>
          abonnementer.SetAbonnementerAsync({
            systemIdentifier: SYSTEM,
            abonnementer: { abonnement: [{ entitetId: 90000, endpoint }] },
          }),
        tooLongForSchema ? '1014' : '4972',
      );
      if (!tooLongForSchema) assert.match(viaAbonnementer.body, reason, endpoint.slice(0, 80));
      assert.ok(viaAbonnementer.body.length < 4000, 'the fault does not echo a long endpoint whole');
    }
    assert.equal(Number((await h().db('wsb_subscription').count({ n: '*' }))[0]!.n), 0);
  });

  test('one refused endpoint refuses the whole list', async () => {
    const c = await h().client('SubscriptionService', jobcenter('10100'));
    await refusedWithoutWrites(
      h().db,
      () =>
        c.SetSubscriptionsAsync({
          Subscriptions: {
            Subscription: [
              { EntitetNavn: 'Indkaldelse', EndpointUrl: 'https://fagsystem.example.dk/wsb' },
              { EntitetNavn: 'Frist', EndpointUrl: 'https://localhost/wsb' },
            ],
          },
        }),
      '4972',
    );
  });

  test('the endpoint hosts are resolved before the write opens its transaction: a slow name server holds up no other write', async (t) => {
    allowAnySubscriptionPort(false);
    allowPrivateSubscriptionAddresses(false);
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let slowAsked = false;
    const order: string[] = [];
    t.mock.method(dns.promises, 'lookup', async (host: string) => {
      if (host === 'slow.example.dk') {
        slowAsked = true;
        await gate;
      }
      return [{ address: '93.184.216.34', family: 4 }];
    });
    const set = async (code: string, host: string) =>
      (await h().client('SubscriptionService', jobcenter(code))).SetSubscriptionsAsync({
        Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: `https://${host}/wsb` }] },
      });
    const slow = set('10100', 'slow.example.dk').then(() => order.push('slow write answered'));
    await eventually(() => slowAsked, 'the slow host to be asked for');
    // Breaks the deadlock a resolution inside the transaction would make (SQLite: one connection); not a timing.
    const deadlockBreaker = setTimeout(() => (order.push('gate forced open'), openGate()), 10_000);
    await set('10101', 'fast.example.dk').then(() => order.push('other write answered'));
    openGate();
    await slow;
    clearTimeout(deadlockBreaker);
    assert.deepEqual(order, ['other write answered', 'slow write answered']);
  });

  test('SUBSCRIPTION_ALLOW_PRIVATE lets a test subscribe a recording subscriber on loopback', async () => {
    allowAnySubscriptionPort(true);
    allowPrivateSubscriptionAddresses(true);
    const c = await h().client('SubscriptionService', jobcenter('10100'));
    await c.SetSubscriptionsAsync({
      Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: 'https://127.0.0.1:8443/wsb' }] },
    });
    const [got] = await c.GetSubscriptionsAsync({});
    assert.equal(got.Subscriptions.Subscription[0].EndpointUrl, 'https://127.0.0.1:8443/wsb');
    // credentials stay refused whatever the switches say
    await refusedWithoutWrites(
      h().db,
      () =>
        c.SetSubscriptionsAsync({
          Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: 'https://u:p@localhost:8443/' }] },
        }),
      '4972',
    );
  });

  test('connect time: an endpoint whose host now resolves to loopback, or an IP literal, gets no connection; the message waits for a retry', async () => {
    allowAnySubscriptionPort(true); // the subscriber listens on a free port; only the address rules are under test
    const subscriber = new RecordingSubscriber({
      cert: certs.serverCert,
      key: certs.serverKey,
      clientCa: certs.caCert,
    });
    const url = await subscriber.listen(0);
    const port = new URL(url).port;
    const dispatcher = new PushDispatcher(h().db, {
      tls: { cert: certs.clientCert, key: certs.clientKey, ca: certs.caCert },
      baseDelayMs: 1,
      maxDelayMs: 1,
      timeoutMs: 1000,
    });
    let delivered = 0;
    try {
      for (const [endpoint, error] of [
        [`https://localhost:${port}/wsb`, /localhost resolves to .*not a public address/],
        [`https://127.0.0.1:${port}/wsb`, /endpoint not allowed: an IP address, not a host name/],
      ] as const) {
        await h().db('outbox_payload').del();
        await h().db('outbox_message').del();
        await h().db('wsb_subscription').del();
        // as a row registered while the name still resolved to a public address (DNS rebinding)
        await subscribeAll(h().db, ['8:10100'], endpoint);
        await pushOne();
        allowPrivateSubscriptionAddresses(false);
        assert.equal(await dispatcher.runOnce(), 0, endpoint);
        const [row] = (await h().db('outbox_message').select('state', 'last_error')) as {
          state: string;
          last_error: string;
        }[];
        assert.equal(row!.state, 'pending');
        assert.match(row!.last_error, error);
        assert.equal(subscriber.deduplicated().length, delivered, 'nothing reached the subscriber');
        // the same endpoint where private addresses are allowed (tests): delivered, so the refusal was the rule
        allowPrivateSubscriptionAddresses(true);
        await new Promise((r) => setTimeout(r, 5));
        assert.equal(await dispatcher.runOnce(), 1, endpoint);
        delivered += 1;
        assert.equal(subscriber.deduplicated().length, delivered);
      }
      assert.equal(subscriber.deduplicated().length, 2);
    } finally {
      await dispatcher.stop();
      await subscriber.close();
    }
  });

  async function pushOne(): Promise<void> {
    const event = {
      type: WSB.Indkaldelse,
      externalIdentifier: 'e1',
      versionIdentifier: 'v1',
      identificationType: IdentificationType.Cpr,
      identification: KP.afterPeriod,
      changeType: 1 as const,
      occurredAt: '2024-03-04T10:00:00+01:00',
    };
    const receiver = { organisationType: 8, organisationCode: '10100', subQueue: null };
    await h().db.transaction((trx) =>
      enqueue(trx, webserviceMessages(event, [receiver], KP.afterPeriod), '2024-03-04T10:00:00+01:00'),
    );
  }
});
