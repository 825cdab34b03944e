// The rule registry (src/rules/index.ts): every rule unit of src/rules/<area>/r-*.ts is registered once, ids are
// unique and are ids of the catalogue (../shared/contracts/release-rules.md), and the engine evaluates a rule of
// a rule set only from its validFrom (and before its validTo). R-KF-01 … R-NOT-10: every registered id is checked here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { addDays } from '../../../src/domain/dates.ts';
import * as registry from '../../../src/rules/index.ts';
import { firstViolation, inForce, type RuleMeta, type ValidationRule } from '../../../src/rules/engine.ts';
import { sharedContract } from '../../support/sharedContracts.ts';

const RULES_DIR = path.resolve(import.meta.dirname, '../../../src/rules');
const ruleFiles = fs
  .readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(RULES_DIR, d.name))
      .filter((f) => /^r-.*\.ts$/.test(f))
      .map((f) => path.join(RULES_DIR, d.name, f)),
  );

const isRuleMeta = (v: unknown): v is RuleMeta =>
  typeof v === 'object' &&
  v !== null &&
  /^R-[A-Z]+-\d+$/.test(String((v as RuleMeta).id)) &&
  'validFrom' in v &&
  'source' in v;

const catalogueIds = new Set(
  [...sharedContract('release-rules.md').matchAll(/^#### (R-[A-Z]+-\d+)/gm)].map((m) => m[1]!),
);

test('every rule unit of every r-*.ts file is in the registry, once', async () => {
  const registered = new Set<RuleMeta>(registry.RULES);
  assert.ok(ruleFiles.length >= 59, `found ${ruleFiles.length} rule files`);
  for (const file of ruleFiles) {
    const units = Object.values(await import(file)).filter(isRuleMeta);
    assert.ok(units.length > 0, `${path.basename(file)} exports no rule unit`);
    for (const unit of units) {
      // A validation rule may spread the meta of its file's rule (same id): then that meta is the registered one.
      const same = registry.RULES.filter((r) => r.id === unit.id);
      assert.ok(registered.has(unit) || same.length === 1, `${unit.id} of ${path.basename(file)} is not registered`);
    }
  }
});

test('registered ids are unique (a rule changed by a release has one unit per period, not overlapping) and each is an id of the catalogue', () => {
  const ids = registry.RULES.map((r) => r.id);
  const overlapping = registry.RULES.filter((a, i) =>
    registry.RULES.some(
      (b, j) =>
        j > i &&
        a.id === b.id &&
        (a.validTo ?? '9999') > (b.validFrom ?? '0000') &&
        (b.validTo ?? '9999') > (a.validFrom ?? '0000'),
    ),
  );
  assert.deepEqual(
    overlapping.map((r) => r.id),
    [],
    'the same id twice in one period',
  );
  assert.deepEqual(
    ids.filter((id) => !catalogueIds.has(id)),
    [],
    'ids not in release-rules.md',
  );
  for (const r of registry.RULES)
    assert.ok(r.title.length > 0 && r.source.length > 0, `${r.id} has a title and a source`);
});

test('rulesInForce lists a rule from its validFrom and not from its validTo', () => {
  for (const r of registry.RULES) {
    if (r.validFrom !== null) {
      assert.equal(
        registry.rulesInForce(addDays(r.validFrom, -1)).includes(r),
        false,
        `${r.id} the day before ${r.validFrom}`,
      );
      assert.equal(registry.rulesInForce(r.validFrom).includes(r), true, `${r.id} on ${r.validFrom}`);
    }
    if (r.validTo !== null)
      assert.equal(registry.rulesInForce(r.validTo).includes(r), false, `${r.id} on its validTo ${r.validTo}`);
  }
});

/** An input that records whether a rule looked at it. */
function watchedInput(): { input: never; read: () => boolean } {
  let touched = false;
  const input = new Proxy({}, { get: () => ((touched = true), new Proxy({}, { get: () => undefined })) }) as never;
  return { input, read: () => touched };
}

test('each rule set: a rule is evaluated only while in force (not before its validFrom, from it on)', () => {
  const sets = Object.entries(registry).filter(([name, v]) => name.endsWith('Rules') && Array.isArray(v)) as [
    string,
    ValidationRule<unknown>[],
  ][];
  assert.ok(sets.length >= 12, `found ${sets.length} rule sets`);
  for (const [name, rules] of sets) {
    for (const rule of rules) {
      if (rule.validFrom === null) continue;
      const before = watchedInput();
      assert.equal(
        firstViolation([rule], before.input, addDays(rule.validFrom, -1)),
        null,
        `${name}: ${rule.id} before ${rule.validFrom}`,
      );
      assert.equal(before.read(), false, `${name}: ${rule.id} was evaluated before ${rule.validFrom}`);
      assert.equal(inForce(rule, rule.validFrom), true);
      const after = watchedInput();
      try {
        firstViolation([rule], after.input, rule.validFrom);
      } catch {
        // a rule may fail on the hollow input; what counts is that it was evaluated
      }
      assert.equal(after.read(), true, `${name}: ${rule.id} was not evaluated on ${rule.validFrom}`);
    }
  }
});
