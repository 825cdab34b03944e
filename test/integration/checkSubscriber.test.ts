// `npm run cli -- check-subscriber` (issue 18, src/outbox/subscriberConformance.ts) against the recording subscriber,
// which behaves as DFDG expects (every case ok, exit 0), and against a deliberately broken subscriber that takes
// pushes without a client certificate, refuses one message type, answers a duplicate BeskedId with 409 and keeps
// it twice: each of those cases is reported FAILED, the others ok, exit 1.
import assert from 'node:assert/strict';
import https from 'node:https';
import path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { RecordingSubscriber } from '../../src/cli/recordingSubscriber.ts';
import { runCli } from '../../src/cli/run.ts';
import type { ConformanceCase } from '../../src/outbox/subscriberConformance.ts';
import { WSB } from '../../src/outbox/webserviceMessage.ts';
import { testCertificates } from '../support/tls.ts';

/** The command's JSON report and exit code, run in-process with loopback endpoints allowed. */
async function check(
  t: TestContext,
  url: string,
  received: string,
): Promise<{ code: number; cases: ConformanceCase[] }> {
  const dir = testCertificates().dir;
  let out = '';
  const saved = { ...process.env };
  Object.assign(process.env, { LOG_LEVEL: 'silent', SUBSCRIPTION_ANY_PORT: 'on', SUBSCRIPTION_ALLOW_PRIVATE: 'on' });
  t.mock.method(console, 'log', (s: string) => void (out += s + '\n'));
  try {
    const args = ['check-subscriber', url, '--json', '--received-url', received, '--timeout-ms', '5000'];
    for (const [option, file] of [
      ['--cert', 'client.crt'],
      ['--key', 'client.key'],
      ['--ca', 'ca.crt'],
    ] as const)
      args.push(option, path.join(dir, file));
    const code = Number(await runCli(args));
    return { code, cases: JSON.parse(out) as ConformanceCase[] };
  } finally {
    t.mock.restoreAll();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const EVERY_TYPE = Object.values(WSB).map((w) => `${w.entityName} (EntitetId ${w.entityId})`);

describe('check-subscriber', () => {
  const certs = testCertificates();
  const good = new RecordingSubscriber({ cert: certs.server.cert, key: certs.server.key, clientCa: certs.ca });
  // takes anyone (no client certificate asked), refuses Nuph, answers a duplicate 409 and still keeps it
  const kept: string[] = [];
  const broken = https.createServer({ cert: certs.server.cert, key: certs.server.key }, (req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (req.method === 'GET') return void res.end(JSON.stringify(kept.map((beskedId) => ({ beskedId }))));
      const id = String(req.headers['x-besked-id']);
      const duplicate = kept.includes(id);
      kept.push(id);
      const message = JSON.parse(Buffer.concat(parts).toString('utf8')) as { EntitetNavn: string };
      res.writeHead(duplicate ? 409 : message.EntitetNavn === 'Nuph' ? 400 : 200).end();
    });
  });
  let goodUrl = '';
  let brokenUrl = '';
  before(async () => {
    goodUrl = await good.listen(0);
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
    brokenUrl = `https://127.0.0.1:${(broken.address() as { port: number }).port}`;
  });
  after(async () => {
    await good.close();
    broken.closeAllConnections();
    await new Promise((r) => broken.close(r));
  });

  test('a subscriber that behaves as DFDG expects passes every case: each message type, the duplicate kept once, untrusted clients refused', async (t) => {
    const { code, cases } = await check(t, goodUrl, `${goodUrl}/_received?distinct`);
    assert.deepEqual(
      cases.filter((c) => !c.ok),
      [],
    );
    assert.equal(code, 0);
    assert.deepEqual(
      cases.map((c) => c.name.replace(/\(01[0-9a-f-]+\)/, '(id)')),
      [
        'endpoint address',
        ...EVERY_TYPE,
        'the same BeskedId again (id)',
        'the duplicate has no side effect',
        'without a client certificate',
        'with a client certificate no trusted CA issued',
      ],
    );
    // what it received: one sample per type and the duplicate, from the client certificate given
    assert.equal(good.received.length, EVERY_TYPE.length + 1);
    assert.deepEqual(
      good.deduplicated().map((r) => r.message.EntitetNavn),
      Object.values(WSB).map((w) => w.entityName),
    );
  });

  test('a broken subscriber is reported case by case: the refused type, the duplicate, its side effect, and both untrusted clients', async (t) => {
    const { code, cases } = await check(t, brokenUrl, `${brokenUrl}/kept`);
    assert.equal(code, 1);
    const failed = Object.fromEntries(
      cases.filter((c) => !c.ok).map((c) => [c.name.replace(/\(01[0-9a-f-]+\)/, '(id)'), c.answered]),
    );
    assert.deepEqual(failed, {
      'Nuph (EntitetId 150001)': 'HTTP 400',
      'the same BeskedId again (id)': 'HTTP 409',
      'the duplicate has no side effect': 'listed 2 time(s)',
      'without a client certificate': 'HTTP 200',
      'with a client certificate no trusted CA issued': 'HTTP 200',
    });
    assert.equal(cases.filter((c) => c.ok).length, EVERY_TYPE.length);
  });

  test('an endpoint DFDG would not push to (http, not https on 443) is reported and nothing is sent', async (t) => {
    const before = good.received.length;
    let out = '';
    t.mock.method(console, 'log', (s: string) => void (out += s));
    const code = await runCli([
      'check-subscriber',
      'http://127.0.0.1:9/x',
      '--cert',
      path.join(certs.dir, 'client.crt'),
      '--key',
      path.join(certs.dir, 'client.key'),
    ]);
    t.mock.restoreAll();
    assert.equal(code, 1);
    assert.match(out, /\| endpoint address \|.*\| FAILED \|/);
    assert.equal(good.received.length, before);
  });
});
