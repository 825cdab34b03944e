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
/** `npm start` without npm (package.json: "start": "node --expose-gc scripts/build/run.mjs serve"). */
const START = ['--expose-gc', path.join(ROOT, 'scripts/build/run.mjs')];
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

test('a file the build noted the status of counts as changed once written, even at its old size and time', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-build-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const answer = path.join(dir, 'answer.ts');
  fs.writeFileSync(path.join(dir, 'entry.ts'), "import { answer } from './answer.ts';\nexport const value = answer;\n");
  const longAgo = 1_700_000_000; // s: a modification time a copy or a checkout could set, exact to the ns
  fs.writeFileSync(answer, 'export const answer: number = 41;\n');
  fs.utimesSync(answer, longAgo, longAgo);
  // A file written within RACY_MS (2 s) before the build is hashed at every check; older, its status is noted.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const target: BuildTarget = { entry: path.join(dir, 'entry.ts'), dir: path.join(dir, 'dist'), name: 'main' };
  await build(target);
  const manifest = JSON.parse(fs.readFileSync(buildFiles(target).manifest, 'utf8')) as { inputs: { stat?: string }[] };
  assert.ok(
    manifest.inputs.every((input) => input.stat !== undefined),
    'the status of every file is noted',
  );
  assert.equal(staleness(target), null);

  fs.writeFileSync(answer, 'export const answer: number = 99;\n'); // same size
  fs.utimesSync(answer, longAgo, longAgo); // and the same modification time: only its ctime moved
  assert.match(staleness(target)!, /1 file\(s\) it was made from changed since: .*answer\.ts/);
});
