// Where DFDG may push (issue 12 defect 4, D-146): the endpoint's shape, the address ranges that are not public, and
// the resolution checked at connect time — the socket goes to the address that was checked.
import assert from 'node:assert/strict';
import net from 'node:net';
import { afterEach, beforeEach, test } from 'node:test';
import { isPublicAddress } from '../../src/domain/publicAddress.ts';
import {
  allowAnySubscriptionPort,
  allowPrivateSubscriptionAddresses,
  checkSubscriptionEndpoint,
  subscriptionEndpoint,
} from '../../src/domain/subscriptionEndpoint.ts';
import {
  checkedAddresses,
  EndpointAddressRefused,
  guardedLookup,
  type Resolver,
} from '../../src/outbox/endpointAddress.ts';

// The switches are process-wide and a batch runs other files in this process first: each test starts from the
// defaults, and leaves them so.
const defaults = () => {
  allowAnySubscriptionPort(false);
  allowPrivateSubscriptionAddresses(false);
};
beforeEach(defaults);
afterEach(defaults);

test('subscription endpoints: https, and port 443 unless any port is allowed', () => {
  assert.equal(subscriptionEndpoint('https://fagsystem.example.dk/wsb'), 'https://fagsystem.example.dk/wsb');
  assert.equal(subscriptionEndpoint('https://fagsystem.example.dk:443/wsb'), 'https://fagsystem.example.dk/wsb');
  assert.equal(subscriptionEndpoint('https://fagsystem.example.dk:8443/wsb'), null);
  assert.equal(subscriptionEndpoint('http://fagsystem.example.dk/wsb'), null);
  assert.equal(subscriptionEndpoint('not a url'), null);
  allowAnySubscriptionPort(true);
  assert.equal(subscriptionEndpoint('https://fagsystem.example.dk:8443/wsb'), 'https://fagsystem.example.dk:8443/wsb');
  assert.equal(subscriptionEndpoint('http://fagsystem.example.dk:8443/wsb'), null, 'never plain http');
});

test('subscription endpoints: no credentials, no IP literal (in any spelling), at most 2,048 characters', () => {
  const reason = (url: string) => {
    const c = checkSubscriptionEndpoint(url);
    return c.ok ? null : c.reason;
  };
  assert.equal(reason('https://user:pass@fagsystem.example.dk/'), 'credentials in the URL');
  assert.equal(reason('https://user@fagsystem.example.dk/'), 'credentials in the URL');
  for (const literal of [
    '127.0.0.1',
    '0x7f.1',
    '2130706433',
    '[::1]',
    '[::ffff:127.0.0.1]',
    '169.254.169.254',
    '8.8.8.8',
  ])
    assert.equal(reason(`https://${literal}/wsb`), 'an IP address, not a host name', literal);
  const path = 'x'.repeat(2048 - 'https://a.dk/'.length);
  assert.equal(reason(`https://a.dk/${path}`), null, 'exactly 2,048 characters');
  assert.equal(reason(`https://a.dk/${path}x`), 'longer than 2048 characters');
  allowPrivateSubscriptionAddresses(true);
  assert.equal(reason('https://127.0.0.1/wsb'), null, 'SUBSCRIPTION_ALLOW_PRIVATE admits IP literals');
  assert.equal(reason('https://u:p@127.0.0.1/wsb'), 'credentials in the URL', 'but never credentials');
});

test('public addresses: loopback, link-local, private, unique-local, CGNAT and the like are not', () => {
  for (const a of [
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.1.2.3',
    '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
    '2002:c0a8:101::1', // 6to4 of 192.168.1.1
    '2001:db8::1',
  ])
    assert.equal(isPublicAddress(a), false, a);
  for (const a of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '193.163.1.1', '2a00:1450:4001:81b::200e', '::ffff:8.8.8.8'])
    assert.equal(isPublicAddress(a), true, a);
  assert.equal(isPublicAddress('not an address'), false);
});

const resolverOf =
  (answers: Record<string, string[]>): Resolver =>
  async (host) =>
    (answers[host] ?? []).map((address) => ({ address, family: net.isIP(address) }));

test('registration: a name resolving only to public addresses passes; one private address among them refuses it', async () => {
  const resolve = resolverOf({
    'fagsystem.example.dk': ['193.163.1.1', '2a00:1450:4001:81b::200e'],
    'mixed.example.dk': ['193.163.1.1', '10.0.0.7'],
    'metadata.example.dk': ['169.254.169.254'],
  });
  assert.equal((await checkedAddresses('fagsystem.example.dk', resolve)).length, 2);
  await assert.rejects(checkedAddresses('mixed.example.dk', resolve), /resolves to 10\.0\.0\.7: not a public address/);
  await assert.rejects(checkedAddresses('metadata.example.dk', resolve), EndpointAddressRefused);
  await assert.rejects(checkedAddresses('nothing.example.dk', resolve), /does not resolve/);
  await assert.rejects(checkedAddresses('127.0.0.1', resolve), /an IP address/);
  allowPrivateSubscriptionAddresses(true);
  assert.equal((await checkedAddresses('mixed.example.dk', resolve)).length, 2);
});

/** Connects to `host`:`port` with the guarded lookup; the address the socket reached, or the error. */
function connectVia(resolve: Resolver, host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = net.connect({ host, port, lookup: guardedLookup(resolve) as never });
    socket.once('connect', () => {
      done(`connected to ${socket.remoteAddress}`);
      socket.destroy();
    });
    socket.once('error', (err) => done(`refused: ${err.message}`));
  });
}

test('connect time: the name is resolved again and the socket goes to the checked address; a rebound name gets no connection', async () => {
  const server = net.createServer((s) => s.destroy());
  let accepted = 0;
  server.on('connection', () => (accepted += 1));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  try {
    // the name resolved to a public address when it was registered; now it resolves to loopback (DNS rebinding)
    let lookups = 0;
    const rebinding: Resolver = async () => {
      lookups += 1;
      return lookups === 1 ? [{ address: '193.163.1.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    };
    await checkedAddresses('rebinding.example.dk', rebinding);
    assert.match(
      await connectVia(rebinding, 'rebinding.example.dk', port),
      /refused: .*127\.0\.0\.1: not a public address/,
    );
    assert.equal(lookups, 2, 'resolved again at connect time');
    assert.equal(accepted, 0, 'no connection reached the loopback server');
    // where private addresses are allowed (tests), the same name connects — to the address the lookup checked
    allowPrivateSubscriptionAddresses(true);
    assert.equal(await connectVia(rebinding, 'rebinding.example.dk', port), 'connected to 127.0.0.1');
    assert.equal(accepted, 1);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
