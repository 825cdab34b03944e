// R-OTH-13 and R-DEL-13 carry no behaviour: docs/informational-rules.md is their home. The page must name each,
// and the files it points to (the codelists standing in for STAR's guides, the engine's registry, the test that
// checks R-DEL-13) must exist, so the page cannot silently go stale.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sharedContract } from '../support/sharedContracts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const page = fs.readFileSync(path.join(ROOT, 'docs/informational-rules.md'), 'utf8');

test('R-OTH-13: docs/informational-rules.md names the rule, both STAR guides and the codelists standing in for them', () => {
  assert.match(page, /^## R-OTH-13 — /m);
  assert.match(page, /Negative Underretningspligtige Hændelser \(NUPH\)/);
  assert.match(page, /a-kassens indberetning af sanktioner til STARs sanktionsregister/);
  for (const file of ['codelists/nuph-events.json', 'codelists/nuph-answers.json', 'codelists/sanction-reasons.json']) {
    assert.ok(page.includes(file), file);
    assert.ok(fs.existsSync(path.join(ROOT, file)), file);
  }
});

/** The rule ids the catalogue's entry for `id` points to ("see R-… and R-…" in its Release line). */
function crossReferences(id: string): string[] {
  const catalogue = sharedContract('release-rules.md');
  const start = catalogue.indexOf(`#### ${id} — `);
  const entry = catalogue.slice(start, catalogue.indexOf('\n#### ', start + 1));
  const release = entry.split('\n').find((l) => l.startsWith('- **Release / effective:**')) ?? '';
  return [...release.matchAll(/R-[A-Z]+-\d+/g)].map((m) => m[0]);
}

test('R-DEL-13: docs/informational-rules.md names the rule, the rules its catalogue entry points to, and the files', () => {
  assert.match(page, /^## R-DEL-13 — /m);
  const referenced = crossReferences('R-DEL-13');
  assert.equal(referenced.length, 2, 'the catalogue entry points to two rules');
  for (const id of referenced) assert.ok(page.includes(id), id);
  for (const file of ['src/app/retention/policies.ts', 'test/store/retentionEngine.test.ts']) {
    assert.ok(page.includes(file), file);
    assert.ok(fs.existsSync(path.join(ROOT, file)), file);
  }
  const engineTest = fs.readFileSync(path.join(ROOT, 'test/store/retentionEngine.test.ts'), 'utf8');
  assert.match(engineTest, /test\("R-DEL-13: /);
});
