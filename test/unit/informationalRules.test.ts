// R-OTH-13 and R-DEL-13 carry no behaviour: docs/informational-rules.md is their home. The page must name each,
// and the files it points to (the codelists standing in for STAR's guides, the engine's registry, the test that
// checks R-DEL-13) must exist, so the page cannot silently go stale.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

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

test('R-DEL-13: docs/informational-rules.md names the rule and the rules and files it points to', () => {
  assert.match(page, /^## R-DEL-13 — /m);
  for (const id of ['R-DLG-05', 'R-PLAN-24']) assert.ok(page.includes(id), id);
  for (const file of ['src/app/retention/policies.ts', 'test/store/retentionEngine.test.ts']) {
    assert.ok(page.includes(file), file);
    assert.ok(fs.existsSync(path.join(ROOT, file)), file);
  }
  const engineTest = fs.readFileSync(path.join(ROOT, 'test/store/retentionEngine.test.ts'), 'utf8');
  assert.match(engineTest, /test\("R-DEL-13: /);
});
