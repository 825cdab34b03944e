// The fault table, the docs and the contracts agree: every code in src/faults/catalogue.ts is unique,
// documented codes carry a text of the contract notes, facade codes are listed in docs/contract-decisions.md,
// and docs/lifecycle.md names every code the pipeline can send, one by one, and no other.
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
    // the notes put text restored where a page cuts it off in brackets ("kontaktg[ruppe og personkategori]")
    const found = [conventions, ...notes].some(
      (doc) => doc.includes(f.text) || doc.replace(/[[\]]/g, '').includes(f.text),
    );
    assert.ok(found, `${f.code} "${f.text}" is not in the contract notes`);
  }
});

test("a service's own text for a documented code is found in the contract notes too", () => {
  for (const f of Object.values(faults)) {
    for (const [service, text] of Object.entries(f.serviceTexts ?? {})) {
      assert.equal(f.origin, 'documented', `${f.code}: only documented codes have page texts`);
      assert.ok(
        [conventions, ...notes].some((doc) => doc.includes(text)),
        `${f.code} "${text}" (${service})`,
      );
    }
  }
});

/** The blocks of facade-assigned codes, each named in docs/contract-decisions.md (one per part that took one). */
const FACADE_BLOCKS: readonly [number, number][] = [
  [4920, 4999],
  [5001, 5069],
  [5101, 5179],
  [5181, 5239],
  [5261, 5279],
  [5291, 5319],
  [5321, 5349],
];

test(`facade-assigned faults lie in the reserved blocks ${FACADE_BLOCKS.map(([a, b]) => `${a}–${b}`).join(', ')} and are listed with their text in docs/contract-decisions.md`, () => {
  for (const [a, b] of FACADE_BLOCKS) assert.ok(decisions.includes(`${a}–${b}`), `block ${a}–${b} is not named`);
  for (const f of Object.values(faults).filter((x) => x.origin === 'facade')) {
    assert.ok(
      FACADE_BLOCKS.some(([a, b]) => f.code >= a && f.code <= b),
      String(f.code),
    );
    assert.ok(
      decisions.includes(`| ${f.code} | ${f.text} |`),
      `${f.code} "${f.text}" is not listed in docs/contract-decisions.md`,
    );
  }
});

test('no facade-assigned code is a code the contract notes document (DFDG keeps its meaning)', () => {
  const digests = [
    'conventions.md',
    'visitation-absence.md',
    'indkaldelse.md',
    'booking-frist.md',
    'joborder.md',
    'notifications-wsrm-wsb.md',
    'release-rules.md',
  ].map(sharedContract);
  const taken = Object.values(faults)
    .filter((f) => f.origin === 'facade')
    .filter((f) => digests.some((doc) => new RegExp(`\\b${f.code}\\b`).test(doc)))
    .map((f) => f.code);
  assert.deepEqual(taken, [], 'facade codes that DFDG documents');
});

/** The codes docs/lifecycle.md names one by one (a range such as "4920–4999" names none of its codes). */
function codesNamedIn(doc: string): Set<number> {
  const withoutRanges = doc.replace(/\b\d{4}\s*[–-]\s*\d{4}\b/g, ' ');
  return new Set([...withoutRanges.matchAll(/\b\d{4,5}\b/g)].map((m) => Number(m[0])));
}

test('docs/lifecycle.md names every fault code, each one by itself', () => {
  const named = codesNamedIn(lifecycle);
  const missing = Object.values(faults)
    .filter((f) => !named.has(f.code))
    .map((f) => f.code);
  assert.deepEqual(missing, [], 'codes missing from docs/lifecycle.md');
});

test('docs/lifecycle.md names no code the facade cannot send', () => {
  const known = new Set(Object.values(faults).map((f) => f.code));
  assert.deepEqual(
    [...codesNamedIn(lifecycle)].filter((c) => !known.has(c)),
    [],
    'codes in docs/lifecycle.md that are not in src/faults/catalogue.ts',
  );
});

test('a code only inside a range is not taken as named', () => {
  assert.deepEqual([...codesNamedIn('facade 4920–4999; also 4920-4939')], []);
  assert.deepEqual([...codesNamedIn('| 4 | headers | 8232, 8233 |')], [8232, 8233]);
});
