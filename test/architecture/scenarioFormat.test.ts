// The scenario format's reference page (docs/scenario-format.md, issue 16 Deliver 5) is generated from the fixture
// reader (`npm run docs:scenarios`, checked by docs:scenarios:check like docs:config): it is what the readers make
// of the samples, it names every field the readers read and has a section for every object and list they read,
// and it shows the readers' defaults, literal or computed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SCENARIO_FORMAT_PAGE, scenarioFields, scenarioFormatPage } from '../../scripts/docs/scenarioFormat.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READERS = ['src/cli/scenario.ts', 'src/cli/scenarioPersonRegistration.ts'];
const ACCESSOR =
  /\.(string|optionalString|digits|optionalDigits|date|optionalDate|integer|optionalInteger|number|optionalNumber|boolean|id|object|requiredObject|list|strings)\('(\w+)'/g;

test('docs/scenario-format.md is what npm run docs:scenarios makes of the readers and the samples', () => {
  assert.equal(
    fs.readFileSync(path.join(ROOT, SCENARIO_FORMAT_PAGE), 'utf8'),
    scenarioFormatPage(),
    'stale: run npm run docs:scenarios and commit',
  );
});

test('every field the readers read is on the page, and every object or list they read has its section', () => {
  const fields = scenarioFields();
  const keys = new Set(fields.map((f) => f.key));
  const source = READERS.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
  const read = [...source.matchAll(ACCESSOR)].map((m) => m[2]!);
  assert.ok(read.length > 100, `the pattern finds the readers' fields (${read.length})`);
  assert.deepEqual(
    read.filter((k) => !keys.has(k)),
    [],
    'fields no sample reaches: add them to test/samples/scenarios/every-field.yaml',
  );
  const objects = new Set(fields.map((f) => f.object));
  const sections = fields
    .filter((f) => f.type.startsWith('a list of objects') || f.type.startsWith('an object'))
    .map((f) => `${f.object ? `${f.object}.` : ''}${f.key}${f.type.startsWith('a list') ? '[]' : ''}`);
  assert.deepEqual(
    sections.filter((s) => !objects.has(s)),
    [],
    'objects no sample fills: add one to test/samples/scenarios/every-field.yaml',
  );
});

test("the page shows the readers' defaults: literal, computed, and none for a required field", () => {
  const spec = (object: string, key: string) => scenarioFields().find((f) => f.object === object && f.key === key);
  assert.equal(spec('persons[]', 'municipalityCode')?.default, 'the first 3 digits of jobcenterCode');
  assert.equal(spec('persons[].absences[]', 'notificationDate')?.default, 'startDate');
  assert.equal(spec('persons[].absences[]', 'active')?.default, 'true');
  assert.equal(spec('persons[].absences[]', 'id')?.default, 'a new uuid');
  assert.deepEqual(
    [spec('persons[]', 'cpr')?.required, spec('persons[]', 'cpr')?.default, spec('persons[]', 'cpr')?.example],
    [true, null, '0101901234'],
  );
  assert.equal(spec('persons[]', 'registrationCategories'), undefined, 'a refused field is no field (D-265)');
});
