// The address answers point back at (issue 12, defect 6; D-88, D-145): with PUBLIC_BASE_URL set, the WSDL's
// soap:address, ?singleWsdl, /services and the WSRM ServiceEndpoint name it whatever Host or X-Forwarded-* a
// request carries, so markup in a Host header (`"><x`, quotes) reaches no answer; unset, such a Host is refused.
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import { test } from 'node:test';
import { createApp } from '../../src/facade.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { activeOrganisationHeader, jobcenter, requestUserMetadataHeader } from '../support/soapHarness.ts';
import { facadeAgent } from '../support/tls.ts';
import { baseScenario, CPR } from './scenario.ts';

const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const HOSTILE = ['"><x', `x'"><injected a="`, 'dfdg.test"'];

function request(url: string, target: string, headers: Record<string, string>, body?: string) {
  const { hostname, port, protocol } = new URL(url);
  const method = body === undefined ? 'GET' : 'POST';
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const options = { host: hostname, port, path: target, method, headers, setHost: false };
    const respond = (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    };
    const req =
      protocol === 'https:'
        ? https.request({ ...options, agent: facadeAgent(), servername: 'localhost' }, respond) // TLS name, not the Host sent
        : http.request(options, respond);
    req.on('error', reject);
    req.end(body);
  });
}

eachDatabase('public address', '2024-02-15', baseScenario, (h) => {
  test('PUBLIC_BASE_URL wins over Host and X-Forwarded-*: WSDLs, /services and the WSRM ServiceEndpoint name it; a hostile Host reaches no answer', async () => {
    const app = createApp(h().db, h().clock, {
      publicBaseUrl: 'https://dfdg.example.dk',
      trustedProxies: ['127.0.0.1'],
    });
    const url = await app.listen(0);
    try {
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
      const createSequence =
        `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${activeOrganisationHeader(jobcenter())}` +
        `${requestUserMetadataHeader(jobcenter())}</s:Header><s:Body>` +
        '<wsrm:CreateSequence xmlns:wsrm="http://docs.oasis-open.org/ws-rx/wsrm/200602"/></s:Body></s:Envelope>';
      for (const host of HOSTILE) {
        const headers = { host, 'x-forwarded-host': host, 'x-forwarded-proto': 'http' };
        for (const q of ['wsdl', 'singleWsdl']) {
          const wsdl = await request(url, `${EXEMPTS}?${q}`, headers);
          assert.equal(wsdl.status, 200);
          assert.ok(wsdl.body.includes(`<soap:address location="https://dfdg.example.dk${EXEMPTS}"/>`), q);
          assert.ok(!wsdl.body.includes(host));
        }
        const services = await request(url, '/services', headers);
        assert.ok(!services.body.includes(host));
        const endpoints = (JSON.parse(services.body) as { endpoint: string }[]).map((s) => s.endpoint);
        assert.ok(endpoints.every((e) => e.startsWith('https://dfdg.example.dk/')));
        const sequence = await request(
          url,
          '/3/WsrmService.svc',
          { ...headers, 'content-type': 'text/xml' },
          createSequence,
        );
        assert.ok(!sequence.body.includes(host));
        assert.equal(sequence.status, 200, sequence.body);
        assert.match(sequence.body, /ServiceEndpoint>https:\/\/dfdg\.example\.dk\/11\/WsrmMessageService\.svc</);
      }
    } finally {
      await app.close();
    }
  });

  test('unset, a Host with markup or quotes is refused with 400 on WSDLs, /services and SOAP posts, never echoed', async () => {
    for (const host of HOSTILE) {
      for (const [target, body] of [
        [`${EXEMPTS}?wsdl`, undefined],
        ['/services', undefined],
        ['/3/WsrmService.svc', '<x/>'],
      ] as const) {
        const headers: Record<string, string> = { host, ...(body ? { 'content-type': 'text/xml' } : {}) };
        const reply = await request(h().url, target, headers, body);
        assert.equal(reply.status, 400, `${host} ${target}`);
        assert.ok(!reply.body.includes(host));
      }
    }
  });
});
