// Hostile input is bounded (issue 12, defects 1 and 5): the XML's depth, attributes per element, name length and
// size are refused with 1014 before libxml2 parses the request; a fault lists at most 20 validation issues; a
// body over MAX_REQUEST_BYTES is refused from its Content-Length before it is read (and while streaming); a
// client that is slow with its headers or its body, or idle on a kept-alive connection, is dropped at the
// timeout; no more than MAX_CONNECTIONS are open at once. Each refusal writes nothing and stays small.
import assert from 'node:assert/strict';
import net from 'node:net';
import tls from 'node:tls';
import { test } from 'node:test';
import { DEFAULTS } from '../../src/config/defaults.ts';
import { createApp, type App } from '../../src/facade.ts';
import type { InputLimits } from '../../src/soap/inputLimits.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  jobcenter,
  postRaw,
  requestUserMetadataHeader,
  rowCounts,
} from '../support/soapHarness.ts';
import { facadeFetch, testCertificates } from '../support/tls.ts';
import { contractValidator } from '../support/wireValidation.ts';
import { baseScenario, CPR } from './scenario.ts';

const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const PVS_NS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const headers = activeOrganisationHeader(jobcenter()) + requestUserMetadataHeader(jobcenter());
/** A GetPersonExempts envelope; `attributes` go on the request element, `inside` before its CPR element. */
const exempts = ({ attributes = '', inside = '' } = {}) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${headers}</s:Header><s:Body>` +
  `<p:GetPersonExemptsRequest xmlns:p="${PVS_NS}"${attributes}>${inside}` +
  `<p:PersonCivilRegistrationIdentifier>${CPR.member}</p:PersonCivilRegistrationIdentifier>` +
  `</p:GetPersonExemptsRequest></s:Body></s:Envelope>`;
const manyAttributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}=""`).join('');

/** The FaultDetail texts of a DFDG fault. */
const faultDetails = (body: string) => [...body.matchAll(/<(?:\w+:)?FaultDetail>([^<]*)</g)].map((m) => m[1]!);

interface RawExchange {
  /** Everything the server sent before it closed the connection (or `waitMs` passed). */
  received: string;
  /** When the server closed the connection, in ms from the first byte sent; null if it was still open. */
  closedAfterMs: number | null;
}

/** Sends raw bytes over a plain socket (or TLS with the harness's client certificate for https) and reads until the server closes the connection or `waitMs` passes. */
function rawExchange(url: string, send: string, waitMs: number): Promise<RawExchange> {
  const { hostname, port, protocol } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { ca, client } = testCertificates();
    const socket =
      protocol === 'https:'
        ? tls.connect({ host: hostname, port: Number(port), ca, cert: client.cert, key: client.key })
        : net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let closedAfterMs: number | null = null;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ received: Buffer.concat(chunks).toString('utf8'), closedAfterMs });
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? undefined : reject(err)));
    socket.on('close', () => {
      closedAfterMs = performance.now() - started;
      done();
    });
    socket.write(send);
  });
}

