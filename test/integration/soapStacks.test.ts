// SOAP 1.1 as real stacks send it (issue 11 item 3), raw envelopes over HTTP: the SOAP attributes gSOAP, PHP's
// SoapHeader and .NET put on the security headers; mustUnderstand on unknown headers; duplicate Header, Body,
// request and security-header elements; xsi:type annotations (SOAP::Lite, Axis 1, nusoap); SOAPAction and
// Content-Type as a WCF basicHttpBinding endpoint checks them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { activeOrganisationHeader, jobcenter, requestUserMetadataHeader } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';
import { facadeFetch } from '../support/tls.ts';

const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const WSRM = '/3/WsrmService.svc';
const PVS_NS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const EXEMPTS_ACTION = `${PVS_NS}GetPersonExempts`;
const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const XSD = 'xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

const exemptsBody = (cpr: string, cprAttributes = '', requestAttributes = '') =>
  `<p:GetPersonExemptsRequest xmlns:p="${PVS_NS}"${requestAttributes}><p:PersonCivilRegistrationIdentifier${cprAttributes}>${cpr}</p:PersonCivilRegistrationIdentifier></p:GetPersonExemptsRequest>`;
const envelope = (headers: string, body: string) =>
  `<s:Envelope xmlns:s="${SOAP_NS}"><s:Header>${headers}</s:Header><s:Body>${body}</s:Body></s:Envelope>`;
const aoh = activeOrganisationHeader(jobcenter());
const rum = requestUserMetadataHeader(jobcenter());

/** Puts attributes on the opening tag of a header block made by the harness. */
const withAttributes = (header: string, attrs: string) => header.replace(/^<([^ >]+) /, `<$1 ${attrs} `);

async function post(
  url: string,
  path: string,
  xml: string,
  headers: Record<string, string> = { 'content-type': 'text/xml; charset=utf-8' },
): Promise<{ status: number; body: string }> {
  const res = await facadeFetch(url + path, { method: 'POST', headers, body: xml });
  return { status: res.status, body: await res.text() };
}

function assertAnswered(reply: { status: number; body: string }): void {
  assert.equal(reply.status, 200, reply.body);
  assert.match(reply.body, /GetPersonExemptsResponse/);
}

function assertDfdgFault(reply: { status: number; body: string }, code: number, detail?: RegExp): void {
  assert.equal(reply.status, 500, reply.body);
  assert.match(reply.body, new RegExp(`<faultcode>${code}</faultcode>`));
  if (detail) assert.match(reply.body, detail);
}

