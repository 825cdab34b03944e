// The documented faults table of the client coverage report (src/contract/documentedFaults.ts): every code is in
// the fault catalogue, every operation is in the WSDLs, each entry names its source, no code twice per operation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { DOCUMENTED_FAULTS } from '../../src/contract/documentedFaults.ts';
import { faults } from '../../src/faults/catalogue.ts';

const catalogue = new Set(Object.values(faults).map((f) => f.code));
const wsdlOperations = (service: string): Set<string> => {
  const wsdl = fs.readFileSync(new URL(`../../wsdl/${service}.wsdl`, import.meta.url), 'utf8');
  return new Set([...wsdl.matchAll(/<(?:wsdl:)?operation name="([A-Za-z]+)"/g)].map((m) => m[1]!));
};

test('every documented fault code is in the fault catalogue', () => {
  for (const o of DOCUMENTED_FAULTS)
    for (const f of o.faults) assert.ok(catalogue.has(f.code), `${o.service}.${o.operation}: ${f.code}`);
});

test('every operation of the table is an operation of its WSDL', () => {
  for (const o of DOCUMENTED_FAULTS) {
    assert.ok(fs.existsSync(new URL(`../../wsdl/${o.service}.wsdl`, import.meta.url)), o.service);
    assert.ok(wsdlOperations(o.service).has(o.operation), `${o.service}.${o.operation}`);
  }
});

test('each entry names its source, and no operation is listed twice or lists a code twice', () => {
  const names = DOCUMENTED_FAULTS.map((o) => `${o.service}.${o.operation}`);
  assert.equal(new Set(names).size, names.length);
  for (const o of DOCUMENTED_FAULTS) {
    assert.equal(new Set(o.faults.map((f) => f.code)).size, o.faults.length, `${o.service}.${o.operation}`);
    for (const f of o.faults) assert.match(f.source, /^(page: \S+\.md §|facade: R-)/);
  }
});
