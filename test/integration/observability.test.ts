// What an operator sees of the facade (issue 10 §4, §9): one JSON log line per request under the request id the
// response header carries; GET /metrics from the instance's prom-client registry with per-operation request counts
// and durations, rule refusals by rule id (R-KF-12 here), and outbox ages measured on the facade's own clock; /metrics
// only with the METRICS_TOKEN.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import { createApp } from '../../src/facade.ts';
import { createLogger } from '../../src/log.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  fault,
  jobcenter,
  metricsHeaders,
  requestUserMetadataHeader,
} from '../support/soapHarness.ts';
import { assertValidResponse } from '../support/wireValidation.ts';
import { baseScenario, CPR } from './scenario.ts';
import { facadeFetch, testCertificates } from '../support/tls.ts';

const PVS_NS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const exemptsRequest = (cpr: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${activeOrganisationHeader(jobcenter())}${requestUserMetadataHeader(jobcenter())}</s:Header>` +
  `<s:Body><p:GetPersonExemptsRequest xmlns:p="${PVS_NS}"><p:PersonCivilRegistrationIdentifier>${cpr}</p:PersonCivilRegistrationIdentifier></p:GetPersonExemptsRequest></s:Body></s:Envelope>`;

const absence = (type: number, extra: Record<string, unknown> = {}) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: type,
    StartDate: '2024-03-01T00:00:00',
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
    ...extra,
  },
});

const metricValue = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? null : Number(line.slice(line.lastIndexOf(' ') + 1));
};

eachDatabase('observability', '2024-02-15', baseScenario, (h) => {
  test('a request is one JSON log line with its request id (the x-request-id header), service, operation, organisation, user type, status and duration', async () => {
    const before = h().logLines().length;
    const res = await facadeFetch(h().url + '/1/PersonVisitationStatusService.svc', {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      body: exemptsRequest(CPR.member),
    });
    assert.equal(res.status, 200);
    assertValidResponse(await res.text(), 'GetPersonExempts');
    const requestId = res.headers.get('x-request-id');
    assert.match(requestId ?? '', /^[0-9a-f-]{36}$/);
    const lines = h().logLines().slice(before);
    assert.equal(lines.length, 1, JSON.stringify(lines));
    const [line] = lines;
    assert.deepEqual(
      { ...line, time: undefined, durationMs: undefined },
      {
        level: 'info',
        time: undefined,
        requestId,
        service: 'PersonVisitationStatusService',
        operation: 'GetPersonExempts',
        organisation: '8:10100',
        userType: 2,
        certificate: readFunctionCertificate(testCertificates().client.cert).rid,
        status: 200,
        faultCode: null,
        ruleId: null,
        durationMs: undefined,
        event: 'request',
      },
    );
    assert.ok(typeof line!.durationMs === 'number' && line!.durationMs > 0);
  });

  test('R-KF-12: a refusal is logged with its fault code and rule id, and counted per rule on /metrics with the per-operation histogram', async () => {
    const client = await h().client('AbsenceRegistrationService', jobcenter());
    const f = await fault(client.CreateAbsenceAsync(absence(10, { AbsenceCauseTypeIdentifier: 48 })));
    const line = h().logLines().at(-1)!;
    assert.deepEqual(
      [line.level, line.faultCode, line.ruleId, line.operation],
      ['warn', Number(f.code), 'R-KF-12', 'CreateAbsence'],
    );
    await client.CreateAbsenceAsync(absence(10));
    const metrics = await (await facadeFetch(h().url + '/metrics', { headers: metricsHeaders })).text();
    assert.equal(metricValue(metrics, 'dfdg_rule_refusals_total', `rule_id="R-KF-12",fault_code="${f.code}"`), 1);
    assert.equal(
      metricValue(
        metrics,
        'dfdg_soap_requests_total',
        `service="AbsenceRegistrationService",operation="CreateAbsence",fault_code="${f.code}"`,
      ),
      1,
    );
    assert.equal(
      metricValue(
        metrics,
        'dfdg_soap_requests_total',
        'service="AbsenceRegistrationService",operation="CreateAbsence",fault_code=""',
      ),
      1,
    );
    assert.equal(
      metricValue(
        metrics,
        'dfdg_soap_request_duration_seconds_count',
        'service="AbsenceRegistrationService",operation="CreateAbsence",fault_code=""',
      ),
      1,
    );
    assert.ok(
      metrics.includes(
        'dfdg_soap_request_duration_seconds_bucket{le="0.005",service="AbsenceRegistrationService",operation="CreateAbsence",fault_code=""}',
      ),
    );
  });

  test('an answer of 415 (not XML) or of 1014 for a body over the size limit has the same one log line and x-request-id as any request, and is counted', async () => {
    const before = h().logLines().length;
    const json = await facadeFetch(h().url + '/1/PersonVisitationStatusService.svc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(json.status, 415);
    await json.text();
    const huge = await facadeFetch(h().url + '/1/PersonVisitationStatusService.svc', {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      body: '<x>' + 'a'.repeat(1024 * 1024) + '</x>',
    }).catch(() => null);
    const lines = h().logLines().slice(before);
    assert.deepEqual(
      lines.map((l) => [l.level, l.event, l.service, l.operation, l.organisation, l.status, l.faultCode]),
      [
        ['warn', 'request', 'PersonVisitationStatusService', null, null, 415, null],
        ['warn', 'request', 'PersonVisitationStatusService', null, null, 500, 1014],
      ],
    );
    assert.equal(lines[0]!.requestId, json.headers.get('x-request-id'));
    if (huge !== null) assert.equal(lines[1]!.requestId, huge.headers.get('x-request-id'));
    assert.ok(typeof lines[0]!.durationMs === 'number');
    const metrics = await (await facadeFetch(h().url + '/metrics', { headers: metricsHeaders })).text();
    assert.equal(
      metricValue(
        metrics,
        'dfdg_soap_requests_total',
        'service="PersonVisitationStatusService",operation="",fault_code=""',
      ),
      1,
      'the 415',
    );
  });

  test('outbox ages on /metrics use the facade clock: a message just written on the business date 2024-02-15 is seconds old, not years', async () => {
    const client = await h().client('AbsenceRegistrationService', jobcenter());
    await client.CreateAbsenceAsync(absence(10));
    const metrics = await (await facadeFetch(h().url + '/metrics', { headers: metricsHeaders })).text();
    const age = metricValue(metrics, 'dfdg_outbox_oldest_undelivered_seconds', 'type="GetAbsenceVersion7"');
    assert.ok(age !== null && age >= 0 && age < 60, `age ${age}`);
    assert.ok((metricValue(metrics, 'dfdg_outbox_queue_depth', 'type="GetAbsenceVersion7"') ?? 0) >= 1);
  });

  test('issue 12 defect 8: /metrics answers only the configured Bearer token (401 otherwise) and does not exist without one', async () => {
    const get = (url: string, headers: Record<string, string> = {}) => facadeFetch(url + '/metrics', { headers });
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: 'Basic eDp5' },
    ] as Record<string, string>[]) {
      const res = await get(h().url, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="metrics"');
      assert.doesNotMatch(await res.text(), /dfdg_/);
    }
    const granted = await get(h().url, metricsHeaders);
    assert.equal(granted.status, 200);
    assert.match(await granted.text(), /dfdg_soap_requests_total|dfdg_outbox/);
    // a facade without METRICS_TOKEN (the default) has no /metrics at all
    const app = createApp(h().db, h().clock, { logger: createLogger('silent', { write: () => undefined }) });
    const url = await app.listen(0);
    try {
      for (const headers of [{}, metricsHeaders] as Record<string, string>[])
        assert.equal((await get(url, headers)).status, 404);
    } finally {
      await app.close();
    }
  });
});