eachDatabase('SOAP 1.1 as stacks send it', '2024-02-15', baseScenario, (h) => {
  const exempts = (headers: string, body = exemptsBody(CPR.member)) => post(h().url, EXEMPTS, envelope(headers, body));

  test('soap:mustUnderstand "1"/"0"/"true"/"false", soap:actor, wsu:Id and other foreign attributes on the security headers are accepted', async () => {
    const wsu = 'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"';
    const next = 's:actor="http://schemas.xmlsoap.org/soap/actor/next"';
    const variants: [string, string][] = [
      ['s:mustUnderstand="1"', 's:mustUnderstand="1"'], // gSOAP's default, PHP SoapHeader(…, true), .NET
      ['s:mustUnderstand="true"', 's:mustUnderstand="false"'],
      ['s:mustUnderstand="0"', `${next} s:mustUnderstand="1"`],
      [`${wsu} wsu:Id="aoh-1" s:mustUnderstand="1"`, `${wsu} wsu:Id="rum-1"`],
      ['xmlns:v="urn:vendor:trace" v:trace="42" s:encodingStyle=""', 'xmlns:v="urn:vendor:trace" v:hop="1"'],
    ];
    for (const [a, r] of variants) {
      assertAnswered(await exempts(withAttributes(aoh, a) + withAttributes(rum, r)));
    }
  });

  test("the security headers' own content is still validated under SOAP attributes (8234, 8235); an unqualified attribute stays refused", async () => {
    const badAoh = aoh.replace('>8<', '>otte<');
    assertDfdgFault(await exempts(withAttributes(badAoh, 's:mustUnderstand="1"') + rum), 8234);
    const badRum = rum.replace('<rus:UserFullName>Test Sagsbehandler</rus:UserFullName>', '');
    assertDfdgFault(await exempts(aoh + withAttributes(badRum, 's:mustUnderstand="1"')), 8235);
    assertDfdgFault(await exempts(withAttributes(aoh, 'id="x"') + rum), 8234, /attribute 'id' is not allowed/);
  });

  test('an unknown header with mustUnderstand="1" for this node is the SOAP MustUnderstand fault (HTTP 500); without it, or for another actor, it is ignored', async () => {
    const trace = (attrs: string) => `<x:Trace xmlns:x="urn:fagsystem:trace" ${attrs}>7</x:Trace>`;
    for (const attrs of [
      's:mustUnderstand="1"',
      's:mustUnderstand="true"',
      's:mustUnderstand="1" s:actor="http://schemas.xmlsoap.org/soap/actor/next"',
    ]) {
      const reply = await exempts(aoh + rum + trace(attrs));
      assert.equal(reply.status, 500, reply.body);
      assert.match(reply.body, /<faultcode>s:MustUnderstand<\/faultcode>/);
      assert.match(reply.body, /The header 'Trace' from the namespace 'urn:fagsystem:trace' was not understood/);
      assert.doesNotMatch(reply.body, /<detail>/, 'SOAP 1.1 §4.4: no detail for a header fault');
    }
    assertAnswered(await exempts(aoh + rum + trace('')));
    assertAnswered(await exempts(aoh + rum + trace('s:mustUnderstand="0"')));
    assertAnswered(await exempts(aoh + rum + trace('s:mustUnderstand="1" s:actor="urn:some-other-node"')));
    assertDfdgFault(await exempts(aoh + rum + trace('s:mustUnderstand="yes"')), 1014, /must be 0 or 1/);
    const line = h()
      .logLines()
      .find((l) => l.faultCode === 'soap:MustUnderstand');
    assert.ok(line, 'the MustUnderstand refusal is logged with its faultcode');
    assert.equal(line.level, 'warn');
  });

  test('two security headers of a kind, two Bodies or two request elements are refused with 1014 naming the duplicate', async () => {
    assertDfdgFault(await exempts(aoh + aoh + rum), 1014, /2 ActiveOrganisationHeader blocks/);
    assertDfdgFault(await exempts(aoh + rum + rum), 1014, /2 RequestUserMetadataHeader blocks/);
    const twoBodies = `<s:Envelope xmlns:s="${SOAP_NS}"><s:Header>${aoh + rum}</s:Header><s:Body>${exemptsBody(CPR.member)}</s:Body><s:Body>${exemptsBody(CPR.otherJobcenter)}</s:Body></s:Envelope>`;
    assertDfdgFault(await post(h().url, EXEMPTS, twoBodies), 1014, /2 Body elements/);
    const twoHeaders = `<s:Envelope xmlns:s="${SOAP_NS}"><s:Header>${aoh}</s:Header><s:Header>${rum}</s:Header><s:Body>${exemptsBody(CPR.member)}</s:Body></s:Envelope>`;
    assertDfdgFault(await post(h().url, EXEMPTS, twoHeaders), 1014, /2 Header elements/);
    assertDfdgFault(
      await exempts(aoh + rum, exemptsBody(CPR.member) + exemptsBody(CPR.otherJobcenter)),
      1014,
      /the SOAP Body holds 2 elements/,
    );
  });

  test("xsi:type naming the element's declared type (any prefix) or its built-in kind (xsd:string, xsd:int) is accepted; the declared facets still apply", async () => {
    // SOAP::Lite / nusoap: xsd:string on a CPR (a pattern-restricted string), xsd:int on a bare integer header value
    const cprAsString = ` ${XSI} ${XSD} xsi:type="xsd:string"`;
    const aohTyped = aoh.replace(
      '<aoh:OrganisationTypeIdentifier>',
      `<aoh:OrganisationTypeIdentifier ${XSI} xsi:type="xs:int" xmlns:xs="http://www.w3.org/2001/XMLSchema">`,
    );
    // Axis 1: the declared complex types, under prefixes of the client's choosing
    // … and the built-in three levels down (RequestUserStructure/RequestUserTypeIdentifier/CodeListItemIdentifier)
    const rumTyped = rum
      .replace(
        '<rus:RequestUserStructure>',
        `<rus:RequestUserStructure ${XSI} xmlns:t="http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/" xsi:type="t:RequestUserStructureType">`,
      )
      .replace(
        '<clb:CodeListItemIdentifier>2</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier>',
        `<clb:CodeListItemIdentifier ${XSD} xsi:type="xsd:int">2</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier>`,
      );
    assert.ok(rumTyped.includes('xsi:type="xsd:int">2<'), 'the deep annotation is in the request');
    const requestTyped = ` ${XSI} xmlns:ns1="${PVS_NS}" xsi:type="ns1:GetPersonExemptsRequestType"`;
    assertAnswered(await exempts(aohTyped + rumTyped, exemptsBody(CPR.member, cprAsString, requestTyped)));
    // xsd:date on an xs:date element is its declared type itself
    const dated = exemptsBody(CPR.member).replace(
      '</p:GetPersonExemptsRequest>',
      `<p:DateForExempts ${XSI} ${XSD} xsi:type="xsd:date">2024-02-15</p:DateForExempts></p:GetPersonExemptsRequest>`,
    );
    assertAnswered(await exempts(aoh + rum, dated));
    // the annotation does not lift the CPR pattern
    assertDfdgFault(await exempts(aoh + rum, exemptsBody('12345', cprAsString)), 1001);
  });

  test('xsi:type naming a different type is refused: 1014 in the Body, 8234/8235 in a security header', async () => {
    assertDfdgFault(
      await exempts(aoh + rum, exemptsBody(CPR.member, ` ${XSI} ${XSD} xsi:type="xsd:int"`)),
      1014,
      /xsi:type|type definition/i,
    );
    assertDfdgFault(
      await exempts(
        aoh + rum,
        exemptsBody(CPR.member, '', ` ${XSI} xmlns:ns1="${PVS_NS}" xsi:type="ns1:GetPersonExemptsResponseType"`),
      ),
      1014,
    );
    assertDfdgFault(
      await exempts(aoh + rum, exemptsBody(CPR.member, ` ${XSI} xmlns:w="urn:wrong" xsi:type="w:string"`)),
      1014,
    );
    const aohAsString = aoh.replace(
      '<aoh:OrganisationTypeIdentifier>',
      `<aoh:OrganisationTypeIdentifier ${XSI} ${XSD} xsi:type="xsd:string">`,
    );
    assertDfdgFault(await exempts(aohAsString + rum), 8234);
    const rumWrong = rum.replace(
      '<rus:RequestUserStructure>',
      `<rus:RequestUserStructure ${XSI} xmlns:t="http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/" xsi:type="t:RequestOrganisationStructureType">`,
    );
    assertDfdgFault(await exempts(aoh + rumWrong), 8235);
  });

  test("SOAPAction: the operation's own (quoted or not), the empty one or none is accepted; an action of no operation is WCF's ActionNotSupported (HTTP 500); another operation's is 1014", async () => {
    const xml = envelope(aoh + rum, exemptsBody(CPR.member));
    const withAction = (action: string) =>
      post(h().url, EXEMPTS, xml, { 'content-type': 'text/xml; charset=utf-8', soapaction: action });
    assertAnswered(await withAction(`"${EXEMPTS_ACTION}"`));
    assertAnswered(await withAction(EXEMPTS_ACTION));
    assertAnswered(await withAction('""'));
    const unknown = await withAction('"urn:not-an-operation"');
    assert.equal(unknown.status, 500, unknown.body);
    assert.match(
      unknown.body,
      /<faultcode xmlns:a="http:\/\/schemas.microsoft.com\/ws\/2005\/05\/addressing\/none">a:ActionNotSupported<\/faultcode>/,
    );
    assert.match(unknown.body, /The message with Action 'urn:not-an-operation' cannot be processed at the receiver/);
    const createSequence = envelope(
      aoh + rum,
      '<wsrm:CreateSequence xmlns:wsrm="http://docs.oasis-open.org/ws-rx/wsrm/200602"/>',
    );
    const crossed = await post(h().url, WSRM, createSequence, {
      'content-type': 'text/xml',
      soapaction: '"http://service.bm.dk/pjaktass/2024/12/01/WsrmService/TerminateSequence"',
    });
    assertDfdgFault(crossed, 1014, /is not the action of CreateSequence/);
  });

  test('Content-Type: text/xml (any charset) and application/xml are read; SOAP 1.2, JSON, a form post or none get HTTP 415 as from WCF', async () => {
    const xml = envelope(aoh + rum, exemptsBody(CPR.member));
    for (const type of ['text/xml; charset=utf-8', 'text/xml', 'TEXT/XML;charset=UTF-8', 'application/xml']) {
      assertAnswered(await post(h().url, EXEMPTS, xml, { 'content-type': type }));
    }
    for (const type of [
      'application/soap+xml; charset=utf-8',
      'application/json',
      'application/x-www-form-urlencoded',
    ]) {
      const reply = await post(h().url, EXEMPTS, xml, { 'content-type': type });
      assert.equal(reply.status, 415, `${type}: ${reply.body}`);
      assert.match(reply.body, /was not the expected type 'text\/xml; charset=utf-8'/);
    }
    const untyped = await facadeFetch(h().url + EXEMPTS, { method: 'POST', body: new Blob([xml]) });
    assert.equal(untyped.status, 415, 'no Content-Type at all');
  });
});