const postHead = (length: number | null, extra = '') =>
  `POST ${EXEMPTS} HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml; charset=utf-8\r\n` +
  (length === null ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${length}\r\n`) +
  `${extra}\r\n`;

eachDatabase('input limits', '2024-02-15', baseScenario, (h) => {
  /** A facade of its own with some limits lowered, on the harness's database; closed after `body`. */
  async function withLimits(limits: Partial<InputLimits>, body: (url: string, app: App) => Promise<void>) {
    const app = createApp(h().db, h().clock, { limits, validator: contractValidator() });
    const url = await app.listen(0);
    try {
      await body(url, app);
    } finally {
      await app.close();
    }
  }

  /** Posts a request that must be refused with 1014, writes nothing and answers within 64 KB; its details. */
  async function refused(envelope: string): Promise<string[]> {
    const before = await rowCounts(h().db);
    const reply = await postRaw(h().url, EXEMPTS, envelope);
    assert.equal(reply.status, 500);
    assert.match(reply.body, /<faultcode>1014<\/faultcode>/);
    assert.ok(reply.body.length < 64 * 1024, `the refusal is ${reply.body.length} bytes`);
    assert.deepEqual(await rowCounts(h().db), before, 'a refused request writes nothing');
    return faultDetails(reply.body);
  }

  test('defect 1: 100,000 attributes on the request element (~1 MB) are refused with one detail in a small fault, fast', async () => {
    const flood = exempts({ attributes: manyAttributes(100_000) });
    const before = await rowCounts(h().db);
    const reply = await facadeFetch(h().url + EXEMPTS, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: flood,
    });
    const body = await reply.text();
    assert.equal(reply.status, 500);
    assert.match(body, /<faultcode>1014<\/faultcode>/);
    const at = flood.indexOf('<p:GetPersonExemptsRequest');
    assert.deepEqual(faultDetails(body), [
      `the element at offset ${at} has more than ${DEFAULTS.xmlMaxAttributes} attributes`,
    ]);
    assert.ok(body.length < 2048, `the fault is ${body.length} bytes (19 MB before)`);
    // the server's own time for it (its log line), upload excluded: the scan, not a parse and 100,000 validations
    const line = h()
      .logLines()
      .filter((l) => l.faultCode === 1014)
      .at(-1)!;
    assert.ok(Number(line.durationMs) < 500, `handled in ${line.durationMs} ms (~1.6 s before)`);
    assert.deepEqual(await rowCounts(h().db), before);
  });

  test('attribute count: XML_MAX_ATTRIBUTES per element, namespace declarations included; at the limit it is read', async () => {
    const declarations = Array.from({ length: DEFAULTS.xmlMaxAttributes }, (_, i) => ` xmlns:n${i}="urn:n${i}"`);
    const atLimit = exempts({ attributes: declarations.slice(1).join('') });
    const reply = await postRaw(h().url, EXEMPTS, atLimit);
    assert.equal(reply.status, 200, reply.body);
    const details = await refused(exempts({ attributes: declarations.join('') }));
    assert.match(details[0]!, new RegExp(`more than ${DEFAULTS.xmlMaxAttributes} attributes`));
  });

  test('element depth: more than XML_MAX_DEPTH nested elements are refused before parsing', async () => {
    const depth = DEFAULTS.xmlMaxDepth; // Envelope, Body and the request element are the first three levels
    const deep = (n: number) => `${'<p:x>'.repeat(n)}${'</p:x>'.repeat(n)}`;
    assert.deepEqual(await refused(exempts({ inside: deep(depth - 2) })), [
      `the request nests elements deeper than ${depth} levels`,
    ]);
    // one level less is within the limit: parsed and validated, so the schema refuses the unknown element
    const details = await refused(exempts({ inside: deep(depth - 3) }));
    assert.match(details[0]!, /Element '\{[^}]+\}x': This element is not expected/);
  });

  test('name length: an element or attribute name longer than XML_MAX_NAME_LENGTH is refused before parsing', async () => {
    const max = DEFAULTS.xmlMaxNameLength;
    assert.match((await refused(exempts({ inside: `<p:${'n'.repeat(max)}/>` })))[0]!, /a name at offset \d+ is longer/);
    assert.match((await refused(exempts({ attributes: ` ${'a'.repeat(max + 1)}="1"` })))[0]!, /is longer than 256/);
    const details = await refused(exempts({ inside: `<p:${'n'.repeat(max - 2)}/>` }));
    assert.match(details[0]!, /This element is not expected/, 'a name of the limit is parsed and validated');
  });

  test('total size: more than XML_MAX_NODES elements and attributes are refused before parsing', async () => {
    const details = await refused(exempts({ inside: '<p:x/>'.repeat(DEFAULTS.xmlMaxNodes) }));
    assert.deepEqual(details, [`the request has more than ${DEFAULTS.xmlMaxNodes} elements and attributes`]);
  });

  test('a fault lists at most 20 validation issues, each cut to 500 characters, the last saying how many were left out', async () => {
    // 60 attributes the schema does not allow (within the attribute limit): one issue each
    const details = await refused(exempts({ attributes: manyAttributes(60) }));
    assert.equal(details.length, DEFAULTS.faultMaxDetails);
    assert.match(details.at(-1)!, /^… and 41 more issues not shown$/);
    // libxml2 quotes a value that breaks its pattern: 100,000 characters of it
    const longCpr = exempts().replace(CPR.member, '9'.repeat(100_000));
    const reply = await postRaw(h().url, EXEMPTS, longCpr);
    assert.match(reply.body, /<faultcode>1001<\/faultcode>/);
    assert.ok(reply.body.length < 4096, `the fault is ${reply.body.length} bytes`);
    assert.ok(faultDetails(reply.body).every((d) => d.length <= DEFAULTS.faultMaxDetailLength));
  });

  test('UTF-16 requests are bounded alike; UCS-4 and encodings a byte scan cannot follow are refused', async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const post = (body: Buffer) =>
      facadeFetch(h().url + EXEMPTS, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: new Uint8Array(body),
      });
    const ok = await post(utf16(exempts()));
    assert.equal(ok.status, 200, await ok.text());
    const flood = await post(utf16(exempts({ attributes: manyAttributes(1000) })));
    assert.match(await flood.text(), /more than 64 attributes/);
    const ucs4 = Buffer.alloc(400);
    '<?xml version="1.0"?>'.split('').forEach((c, i) => ucs4.writeUInt32BE(c.charCodeAt(0), i * 4));
    assert.match(await (await post(ucs4)).text(), /must be encoded in UTF-8 or UTF-16/);
    const iso2022 = `<?xml version="1.0" encoding="ISO-2022-JP"?>${exempts()}`;
    assert.match(await (await post(Buffer.from(iso2022))).text(), /encoding ISO-2022-JP is not accepted/);
  });

  test('defect 5: a Content-Length over MAX_REQUEST_BYTES is refused with 1014 before the body is sent; with Expect: 100-continue no 100 is sent', async () => {
    for (const expect of ['', 'Expect: 100-continue\r\n']) {
      const { received, closedAfterMs } = await rawExchange(h().url, postHead(1024 ** 3, expect), 5000);
      assert.match(received, /^HTTP\/1\.1 500 /, 'the refusal comes first, without 100 Continue');
      assert.match(received, /<faultcode>1014<\/faultcode>/);
      assert.match(received, /the request is larger than 1048576 bytes/);
      assert.ok(closedAfterMs !== null && closedAfterMs < 3000, 'and the connection is closed');
    }
    const withinLimit = await rawExchange(h().url, postHead(100, 'Expect: 100-continue\r\n'), 300);
    assert.match(withinLimit.received, /^HTTP\/1\.1 100 Continue/, 'a body within the limit is asked for');
  });

  test('a chunked body growing past MAX_REQUEST_BYTES is refused while it streams', async () => {
    await withLimits({ maxRequestBytes: 4096 }, async (url) => {
      const chunk = 'x'.repeat(3000);
      const chunked = `${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(2);
      const { received } = await rawExchange(url, postHead(null) + chunked, 3000);
      assert.match(received, /^HTTP\/1\.1 500 [\s\S]*the request is larger than 4096 bytes/);
    });
  });

  test('headers that do not arrive within HEADERS_TIMEOUT_MS: 408 and the connection closed', async () => {
    await withLimits({ headersTimeoutMs: 300, requestTimeoutMs: 5000 }, async (url) => {
      const { received, closedAfterMs } = await rawExchange(url, `GET /health HTTP/1.1\r\nHost: x\r\n`, 5000);
      assert.match(received, /^HTTP\/1\.1 408 /);
      assert.ok(closedAfterMs !== null && closedAfterMs < 2500, `closed after ${closedAfterMs} ms`);
    });
  });

  test('a body stalled past REQUEST_TIMEOUT_MS: 408 and the connection closed, nothing buffered kept', async () => {
    await withLimits({ headersTimeoutMs: 200, requestTimeoutMs: 500 }, async (url) => {
      const { received, closedAfterMs } = await rawExchange(url, postHead(10_000) + '<s:Envelope', 5000);
      assert.match(received, /^HTTP\/1\.1 408 /);
      assert.ok(closedAfterMs !== null && closedAfterMs < 2500, `closed after ${closedAfterMs} ms`);
    });
  });

  test('an idle kept-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS', async () => {
    await withLimits({ keepAliveTimeoutMs: 200 }, async (url) => {
      const { received, closedAfterMs } = await rawExchange(url, `GET /health HTTP/1.1\r\nHost: x\r\n\r\n`, 5000);
      assert.match(received, /^HTTP\/1\.1 200 [\s\S]*ok$/);
      assert.ok(closedAfterMs !== null && closedAfterMs < 2000, `closed after ${closedAfterMs} ms`);
    });
  });

  test('no more than MAX_CONNECTIONS are open at once: a further connection is closed unanswered', async () => {
    await withLimits({ maxConnections: 2 }, async (url) => {
      const { hostname, port } = new URL(url);
      const open = await Promise.all(
        [1, 2].map(
          () =>
            new Promise<net.Socket>((resolve) => {
              const s = net.connect(Number(port), hostname, () => resolve(s));
            }),
        ),
      );
      try {
        const third = await rawExchange(url, `GET /health HTTP/1.1\r\nHost: x\r\n\r\n`, 3000);
        assert.equal(third.received, '', 'the third connection gets no answer');
        assert.notEqual(third.closedAfterMs, null, 'and is closed');
      } finally {
        for (const s of open) s.destroy();
      }
      await new Promise((r) => setTimeout(r, 100));
      const after = await fetch(url + '/health', { headers: { connection: 'close' } });
      assert.equal(await after.text(), 'ok', 'once they close, connections are taken again');
    });
  });
});
