// The security headers read once per distinct header text (src/soap/securityHeaderCache.ts): the key covers the
// whole header, so a request never gets another request's identity; faults and odd layouts are read every time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { parseEnvelope } from '../../src/soap/envelope.ts';
import {
  cachedSecurityHeaders,
  knownHeader,
  lastBodyStartTag,
  parseAfterKnownHeader,
  requestHeader,
} from '../../src/soap/securityHeaderCache.ts';
import { headerRegion } from '../../src/soap/headerRegion.ts';
import { DEFAULT_INPUT_LIMITS } from '../../src/soap/inputLimits.ts';
import { firstChildElement, localName, textContent } from '../../src/contract/xmlTree.ts';
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

// A header that passed every header step is known by its bytes: a request carrying those bytes before its Body is
// parsed without its Header (src/soap/headerRegion.ts, parseEnvelopeAfterHeader).

/** Reads `xml` as the pipeline does on the full path, all header steps passing. */
function readAndPass(xml: string, day = DAY) {
  const bytes = Buffer.from(xml);
  const parsed = parseEnvelope(bytes);
  try {
    const header = requestHeader(parsed, bytes, contractValidator(), day, DEFAULT_INPUT_LIMITS);
    header.checkMustUnderstand();
    const read = header.security();
    header.citizenCpr();
    header.messageId();
    header.passed();
    return read;
  } finally {
    parsed.doc.dispose();
  }
}

function afterKnown(xml: string, day = DAY) {
  const header = knownHeader(Buffer.from(xml), contractValidator(), day);
  const known = header && parseAfterKnownHeader(header, Buffer.from(xml));
  if (!known) return null;
  try {
    return {
      security: known.header.security(),
      request: localName(known.parsed.body),
      cpr: textContent(firstChildElement(known.parsed.body)),
    };
  } finally {
    known.parsed.doc.dispose();
  }
}

const headerOf = (xml: string) => xml.slice(xml.indexOf('<soapenv:Header'), xml.indexOf('</soapenv:Header>') + 17);

test('the header region: just past the Envelope start tag to the SOAP Body start tag, whatever the Header holds', () => {
  const region = headerRegion(Buffer.from(SAMPLE), 1)!;
  assert.equal(SAMPLE.slice(region.bodyStart, region.bodyStart + 13), '<soapenv:Body');
  assert.match(SAMPLE.slice(0, region.envelopeContent), /<soapenv:Envelope[^>]*>$/);
  const tricky = SAMPLE.replace(
    '<soapenv:Header>',
    '<soapenv:Header><!-- <soapenv:Body> --><![CDATA[<soapenv:Body>]]><?pi <soapenv:Body>?><x:Trace xmlns:x="urn:t" a="<no>" b=\'>\'/>',
  );
  const trickyRegion = headerRegion(Buffer.from(tricky), 1)!;
  assert.equal(trickyRegion.bodyStart, tricky.indexOf('<soapenv:Body>', tricky.indexOf('</soapenv:Header>')));
  const latin1 = SAMPLE.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
  assert.notEqual(latin1, SAMPLE);
  assert.equal(headerRegion(Buffer.from(latin1), 1), null);
  assert.equal(headerRegion(Buffer.from(SAMPLE.replace('<soapenv:Header>', '<soapenv:Header xml:id="h">')), 1), null);
});

test('a header is known by its bytes only after every header step passed, and the Body is the new request own', () => {
  const sample = SAMPLE.replace('<soapenv:Header>', '<soapenv:Header><!-- known-header test -->');
  assert.equal(afterKnown(sample), null, 'not read yet');
  const first = readAndPass(sample);
  const again = afterKnown(sample)!;
  assert.equal(again.security, first);
  const otherCpr = sample.replace(
    /PersonCivilRegistrationIdentifier>\d+</,
    'PersonCivilRegistrationIdentifier>0101901234<',
  );
  assert.notEqual(otherCpr, sample);
  assert.equal(afterKnown(otherCpr)!.cpr, '0101901234');
  assert.equal(afterKnown(sample, '2025-03-04'), null, 'another business date reads the header anew');
});

test('a changed byte anywhere before the Body, or a rest that is not one answerable Body, is parsed in full', () => {
  const sample = SAMPLE.replace('<soapenv:Header>', '<soapenv:Header><!-- second known-header test -->');
  readAndPass(sample);
  assert.ok(afterKnown(sample));
  const otherOrganisation = sample.replace('<aoh:OrganisationCode>10100<', '<aoh:OrganisationCode>10101<');
  assert.equal(otherOrganisation.length, sample.length);
  assert.equal(afterKnown(otherOrganisation), null);
  assert.equal(afterKnown(sample.replace('<soapenv:Envelope ', '<soapenv:Envelope xmlns:aoh="urn:other" ')), null);
  const header = headerOf(sample);
  assert.equal(afterKnown(sample.replace('</soapenv:Body>', `</soapenv:Body>${header}`)), null, 'a second Header');
  assert.equal(afterKnown(sample.replace('</soapenv:Body>', '</soapenv:Body><x:More xmlns:x="urn:x"/>')), null);
  assert.equal(afterKnown(sample.replace('</soapenv:Body>', '</soapenv:Bodyy>')), null, 'not well-formed');
  const twoRequests = sample.replace(/(<pvs:GetPersonExemptsRequest[\s\S]*<\/pvs:GetPersonExemptsRequest>)/, '$1$1');
  assert.notEqual(twoRequests, sample);
  assert.equal(afterKnown(twoRequests), null, 'two request elements');
});

test('a header that failed a step is never known by its bytes', () => {
  const faulty = SAMPLE.replace('<soapenv:Header>', '<soapenv:Header><!-- faulty -->').replace(
    /(RequestUserTypeIdentifier>\s*<clb:CodeListItemIdentifier>)\d+</,
    '$199<',
  );
  assert.match(faulty, /CodeListItemIdentifier>99</);
  for (let i = 0; i < 2; i++) {
    assert.throws(() => readAndPass(faulty), DfdgFault);
    assert.equal(afterKnown(faulty), null);
  }
});
