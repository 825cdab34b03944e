// The integration harness validates every SOAP response against xsd/ (test/support/wireValidation.ts): a
// response element or fault detail that breaks the schema is reported, a valid one is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fault } from '../../src/faults/catalogue.ts';
import { faultEnvelope } from '../../src/soap/faultResponse.ts';
import { responseIssues } from '../support/wireValidation.ts';

const RECEIPT_NS = 'http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/';
const COMMON_NS = 'http://service.bm.dk/pjaktass/2024/12/01/Common/';
const receipt = (inner: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>` +
  `<a:CreateAbsenceResponse xmlns:a="${RECEIPT_NS}" xmlns:c="${COMMON_NS}"><a:ServiceReceipt>${inner}</a:ServiceReceipt></a:CreateAbsenceResponse>` +
  `</s:Body></s:Envelope>`;

test('a valid response and a valid fault pass', () => {
  assert.deepEqual(
    responseIssues(
      receipt(
        '<c:EventDate>2024-02-15T10:00:00+01:00</c:EventDate><c:MessageIdentifier>3f2504e0-4f89-41d3-9a0c-0305e82c3301</c:MessageIdentifier>',
      ),
    ),
    [],
  );
  assert.deepEqual(responseIssues(faultEnvelope(fault('UnknownCpr'))), []);
});

test('a response element off the schema, a fault detail off the schema and a non-envelope are reported', () => {
  const [missing] = responseIssues(receipt('<c:EventDate>2024-02-15T10:00:00+01:00</c:EventDate>'));
  assert.match(missing ?? '', /CreateAbsenceResponse.*MessageIdentifier/s);
  const planted = faultEnvelope(fault('UnknownCpr')).replace(/(<\/[^>]*FaultText>)/, '$1<Planted/>');
  assert.match(responseIssues(planted)[0] ?? '', /DfdgFault.*Planted/);
  assert.deepEqual(responseIssues('<html/>'), ['not a SOAP 1.1 Envelope']);
});
