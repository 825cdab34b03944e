// Every fault of the foundation issue on the wire: HTTP 500, faultcode = DFDG's numeric code,
// faultstring = the documented text, no stack trace, and nothing written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { faults } from '../../src/faults/catalogue.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  akasse,
  fault,
  jobcenter,
  kommune,
  postRaw,
  refusedWithoutWrites,
  requestUserMetadataHeader,
  star,
} from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const ABSENCE = '/7/AbsenceRegistrationService.svc';
const PVS_NS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';

const exemptsBody = (cpr: string) =>
  `<p:GetPersonExemptsRequest xmlns:p="${PVS_NS}"><p:PersonCivilRegistrationIdentifier>${cpr}</p:PersonCivilRegistrationIdentifier></p:GetPersonExemptsRequest>`;
const envelope = (headers: string, body: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${headers}</s:Header><s:Body>${body}</s:Body></s:Envelope>`;
const bothHeaders = activeOrganisationHeader(jobcenter()) + requestUserMetadataHeader(jobcenter());

const absence = (cpr: string, type = 10, extra: Record<string, unknown> = {}) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: cpr,
    AbsenceTypeIdentifier: type,
    StartDate: '2024-03-01T00:00:00',
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
    ...extra,
  },
});

/** `service`: the WSDL service answering, whose page may document its own text for the code. */
function assertFault(reply: { status: number; body: string }, code: number, service?: string): void {
  assert.equal(reply.status, 500);
  assert.match(reply.body, new RegExp(`<faultcode>${code}</faultcode>`));
  const definition = Object.values(faults).find((f) => f.code === code)!;
  const text = (service ? definition.serviceTexts?.[service] : undefined) ?? definition.text;
  assert.ok(reply.body.includes(text.replace(/&/g, '&amp;')), `faultstring for ${code}`);
  assert.doesNotMatch(reply.body, /at .*\.ts:\d+|Error:/, 'no stack trace on the wire');
}

eachDatabase('faults on the wire', '2024-02-15', baseScenario, (h) => {
  test('8232: a request without ActiveOrganisationHeader gets 8232 with HTTP 500', async () => {
    assertFault(
      await postRaw(h().url, EXEMPTS, envelope(requestUserMetadataHeader(jobcenter()), exemptsBody(CPR.member))),
      8232,
    );
  });
  test('comments and processing instructions between headers and in the Body hide nothing (no false 8233)', async () => {
    const headers = `${activeOrganisationHeader(jobcenter())}<?fagsystem trace-id="7"?><!-- between the headers -->${requestUserMetadataHeader(jobcenter())}`;
    const body = exemptsBody(CPR.member).replace(
      '<p:PersonCivilRegistrationIdentifier>',
      '<?pi x?><!-- c --><p:PersonCivilRegistrationIdentifier>',
    );
    const reply = await postRaw(h().url, EXEMPTS, envelope(headers, body));
    assert.equal(reply.status, 200, reply.body);
    assert.match(reply.body, /GetPersonExemptsResponse/);
  });
  test('8233: a request without RequestUserMetadataHeader gets 8233', async () => {
    assertFault(
      await postRaw(h().url, EXEMPTS, envelope(activeOrganisationHeader(jobcenter()), exemptsBody(CPR.member))),
      8233,
    );
  });
  test('8234: an ActiveOrganisationHeader that does not deserialise gets 8234', async () => {
    const bad = activeOrganisationHeader(jobcenter()).replace(
      '<aoh:OrganisationTypeIdentifier>8<',
      '<aoh:OrganisationTypeIdentifier>otte<',
    );
    assertFault(
      await postRaw(h().url, EXEMPTS, envelope(bad + requestUserMetadataHeader(jobcenter()), exemptsBody(CPR.member))),
      8234,
    );
  });
  test('8235: a RequestUserMetadataHeader that does not deserialise gets 8235', async () => {
    const bad = requestUserMetadataHeader(jobcenter()).replace(/<rus:UserIdentifier>.*<\/rus:UserIdentifier>/, '');
    assertFault(
      await postRaw(h().url, EXEMPTS, envelope(activeOrganisationHeader(jobcenter()) + bad, exemptsBody(CPR.member))),
      8235,
    );
  });
  test('8173: an organisation type outside the codelist gets 8173', async () => {
    const caller = { organisationType: 55, organisationCode: '10100' };
    assertFault(
      await postRaw(
        h().url,
        EXEMPTS,
        envelope(activeOrganisationHeader(caller) + requestUserMetadataHeader(jobcenter()), exemptsBody(CPR.member)),
      ),
      8173,
    );
  });
  test('8174: a user type outside the codelist gets 8174', async () => {
    const caller = { ...jobcenter(), userType: 9 };
    assertFault(
      await postRaw(
        h().url,
        EXEMPTS,
        envelope(activeOrganisationHeader(caller) + requestUserMetadataHeader(caller), exemptsBody(CPR.member)),
      ),
      8174,
    );
  });
  test('1014: XML that is not well-formed, and a body element of no operation, get 1014', async () => {
    assertFault(
      await postRaw(h().url, EXEMPTS, '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><oops'),
      1014,
      'PersonVisitationStatusService',
    );
    assertFault(
      await postRaw(h().url, EXEMPTS, envelope(bothHeaders, `<p:NoSuchRequest xmlns:p="${PVS_NS}"/>`)),
      1014,
      'PersonVisitationStatusService',
    );
    const withDtd =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>' + envelope(bothHeaders, exemptsBody(CPR.member));
    assertFault(await postRaw(h().url, EXEMPTS, withDtd), 1014, 'PersonVisitationStatusService');
  });
  test('1014: a date that is not an xs:date is refused by in-process XSD validation', async () => {
    const body = exemptsBody(CPR.member).replace(
      '</p:PersonCivilRegistrationIdentifier>',
      '</p:PersonCivilRegistrationIdentifier><p:DateForExempts>2024-13-45</p:DateForExempts>',
    );
    assertFault(await postRaw(h().url, EXEMPTS, envelope(bothHeaders, body)), 1014, 'PersonVisitationStatusService');
  });
  test('1001: a 9-digit CPR gets the invalid-cpr fault', async () => {
    const client = await h().client('PersonVisitationStatusService', jobcenter());
    const f = await fault(client.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: '010190123' }));
    assert.equal(f.status, 500);
    assert.equal(f.code, '1001');
    assert.equal(f.text, 'Invalid cpr');
  });
  test('1010: an unknown CPR gets 1010', async () => {
    const client = await h().client('PersonVisitationStatusService', jobcenter());
    const f = await fault(client.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.unknown }));
    assert.deepEqual([f.status, f.code, f.text], [500, '1010', 'Unknown cpr']);
  });
  test('4405: registering for a deceased person gets 4405 and writes nothing', async () => {
    const client = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(h().db, () => client.CreateAbsenceAsync(absence(CPR.deceased)), '4405');
  });
  test('2002/2003: an unknown absence type gets 2002, an end reason removed in 2024-1 gets 2003', async () => {
    const client = await h().client('AbsenceRegistrationService', jobcenter());
    assert.equal((await fault(client.CreateAbsenceAsync(absence(CPR.member, 9999)))).code, '2002');
    h().clock.set('2024-04-02');
    try {
      assert.equal(
        (await fault(client.CreateAbsenceAsync(absence(CPR.member, 75, { AbsenceCauseTypeIdentifier: 44 })))).code,
        '2003',
      );
    } finally {
      h().clock.set('2024-02-15');
    }
  });
  test("6005: a jobcentre asking for another jobcentre's citizen gets 6005", async () => {
    const client = await h().client('PersonVisitationStatusService', jobcenter('10100'));
    assert.equal(
      (await fault(client.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.otherJobcenter }))).code,
      '6005',
    );
  });
  test("4856/4857: an a-kasse asking for a non-member gets 4856, for another fund's member 4857", async () => {
    const client = await h().client('PersonVisitationStatusService', akasse('81'));
    assert.equal(
      (await fault(client.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.noAkasse }))).code,
      '4856',
    );
    assert.equal(
      (await fault(client.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.otherJobcenter }))).code,
      '4857',
    );
  });
  test('4575: an organisation type without a row in the access matrix gets 4575', async () => {
    const client = await h().client('UnemploymentBenefitsAccountService', jobcenter());
    const f = await fault(
      client.UpdateBenefitsAccountAsync({
        PersonCivilRegistrationIdentifier: CPR.member,
        BenefitsConsumption: { ConsumedHours: 10, CalculationDate: '2024-02-15T00:00:00' },
      }),
    );
    assert.equal(f.code, '4575');
  });
  test('kommune and STAR read within their scopes; a kommune outside its municipality is refused', async () => {
    const own = await h().client('PersonVisitationStatusService', kommune('101'));
    await own.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    const all = await h().client('PersonVisitationStatusService', star());
    await all.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.otherJobcenter });
    assert.equal(
      (await fault(own.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.otherJobcenter }))).code,
      '4575',
    );
  });
  test('1011: an internal failure answers 1011 without internals but with its request id, logged with the cause under that id; the transaction writes nothing', async () => {
    await h().db.schema.renameTable('outbox_message', 'outbox_message_away');
    try {
      const client = await h().client('AbsenceRegistrationService', jobcenter());
      const f = await fault(client.CreateAbsenceAsync(absence(CPR.member)));
      assert.deepEqual([f.status, f.code, f.text], [500, '1011', 'Internal error on server']);
      assert.doesNotMatch(f.body, /outbox|sqlite|relation|stack/i);
      const requestId = /requestId ([0-9a-f-]{36})/.exec(f.body)?.[1];
      assert.ok(requestId, `the fault detail names the request: ${f.body}`);
      const line = h()
        .logLines()
        .find((l) => l.requestId === requestId);
      assert.ok(line, 'the request was logged under the id the fault carries');
      assert.deepEqual(
        [line.event, line.level, line.faultCode, line.operation],
        ['request', 'error', 1011, 'CreateAbsence'],
      );
      assert.match(JSON.stringify(line.err), /outbox_message/, 'the log line has the cause the wire does not');
    } finally {
      await h().db.schema.renameTable('outbox_message_away', 'outbox_message');
    }
    assert.equal((await h().db('absence').where({ cpr: CPR.member }).count({ n: '*' }))[0]!.n == 0, true);
  });
  test('a request larger than 1 MiB is refused with 1014 before it is buffered', async () => {
    const big = envelope(
      bothHeaders,
      exemptsBody(CPR.member).replace(
        '</p:GetPersonExemptsRequest>',
        `<!--${'x'.repeat(1_100_000)}--></p:GetPersonExemptsRequest>`,
      ),
    );
    assertFault(await postRaw(h().url, EXEMPTS, big), 1014, 'PersonVisitationStatusService');
  });
  test('an absence request at the exemption endpoint is refused with 1014 (document/literal dispatch)', async () => {
    assertFault(
      await postRaw(h().url, ABSENCE, envelope(bothHeaders, exemptsBody(CPR.member))),
      1014,
      'AbsenceRegistrationService',
    );
  });
  test("1014's text is the one each service's page documents: 'Failed to validate message' (CreateAbsence, GetPersonExempts), the general page's elsewhere", async () => {
    const bad = (op: string, ns: string) => envelope(bothHeaders, `<p:${op} xmlns:p="${ns}"><p:Nothing/></p:${op}>`);
    const absenceReply = await postRaw(
      h().url,
      ABSENCE,
      bad('CreateAbsenceRequest', 'http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/'),
    );
    assert.match(absenceReply.body, /<faultstring xml:lang="en">Failed to validate message<\/faultstring>/);
    assert.match(
      absenceReply.body,
      /<c:FaultText>Failed to validate message<\/c:FaultText>|FaultText>Failed to validate message</,
    );
    const statusReply = await postRaw(
      h().url,
      '/9/AbsenceActiveStatusService.svc',
      bad('UpdateAbsenceActiveStatusRequest', 'http://service.bm.dk/pjaktass/2024/12/01/AbsenceActiveStatusService/'),
    );
    assert.match(statusReply.body, /<faultcode>1014<\/faultcode>/);
    assert.match(statusReply.body, /<faultstring xml:lang="en">The submitted message is not valid<\/faultstring>/);
  });
});
