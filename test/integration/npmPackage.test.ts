// The npm package (issue 18 item 5): `npm pack` of the checkout, installed into an empty folder with no network
// (test/support/npmPackage.ts), ships the compiled facade and the contract files but no sources, and from that
// folder `npx dfdg-facade load-scenario` and `npx dfdg-facade serve` run on the embedded database under ./data
// there, making their throwaway certificates, and answer a GetPersonExempts that validates against xsd/. A slow
// test (~35 s wall on a loaded 2-core machine, most of it npm extracting the ~150 packages of the dependency tree);
// on SQLite only: the embedded database is what the package is for (PostgreSQL is the same bundle's code, which
// the other integration tests run).
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { installOffline, packCheckout, vendorEnv } from '../support/npmPackage.ts';
import { responseIssues } from '../support/wireValidation.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CPR = '0101901234'; // test/samples/scenarios/basic.yaml: sick (absence 11) on 2024-03-05
const BUSINESS_DATE = '2024-03-05';
const REQUEST = fs
  .readFileSync(path.join(ROOT, 'test/samples/PersonVisitationStatusService/GetPersonExempts.request.xml'), 'utf8')
  .replace(/(PersonCivilRegistrationIdentifier>)\d{10}</, `$1${CPR}<`)
  .replace(/(DateForExempts>)[\d-]+</, `$1${BUSINESS_DATE}<`);
const SOAP_ACTION = '"http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/GetPersonExempts"';

/** A deadline for a start that hangs, not a measurement. */
const START_DEADLINE_MS = 60_000;

/** `npx dfdg-facade serve` in `cwd` (its own process group: npx → sh → node), resolved with the URL it logs. */
function serve(cwd: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn('npx', ['--no', 'dfdg-facade', 'serve'], {
    cwd,
    env: vendorEnv({ PORT: '0', BUSINESS_DATE, PUSH_DISPATCHER: 'off' }),
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const url = new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`no server:listening in ${START_DEADLINE_MS} ms:\n${err}`)),
      START_DEADLINE_MS,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const line = err.split('\n').find((l) => l.includes('"event":"server:listening"'));
      if (line) {
        clearTimeout(timer);
        resolve(String((JSON.parse(line) as { url: string }).url));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npx dfdg-facade serve exited (${code}):\n${err}`));
    });
  });
  url.catch(() => {});
  return { child, url };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

/** POSTs the GetPersonExempts to the facade at `url` with the throwaway certificates in `tlsDir`. */
function getPersonExempts(url: string, tlsDir: string): Promise<{ status: number; body: string }> {
  const read = (f: string) => fs.readFileSync(path.join(tlsDir, f));
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${url}/1/PersonVisitationStatusService.svc`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: SOAP_ACTION },
        ca: read('ca.crt'),
        cert: read('client.crt'),
        key: read('client.key'),
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(REQUEST);
  });
}

describe('npm pack → an empty folder → npx dfdg-facade serve', () => {
  let work: string;
  let app: string;
  let installed: string;
  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-npx-'));
    app = path.join(work, 'app');
    fs.mkdirSync(app);
    fs.mkdirSync(path.join(work, 'pack'));
    installed = installOffline(await packCheckout(path.join(work, 'pack')), app);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  test('the package ships the compiled facade, its command and the contract files, not the sources', () => {
    const shipped = fs.readdirSync(installed).sort();
    assert.deepEqual(shipped, ['README.md', 'bin', 'codelists', 'dist', 'package.json', 'wsdl', 'xsd']);
    assert.deepEqual(fs.readdirSync(path.join(installed, 'dist')), ['main.mjs']);
    // Its paths to xsd/, wsdl/ and codelists/ are its own: a bundle that named this checkout's would run here too.
    const bundle = fs.readFileSync(path.join(installed, 'dist/main.mjs'), 'utf8');
    assert.ok(!bundle.includes(ROOT), `dist/main.mjs names ${ROOT}`);
    assert.ok(fs.existsSync(path.join(app, 'node_modules/.bin/dfdg-facade')), 'npm linked the bin');
  });

  test('load-scenario and serve run from the folder, data under ./data, and answer a GetPersonExempts that validates', async () => {
    fs.copyFileSync(path.join(ROOT, 'test/samples/scenarios/basic.yaml'), path.join(app, 'basic.yaml'));
    const loaded = execFileSync('npx', ['--no', 'dfdg-facade', 'load-scenario', 'basic.yaml'], {
      cwd: app,
      env: vendorEnv(),
      encoding: 'utf8',
    });
    assert.match(loaded, /loaded 2 citizen\(s\) from basic\.yaml/);
    assert.ok(fs.existsSync(path.join(app, 'data/dfdg.sqlite')), 'the embedded database under ./data');

    const facade = serve(app);
    after(() => stopGroup(facade.child));
    const url = await facade.url;
    assert.match(url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await getPersonExempts(url, path.join(app, 'data/tls'));
    assert.equal(answer.status, 200, answer.body.slice(0, 500));
    assert.deepEqual(responseIssues(answer.body), [], 'the answer validates against xsd/');
    assert.match(answer.body, /PersonExemptTypeIdentifierType>11</, 'the scenario citizen is sick (absence 11)');
  });
});
