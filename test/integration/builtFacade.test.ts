// The build `npm start` runs (scripts/build: dist/main.mjs, rebuilt first when a file it was made from changed):
// the program of `npm start` serves a GetPersonExempts from the build, and a build counts as stale as soon as a
// file it was made from changes or goes, and not before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build, buildFiles, staleness, type BuildTarget } from '../../scripts/build/build.mjs';
import { eachDatabase } from '../support/eachDatabase.ts';
import { facadeProcess, killed, type FacadeProcess } from '../support/processes.ts';
import { jobcenter, soapClient } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** `npm start` without npm (package.json: "start": "node scripts/build/run.mjs serve"). */
const START = [path.join(ROOT, 'scripts/build/run.mjs')];
const BUSINESS_DATE = '2024-03-05';

eachDatabase('npm start serves from the build', BUSINESS_DATE, baseScenario, (h) => {
  let serve: FacadeProcess;
  before(() => {
    serve = facadeProcess(
      h().db,
      'serve',
      'server:listening',
      { PORT: '0', BUSINESS_DATE, PUSH_DISPATCHER: 'off' },
      START,
    );
  });
  after(async () => killed(serve.child));

  test('scripts/build/run.mjs serve answers a GetPersonExempts', async () => {
    const base = String((await serve.started).url);
    const client = await soapClient(base, 'PersonVisitationStatusService', jobcenter());
    const [answer] = await client.GetPersonExemptsAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      DateForExempts: BUSINESS_DATE,
    });
    assert.equal(String(answer.PersonExemptDate).slice(0, 10), BUSINESS_DATE, 'answered, not a fault');
    assert.equal(
      answer.PersonExemptInfo?.PersonExempts?.PersonExemptTypeIdentifierType,
      undefined,
      'no exempting absence',
    );
  });
});

test('a build is stale once a file it was made from changes or goes, and fresh again when rebuilt', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-build-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
  write('entry.ts', "import { answer } from './answer.ts';\nexport const value: number = answer + 1;\n");
  write('answer.ts', 'export const answer: number = 41;\n');
  const target: BuildTarget = { entry: path.join(dir, 'entry.ts'), dir: path.join(dir, 'dist'), name: 'main' };
  const load = async (n: number) =>
    ((await import(`${pathToFileURL(buildFiles(target).module).href}?${n}`)) as { value: number }).value;

  assert.match(staleness(target)!, /is not built/);
  assert.equal((await build(target)).files, 2);
  assert.equal(staleness(target), null, 'fresh after the build');
  assert.equal(await load(1), 42);
  assert.ok(fs.readFileSync(buildFiles(target).map, 'utf8').includes('answer.ts'), 'the source map names the sources');

  write('answer.ts', 'export const answer: number = 41;\n'); // the same text again: not a change
  assert.equal(staleness(target), null);
  write('answer.ts', 'export const answer: number = 99;\n');
  assert.match(staleness(target)!, /1 file\(s\) it was made from changed since: .*answer\.ts/);
  await build(target);
  assert.equal(staleness(target), null);
  assert.equal(await load(2), 100);

  fs.rmSync(path.join(dir, 'answer.ts'));
  assert.match(staleness(target)!, /answer\.ts/, 'a file gone is a change');
});
