// The contract validator compiles each XSD's schema on the first element of its namespace (src/contract/validator.ts):
// every file still compiles, elements of several services validate side by side as against one schema of all of
// them, and an element of a namespace no XSD declares meets libxml2's "no matching global declaration".
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { XmlDocument } from 'libxml2-wasm';
import { ContractValidator } from '../../src/contract/validator.ts';
import { nodeOf } from '../../src/contract/xmlTree.ts';

const validator = ContractValidator.compile();
after(() => validator.dispose());

/** The issues of the root element of `xml`. */
function issuesOf(xml: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    return validator.validate(nodeOf(doc.root)).map((i) => i.message);
  } finally {
    doc.dispose();
  }
}

const AOH = 'http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/';
const VISITATION = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const header = (code: string) =>
  `<a:ActiveOrganisationHeader xmlns:a="${AOH}"><a:OrganisationTypeIdentifier>8</a:OrganisationTypeIdentifier><a:OrganisationCode>${code}</a:OrganisationCode></a:ActiveOrganisationHeader>`;
const exempts = (cpr: string) =>
  `<v:GetPersonExemptsRequest xmlns:v="${VISITATION}"><v:PersonCivilRegistrationIdentifier>${cpr}</v:PersonCivilRegistrationIdentifier><v:DateForExempts>2024-03-05</v:DateForExempts></v:GetPersonExemptsRequest>`;

test('every XSD under xsd/ compiles', () => {
  validator.compileAll();
});

test('elements of two namespaces validate side by side, each against its own schema', () => {
  assert.deepEqual(issuesOf(header('10100')), []);
  assert.deepEqual(issuesOf(exempts('0101901234')), []);
  assert.equal(issuesOf(exempts('12')).length, 1, 'a CPR of two digits breaks its pattern');
  assert.deepEqual(issuesOf(header('10100')), [], 'the first schema is still there');
});

test('an element of a namespace no XSD declares has no global declaration to validate against', () => {
  const [issue, ...more] = issuesOf('<x:Unknown xmlns:x="urn:nowhere"/>');
  assert.match(issue!, /No matching global declaration available for the validation root/);
  assert.deepEqual(more, []);
});
