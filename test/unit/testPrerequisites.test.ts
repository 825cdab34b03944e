// The set-up step of `npm test` (scripts/test-prerequisites.mjs): which tools a run needs in which
// environment, and what it does about missing ones — install as root with apt-get, otherwise stop with the
// exact command. The apt-get run itself is exercised by hand on a machine without the packages (see the
// README's Requirements); here the decisions, which are pure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plan, requirements } from '../../scripts/test-prerequisites.mjs';

const names = (env: NodeJS.ProcessEnv) => requirements(env).map((r) => r.package ?? r.name);

const SOAP_STACKS = ['libjaxws-java', 'php-cli', 'php-soap', 'gsoap', 'libgsoap-dev', 'g++', 'mono-devel'];
/** The web console's browser test (test/integration/console.test.ts). */
const BROWSER = ['chromium'];

test('a default run needs xmllint, openssl, python3-zeep, a JDK, the other SOAP stacks of test/interop, Chromium and the PostgreSQL 15 server binaries', () => {
  assert.deepEqual(names({ PATH: '/usr/bin' }), [
    'libxml2-utils',
    'openssl',
    'python3-zeep',
    'openjdk-17-jdk-headless',
    ...SOAP_STACKS,
    ...BROWSER,
    'postgresql-15',
  ]);
});

test('DFDG_TEST_PG=off or a cluster of your own (DFDG_TEST_PG_URL) needs no server binaries', () => {
  assert.deepEqual(names({ DFDG_TEST_PG: 'off' }), [
    'libxml2-utils',
    'openssl',
    'python3-zeep',
    'openjdk-17-jdk-headless',
    ...SOAP_STACKS,
    ...BROWSER,
  ]);
  assert.deepEqual(names({ DFDG_TEST_PG_URL: 'postgres://x@127.0.0.1:5432/postgres' }), [
    'libxml2-utils',
    'openssl',
    'python3-zeep',
    'openjdk-17-jdk-headless',
    ...SOAP_STACKS,
    ...BROWSER,
  ]);
});

test('DFDG_PG_BIN elsewhere is checked there, and apt cannot fix it', () => {
  const [pg] = requirements({ DFDG_PG_BIN: '/nonexistent/pg/bin' }).slice(-1);
  assert.equal(pg!.package, null);
  assert.match(pg!.name, /\/nonexistent\/pg\/bin\/initdb/);
  assert.equal(pg!.present(), false);
  assert.equal(
    requirements({ DFDG_PG_BIN: '/usr/lib/postgresql/15/bin' }).at(-1)!.package,
    'postgresql-15',
    "the default directory is the package's",
  );
});

test('a stack missing from PATH is missing, with every package that brings it', () => {
  const missing = requirements({ PATH: '/nonexistent' })
    .filter((r) => !r.present())
    .map((r) => r.package);
  for (const pkg of ['php-cli', 'php-soap', 'gsoap', 'g++', 'mono-devel']) assert.ok(missing.includes(pkg), pkg);
});

test('a tool is found on PATH or not', () => {
  const xmllint = (PATH: string) =>
    requirements({ PATH })
      .find((r) => r.package === 'libxml2-utils')!
      .present();
  assert.equal(xmllint('/nonexistent'), false);
  assert.equal(xmllint(''), false);
});

const zeep = { name: 'python3-zeep for /usr/bin/python3', package: 'python3-zeep' };
const jdk = { name: 'javac (a JDK)', package: 'openjdk-17-jdk-headless' };

test('nothing missing: nothing to do', () => {
  assert.deepEqual(plan([], { root: false, apt: false }), { action: 'none' });
});

test('root with apt-get installs the missing packages', () => {
  assert.deepEqual(plan([zeep, jdk], { root: true, apt: true }), {
    action: 'install',
    packages: ['python3-zeep', 'openjdk-17-jdk-headless'],
  });
});

test('not root: stops with the exact sudo apt-get command', () => {
  const p = plan([zeep, jdk], { root: false, apt: true });
  assert.equal(p.action, 'stop');
  assert.match(
    p.action === 'stop' ? p.message : '',
    /^ {2}sudo apt-get update && sudo apt-get install -y python3-zeep openjdk-17-jdk-headless$/m,
  );
});

test('no apt-get: stops and names the Debian packages', () => {
  const p = plan([zeep], { root: true, apt: false });
  assert.equal(p.action, 'stop');
  assert.match(p.action === 'stop' ? p.message : '', /Install python3-zeep \(Debian package names\)/);
});

test('a miss apt cannot fix stops even as root, with what to do', () => {
  const p = plan([{ name: '/opt/pg/initdb (DFDG_PG_BIN)', package: null, fix: 'unset DFDG_PG_BIN' }, zeep], {
    root: true,
    apt: true,
  });
  assert.equal(p.action, 'stop');
  assert.match(p.action === 'stop' ? p.message : '', /\/opt\/pg\/initdb \(DFDG_PG_BIN\): unset DFDG_PG_BIN/);
  assert.match(p.action === 'stop' ? p.message : '', /sudo apt-get update && sudo apt-get install -y python3-zeep/);
});
