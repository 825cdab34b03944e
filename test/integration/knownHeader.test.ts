// Requests whose SOAP Header is byte for byte one read before are parsed without it (src/soap/securityHeaderCache.ts):
// the identity is always the request's own header, a header never answers for another, and every refusal is the one
// the request gets when its header is read in full.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditEvents } from '../../src/store/auditRepository.ts';
import { requestsParsedAfterKnownHeader } from '../../src/soap/securityHeaderCache.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  akasse,
  jobcenter,
  postRaw,
  requestUserMetadataHeader,
  type Caller,
} from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const EXEMPTS = '/1/PersonVisitationStatusService.svc';
const PVS_NS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const exemptsRequest = (cpr: string) =>
  `<p:GetPersonExemptsRequest xmlns:p="${PVS_NS}"><p:PersonCivilRegistrationIdentifier>${cpr}</p:PersonCivilRegistrationIdentifier></p:GetPersonExemptsRequest>`;
/** A header of `who`, marked so that no other test's request has the same header bytes. */
const header = (who: Caller, mark: string) =>
  `<s:Header><!-- ${mark} -->${activeOrganisationHeader(who)}${requestUserMetadataHeader(who)}</s:Header>`;
const envelope = (headerXml: string, body: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">${headerXml}<s:Body>${body}</s:Body>${after}</s:Envelope>`;
const faultCode = (reply: { body: string }) => /<faultcode>([^<]+)</.exec(reply.body)?.[1];

eachDatabase('requests with a header read before', '2024-02-15', baseScenario, (h, dialect) => {
  const post = (xml: string) => postRaw(h().url, EXEMPTS, xml);
  /** Posts `xml`, which must be parsed without its Header (the path under test). */
  async function postKnown(xml: string) {
    const before = requestsParsedAfterKnownHeader();
    const reply = await post(xml);
    assert.equal(requestsParsedAfterKnownHeader(), before + 1, 'parsed after its known header');
    return reply;
  }

  test('each header answers for itself: another organisation after a known header is read and checked as its own', async () => {
    const mark = `identities ${dialect}`;
    const own = envelope(header(jobcenter('10100'), mark), exemptsRequest(CPR.member));
    assert.equal((await post(own)).status, 200);
    assert.equal((await postKnown(own)).status, 200);
    const newest = async () => (await auditEvents(h().db, { cpr: CPR.member, limit: 1 }))[0]!;
    assert.deepEqual([(await newest()).organisationType, (await newest()).organisationCode], [8, '10100']);
    // the same bytes but for the organisation code: jobcentre 20100 is not the citizen's
    const other = envelope(header(jobcenter('20100'), mark), exemptsRequest(CPR.member));
    assert.equal(other.length, own.length);
    assert.equal(faultCode(await post(other)), '6005');
    assert.equal(faultCode(await postKnown(other)), '6005', 'its own header, also once known');
    assert.equal((await postKnown(own)).status, 200);
    const fund = envelope(header(akasse('81'), mark), exemptsRequest(CPR.member));
    assert.equal((await post(fund)).status, 200);
    assert.deepEqual([(await newest()).organisationType, (await newest()).organisationCode], [2, '81']);
    assert.equal((await postKnown(own)).status, 200);
    assert.deepEqual([(await newest()).organisationType, (await newest()).organisationCode], [8, '10100']);
  });

  test('a malformed header after a known good one is refused with its fault, every time', async () => {
    const mark = `malformed ${dialect}`;
    const good = envelope(header(jobcenter('10100'), mark), exemptsRequest(CPR.member));
    await post(good);
    assert.equal((await postKnown(good)).status, 200);
    const badType = good.replace('<aoh:OrganisationTypeIdentifier>8<', '<aoh:OrganisationTypeIdentifier>x<');
    const badUser = good.replace(/(RequestUserTypeIdentifier><clb:CodeListItemIdentifier>)2</, '$199<');
    assert.notEqual(badType, good);
    assert.notEqual(badUser, good);
    for (let i = 0; i < 2; i++) {
      assert.equal(faultCode(await post(badType)), '8234');
      assert.equal(faultCode(await post(badUser)), '8174');
      assert.equal((await postKnown(good)).status, 200);
    }
  });

  test('after a known header, a request of another layout gets the answer it gets when its header is read in full', async () => {
    const mark = `refusals ${dialect}`;
    const knownHeader = header(jobcenter('10100'), mark);
    const refused = [
      envelope(knownHeader, exemptsRequest(CPR.member), knownHeader), // a second Header after the Body
      envelope(knownHeader, exemptsRequest(CPR.member), '<x:After xmlns:x="urn:x"/>'), // answered: SOAP ignores it
      envelope(knownHeader, exemptsRequest(CPR.member) + exemptsRequest(CPR.member)),
      envelope(knownHeader, exemptsRequest(CPR.member)).replace('</s:Body>', '</s:Bod>'),
      envelope(knownHeader, ''),
    ];
    const badCpr = envelope(knownHeader, exemptsRequest('12345'));
    const unread = [];
    for (const xml of [...refused, badCpr]) unread.push(await post(xml)); // the header not known yet
    assert.deepEqual(
      unread.map((r) => r.status),
      [500, 200, 500, 500, 500, 500],
    );
    await post(envelope(knownHeader, exemptsRequest(CPR.member)));
    assert.equal((await postKnown(envelope(knownHeader, exemptsRequest(CPR.member)))).status, 200);
    for (const [i, xml] of refused.entries()) assert.deepEqual(await post(xml), unread[i], `refusal ${i}`);
    // the Body's own faults come from the Body parsed after the known header
    assert.deepEqual(await postKnown(badCpr), unread[refused.length]);
    assert.equal(faultCode(unread[refused.length]!), '1001');
  });
});
