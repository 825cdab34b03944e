// The fault table, the docs and the contracts agree: every code in src/faults/catalogue.ts is unique,
// documented codes carry a text of the contract notes, facade codes are listed in docs/contract-decisions.md,
// and docs/lifecycle.md names every code the pipeline can send.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { faults } from '../../src/faults/catalogue.ts';
import { sharedContract } from '../support/sharedContracts.ts';

const conventions = sharedContract('conventions.md');
const notes = ['visitation-absence.md', 'indkaldelse.md', 'booking-frist.md', 'joborder.md'].map(sharedContract);
const lifecycle = fs.readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
const decisions = fs.readFileSync(new URL('../../docs/contract-decisions.md', import.meta.url), 'utf8');

test('fault codes are unique', () => {
  const codes = Object.values(faults).map((f) => f.code);
  assert.equal(new Set(codes).size, codes.length);
});

test('documented faults carry a text found in the contract notes', () => {
  for (const f of Object.values(faults).filter((x) => x.origin === 'documented')) {
    const found = [conventions, ...notes].some((doc) => doc.includes(f.text));
    assert.ok(found, `${f.code} "${f.text}" is not in the contract notes`);
  }
});

test('facade-assigned faults lie in the reserved block 4920–4999 and are listed with their text in docs/contract-decisions.md', () => {
  assert.match(decisions, /4920–4999/);
  for (const f of Object.values(faults).filter((x) => x.origin === 'facade')) {
    assert.ok(f.code >= 4920 && f.code <= 4999, String(f.code));
    assert.ok(decisions.includes(`| ${f.code} | ${f.text} |`), `${f.code} "${f.text}" is not listed in docs/contract-decisions.md`);
  }
});

test('docs/lifecycle.md names every fault code', () => {
  for (const f of Object.values(faults)) {
    const named = lifecycle.includes(String(f.code)) || (f.origin === 'facade' && lifecycle.includes('4920–4999'));
    assert.ok(named, `${f.code} missing from docs/lifecycle.md`);
  }
});
