// The WSDL documents over HTTP: `?singleWsdl` on every endpoint is one importable document (every reference
// resolves inside it, and xmllint validates the contract samples against the schemas it inlines); soap:address
// and the WSRM ServiceEndpoint follow X-Forwarded-Proto / X-Forwarded-Host only from a trusted proxy; a Host
// that is not a host name is refused, never copied into a WSDL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { XmlDocument, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import { createApp, type App } from '../../src/facade.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { activeOrganisationHeader, jobcenter, requestUserMetadataHeader } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';
import { facadeAgent, facadeFetch } from '../support/tls.ts';
import { contractValidator } from '../support/wireValidation.ts';

const exec = promisify(execFile);
const XS = 'http://www.w3.org/2001/XMLSchema';
const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
const SAMPLES = path.resolve(import.meta.dirname, '../samples');
const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'single-wsdl-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Reply {
  status: number;
  body: string;
  requestId?: string;
}

/** A raw HTTP(S) request (fetch cannot send an arbitrary Host header). */
function request(url: string, pathAndQuery: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const { hostname, port, protocol } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = (protocol === 'https:' ? https : http).request(
      {
        // the certificate names 127.0.0.1, not the Host header's name: no SNI from Host
        ...(protocol === 'https:' ? { agent: facadeAgent(), servername: '' } : {}),
        host: hostname,
        port,
        path: pathAndQuery,
        method: body === undefined ? 'GET' : 'POST',
        headers,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            requestId: res.headers['x-request-id'] as string | undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function elements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = parent.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

function descendants(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}

/** The element as a standalone document: its text plus every namespace declaration it inherits. */
function standalone(el: XmlElement): string {
  const declared = el.nsDeclarations;
  const inherited = Object.entries(el.namespaces).filter(([prefix]) => prefix !== 'xml' && !(prefix in declared));
  const decls = inherited.map(([prefix, uri]) => (prefix ? ` xmlns:${prefix}="${uri}"` : ` xmlns="${uri}"`)).join('');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + el.toString().replace(/^<([^\s/>]+)/, `<$1${decls}`);
}

function qname(el: XmlElement, value: string): string {
  const colon = value.indexOf(':');
  const prefix = colon < 0 ? '' : value.slice(0, colon);
  const ns = el.namespaces[prefix];
  assert.ok(ns !== undefined || prefix === '', `prefix ${prefix} of ${value} is bound on <${el.name}>`);
  return `{${ns ?? ''}}${value.slice(colon + 1)}`;
}

/** Every QName reference of the document (schema types, elements, WSDL messages, port type, binding) resolves. */
function assertReferencesResolve(root: XmlElement, service: string): void {
  const defined = new Set<string>();
  const wsdlNs = root.attr('targetNamespace')!.value;
  const all = descendants(root);
  for (const el of all) {
    const name = el.attr('name')?.value;
    if (!name) continue;
    const parent = el.parent!;
    if (el.namespaceUri === XS && parent.namespaceUri === XS && parent.name === 'schema')
      defined.add(
        `${el.name === 'element' ? 'element' : el.name === 'attribute' ? 'attribute' : 'type'}{${parent.attr('targetNamespace')!.value}}${name}`,
      );
    if (el.namespaceUri === WSDL && parent.namespaceUri === WSDL && parent.name === 'definitions')
      defined.add(`${el.name}{${wsdlNs}}${name}`);
  }
  const references: [string, string][] = [];
  for (const el of all) {
    for (const [attribute, kind] of [
      ['type', el.namespaceUri === WSDL ? 'portType' : 'type'],
      ['base', 'type'],
      ['itemType', 'type'],
      ['ref', 'element'],
      ['element', 'element'],
      ['message', 'message'],
      ['binding', 'binding'],
    ] as const) {
      const value = el.attr(attribute)?.value;
      if (!value || (el.namespaceUri === XS && el.name === 'element' && attribute === 'element')) continue;
      if (el.namespaceUri !== XS && el.namespaceUri !== WSDL && !['message'].includes(attribute)) continue;
      const ref = qname(el, value);
      if (ref.startsWith(`{${XS}}`)) continue; // a built-in type
      references.push([`${kind}${ref}`, `${el.name}/@${attribute}="${value}"`]);
    }
  }
  assert.ok(references.length > 5, `${service}: the check saw the references`);
  const unresolved = references.filter(([key]) => !defined.has(key)).map(([, where]) => where);
  assert.deepEqual(unresolved, [], `${service}: unresolved references in ?singleWsdl`);
}

eachDatabase('WSDL documents and the public address', '2024-02-15', baseScenario, (h) => {
  test('?singleWsdl on every endpoint: one document, schemas inlined without schemaLocation, every reference resolves, xmllint validates the samples against it', async () => {
    const services = (await (await facadeFetch(`${h().url}/services`)).json()) as { name: string; endpoint: string }[];
    assert.ok(services.length >= 14);
    for (const s of services) {
      const res = await facadeFetch(`${s.endpoint}?singleWsdl`);
      assert.equal(res.status, 200, s.name);
      const text = await res.text();
      assert.doesNotMatch(text, /schemaLocation=|<xs:include|<wsdl:import/, `${s.name}: nothing left to fetch`);
      const doc = XmlDocument.fromString(text);
      try {
        assertReferencesResolve(doc.root, s.name);
        const address = doc.get('//soap:address/@location', { soap: 'http://schemas.xmlsoap.org/wsdl/soap/' });
        assert.equal((address as unknown as { value: string }).value, s.endpoint);
        // the inlined schemas, each as a file, and an entry importing them by namespace
        const dir = fs.mkdtempSync(path.join(tmp, `${s.name}-`));
        const types = elements(doc.root).find((e) => e.name === 'types')!;
        const imports = elements(types).map((schema, i) => {
          const file = path.join(dir, `schema${i}.xsd`);
          fs.writeFileSync(file, standalone(schema));
          return `<xs:import namespace="${schema.attr('targetNamespace')!.value}" schemaLocation="${file}"/>`;
        });
        const entry = path.join(dir, 'entry.xsd');
        fs.writeFileSync(
          entry,
          `<xs:schema xmlns:xs="${XS}" targetNamespace="urn:single-wsdl:entry">${imports.join('')}</xs:schema>`,
        );
        const samples = await sampleParts(s.name, dir);
        assert.ok(samples.length > 0, `${s.name} has request samples`);
        const lint = await exec('xmllint', ['--noout', '--nonet', '--schema', entry, ...samples]).catch(
          (err: { stderr: string }) => ({ stderr: err.stderr }),
        );
        for (const f of samples) assert.match(lint.stderr, new RegExp(`${f} validates`), `${s.name}: ${lint.stderr}`);
      } finally {
        doc.dispose();
      }
    }
  });

  test('?wsdl and ?singleWsdl name the Host the client used; a Host that is not a host name is refused with 400, never echoed', async () => {
    const wsdl = await request(h().url, `${EXEMPTS}?wsdl`, { host: 'dfdg.test:8443' });
    assert.match(
      wsdl.body,
      /<soap:address location="https:\/\/dfdg\.test:8443\/1\/PersonVisitationStatusService\.svc"\/>/,
    );
    const ipv6 = await request(h().url, `${EXEMPTS}?singleWsdl`, { host: '[::1]:8080' });
    assert.match(
      ipv6.body,
      /<soap:address location="https:\/\/\[::1\]:8080\/1\/PersonVisitationStatusService\.svc"\/>/,
    );
    for (const host of ['x"><injected a="', 'evil.example/"><x', 'a b', "x'y", 'x&amp;y', '[::1"]']) {
      for (const target of [`${EXEMPTS}?wsdl`, `${EXEMPTS}?singleWsdl`, '/services']) {
        const reply = await request(h().url, target, { host });
        assert.equal(reply.status, 400, `${host} ${target}`);
        assert.ok(!reply.body.includes(host), 'the Host is not echoed');
      }
    }
    const post = await request(h().url, EXEMPTS, { host: '"><x', 'content-type': 'text/xml' }, '<x/>');
    assert.equal(post.status, 400);
  });

  test('X-Forwarded-Proto / X-Forwarded-Host from a peer that is not a trusted proxy are ignored (TRUSTED_PROXIES unset)', async () => {
    const reply = await request(h().url, `${EXEMPTS}?wsdl`, {
      host: 'internal:8080',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'attacker.example',
    });
    assert.match(reply.body, /location="https:\/\/internal:8080\/1\/PersonVisitationStatusService\.svc"/);
    assert.doesNotMatch(reply.body, /attacker/);
  });

  test('from a trusted proxy, soap:address, ?singleWsdl, /services and the WSRM ServiceEndpoint use the forwarded scheme and host; a forwarded host that is not a host name is refused', async () => {
    const app: App = createApp(h().db, h().clock, { trustedProxies: ['127.0.0.1'], validator: contractValidator() });
    const url = await app.listen(0);
    try {
      const forwarded = { host: 'internal:8080', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'dfdg.star.dk' };
      const expected = 'https://dfdg.star.dk/1/PersonVisitationStatusService.svc';
      for (const q of ['wsdl', 'singleWsdl']) {
        const reply = await request(url, `${EXEMPTS}?${q}`, forwarded);
        assert.ok(reply.body.includes(`<soap:address location="${expected}"/>`), `?${q}`);
      }
      // a message on the jobcentre's queue, so that CreateSequence answers an inventory with its endpoint
      const absences = await h().client('AbsenceRegistrationService', jobcenter());
      await absences.CreateAbsenceAsync({
        Absence: {
          PersonCivilRegistrationIdentifier: CPR.member,
          AbsenceTypeIdentifier: 10,
          StartDate: '2024-03-01T00:00:00',
          EndDate: '2024-03-10T00:00:00',
          NotificationDate: '2024-02-20T00:00:00',
        },
      });
      const services = JSON.parse((await request(url, '/services', forwarded)).body) as { endpoint: string }[];
      assert.ok(services.some((s) => s.endpoint === expected));
      const createSequence =
        `<s:Envelope xmlns:s="${SOAP}"><s:Header>${activeOrganisationHeader(jobcenter())}${requestUserMetadataHeader(jobcenter())}</s:Header>` +
        '<s:Body><wsrm:CreateSequence xmlns:wsrm="http://docs.oasis-open.org/ws-rx/wsrm/200602"/></s:Body></s:Envelope>';
      const answer = await request(
        url,
        '/3/WsrmService.svc',
        { ...forwarded, 'content-type': 'text/xml' },
        createSequence,
      );
      assert.equal(answer.status, 200, answer.body);
      assert.match(answer.body, /ServiceEndpoint>https:\/\/dfdg\.star\.dk\/11\/WsrmMessageService\.svc</);
      // the same request to the untrusted harness names its own Host
      const direct = await request(
        h().url,
        '/3/WsrmService.svc',
        { ...forwarded, 'content-type': 'text/xml' },
        createSequence,
      );
      assert.match(direct.body, /ServiceEndpoint>https:\/\/internal:8080\/11\/WsrmMessageService\.svc</);
      for (const bad of [{ 'x-forwarded-host': '"><x' }, { 'x-forwarded-proto': 'javascript' }]) {
        const reply = await request(url, `${EXEMPTS}?wsdl`, { ...forwarded, ...bad });
        assert.equal(reply.status, 400, JSON.stringify(bad));
      }
    } finally {
      await app.close();
    }
  });

  test("RFC 7239 Forwarded: from a trusted proxy its first element's proto and host name the address, before X-Forwarded-*; from anyone else it is ignored; a malformed one is refused with 400", async () => {
    const address = (body: string) => /<soap:address location="([^"]*)"/.exec(body)?.[1];
    const untrusted = await request(h().url, `${EXEMPTS}?wsdl`, {
      host: 'internal:8080',
      forwarded: 'proto=https;host=attacker.example',
    });
    assert.equal(address(untrusted.body), `https://internal:8080${EXEMPTS}`);
    const app: App = createApp(h().db, h().clock, { trustedProxies: ['127.0.0.1'], validator: contractValidator() });
    const url = await app.listen(0);
    try {
      const wsdlVia = async (headers: Record<string, string>) =>
        request(url, `${EXEMPTS}?wsdl`, { host: 'internal:8080', ...headers });
      const cases: [Record<string, string>, string][] = [
        [{ forwarded: 'for=192.0.2.60;proto=https;host=dfdg.star.dk' }, 'https://dfdg.star.dk'],
        // quoted host with a port, parameter names in any case, the second proxy's element ignored
        [
          {
            forwarded: 'For="[2001:db8:cafe::17]:4711"; Proto=HTTPS; Host="dfdg.star.dk:8443", for=10.0.0.1;host=inner',
          },
          'https://dfdg.star.dk:8443',
        ],
        // Forwarded wins per parameter; what it leaves out comes from X-Forwarded-*
        [
          { forwarded: 'host=dfdg.star.dk', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'other.example' },
          'https://dfdg.star.dk',
        ],
        [{ forwarded: 'for=192.0.2.60', 'x-forwarded-host': 'other.example' }, 'http://other.example'],
      ];
      for (const [headers, base] of cases) {
        const reply = await wsdlVia(headers);
        assert.equal(reply.status, 200, JSON.stringify(headers));
        assert.equal(address(reply.body), base + EXEMPTS, JSON.stringify(headers));
      }
      for (const forwarded of [
        'proto=javascript',
        'host="\\"><x"',
        'host="evil.example/"><x"',
        'host=a;host=b',
        'host="unterminated',
        'proto https',
        'host=a b',
      ]) {
        const reply = await wsdlVia({ forwarded });
        assert.equal(reply.status, 400, forwarded);
        assert.ok(!reply.body.includes('evil') && !reply.body.includes('<x'), 'nothing is echoed');
      }
    } finally {
      await app.close();
    }
  });

  test('an answer of 400 has its one request log line and x-request-id, with the service of the endpoint, or none off the endpoints', async () => {
    const before = h().logLines().length;
    const post = await request(h().url, EXEMPTS, { host: '"><x', 'content-type': 'text/xml' }, '<x/>');
    assert.equal(post.status, 400);
    const wsdl = await request(h().url, '/services', { host: 'a b' });
    assert.equal(wsdl.status, 400);
    const lines = h().logLines().slice(before);
    assert.deepEqual(
      lines.map((l) => [l.level, l.event, l.service, l.operation, l.status, l.faultCode, typeof l.requestId]),
      [
        ['warn', 'request', 'PersonVisitationStatusService', null, 400, null, 'string'],
        ['warn', 'request', null, null, 400, null, 'string'],
      ],
    );
    assert.equal(lines[0]!.requestId, post.requestId);
  });
});

/** The request samples of a service as standalone files: the Body's request element and each header block. */
async function sampleParts(service: string, dir: string): Promise<string[]> {
  const folder = path.join(SAMPLES, service);
  if (!fs.existsSync(folder)) return [];
  const out: string[] = [];
  for (const f of fs.readdirSync(folder).filter((n) => n.endsWith('.request.xml'))) {
    const doc = XmlDocument.fromBuffer(fs.readFileSync(path.join(folder, f)));
    try {
      const parts = elements(doc.root).filter((e) => e.namespaceUri === SOAP);
      for (const [i, part] of parts.flatMap((p) => elements(p)).entries()) {
        const file = path.join(dir, `${f}.${i}.xml`);
        fs.writeFileSync(file, standalone(part));
        out.push(file);
      }
    } finally {
      doc.dispose();
    }
  }
  return out;
}
