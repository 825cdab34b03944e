// The security headers read once per distinct header text (src/soap/securityHeaderCache.ts): the key covers the
// whole header, so a request never gets another request's identity; faults and odd layouts are read every time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { parseEnvelope } from '../../src/soap/envelope.ts';
import { cachedSecurityHeaders, lastBodyStartTag } from '../../src/soap/securityHeaderCache.ts';
import { DfdgFault } from '../../src/faults/catalogue.ts';
import { contractValidator } from '../support/wireValidation.ts';

const SAMPLE = fs.readFileSync('test/samples/PersonVisitationStatusService/GetPersonExempts.request.xml', 'utf8');
const DAY = '2025-03-03';

function read(xml: string) {
  const parsed = parseEnvelope(Buffer.from(xml));
  try {
    return cachedSecurityHeaders(parsed, Buffer.from(xml), contractValidator(), DAY);
  } finally {
    parsed.doc.dispose();
  }
}

const organisationCode = (xml: string) => read(xml).activeOrganisation.OrganisationCode;

test('the last <Body or <prefix:Body start tag, not a longer name, an end tag or an attribute', () => {
  const at = (s: string) => lastBodyStartTag(Buffer.from(s));
  assert.equal(at('<e><s:Body>x</s:Body></e>'), 3);
  assert.equal(at('<e><Body\n/></e>'), 3);
  assert.equal(at('<e><s:Body a="1"><x:Body></x:Body></s:Body></e>'), 17);
  assert.equal(at('<e><s:BodyPart/><x:NoBody/></e>'), -1);
  assert.equal(at('<e a="Body "></e>'), -1);
});

test('equal header bytes share one frozen answer; a changed byte in a header block is read anew', () => {
  const first = read(SAMPLE);
  assert.equal(read(SAMPLE), first);
  assert.ok(Object.isFrozen(first.userMetadata.RequestUserStructure));
  const other = SAMPLE.replace(/OrganisationCode>[^<]+</, 'OrganisationCode>20200<');
  assert.notEqual(other, SAMPLE);
  assert.equal(organisationCode(other), '20200');
  assert.equal(organisationCode(SAMPLE), first.activeOrganisation.OrganisationCode);
});

test('the same header text under another namespace declaration on the Envelope is another header', () => {
  const AOH = 'xmlns:aoh="http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/"';
  assert.ok(SAMPLE.includes(`<aoh:ActiveOrganisationHeader ${AOH}>`));
  const declaredOnEnvelope = (aoh: string) =>
    SAMPLE.replace(` ${AOH}>`, '>').replace('<soapenv:Envelope ', `<soapenv:Envelope ${aoh} `);
  const good = declaredOnEnvelope(AOH);
  const other = declaredOnEnvelope('xmlns:aoh="urn:other"');
  assert.equal(good.slice(good.indexOf('<soapenv:Header')), other.slice(other.indexOf('<soapenv:Header')));
  assert.equal(organisationCode(good), '10100');
  assert.throws(
    () => read(other),
    (e) => e instanceof DfdgFault && e.code === 8234,
  );
});

test('a Body before the Header, a header over 8 KiB and a faulty header are read every time and refused every time', () => {
  const header = SAMPLE.slice(SAMPLE.indexOf('<soapenv:Header'), SAMPLE.indexOf('</soapenv:Header>') + 17);
  const bodyFirst = SAMPLE.replace(header, '').replace('</soapenv:Body>', `</soapenv:Body>${header}`);
  assert.notEqual(bodyFirst, SAMPLE);
  assert.equal(organisationCode(bodyFirst), read(SAMPLE).activeOrganisation.OrganisationCode);
  assert.notEqual(read(bodyFirst), read(bodyFirst));
  const long = SAMPLE.replace('<soapenv:Header>', `<soapenv:Header><!--${'x'.repeat(9000)}-->`);
  assert.notEqual(read(long), read(long));
  const faulty = SAMPLE.replace(/OrganisationTypeIdentifier>[^<]+</, 'OrganisationTypeIdentifier>x<');
  for (let i = 0; i < 2; i++) assert.throws(() => read(faulty), DfdgFault);
});

test('the header read last is matched byte for byte, and only for the business date it was read on', () => {
  const first = read(SAMPLE);
  assert.equal(read(SAMPLE), first); // the same text twice in a row: the last read, by its bytes
  const sameLength = SAMPLE.replace('<aoh:OrganisationCode>10100<', '<aoh:OrganisationCode>10101<');
  assert.equal(sameLength.length, SAMPLE.length);
  assert.equal(organisationCode(sameLength), '10101');
  assert.equal(organisationCode(SAMPLE), '10100');
  const parsed = parseEnvelope(Buffer.from(SAMPLE));
  try {
    const nextDay = cachedSecurityHeaders(parsed, Buffer.from(SAMPLE), contractValidator(), '2025-03-04');
    assert.notEqual(nextDay, first);
    assert.deepEqual(nextDay, first);
  } finally {
    parsed.doc.dispose();
  }
});
