// The README's figures that describe behaviour — ports, paths, sizes, counts, limits, timeouts, intervals,
// the benchmark scripts' defaults — agree with the code. The services table, the configuration table and the
// command list are generated (`npm run docs:config`, checked by docs:config:check); every other such figure is
// a claim below: a pattern that must still be in the README, with the figure it captures and the value the code
// has. Benchmark results are measurements and are not claims.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULTS } from '../../src/config/defaults.ts';
import { RECEIVERS_PER_CONCURRENT_DELIVERY } from '../../src/outbox/pushDispatcher.ts';
import { WSB } from '../../src/outbox/webserviceMessage.ts';
import { MAX_MESSAGES_PER_SEQUENCE } from '../../src/outbox/wsrmQueue.ts';
import { CHECKPOINT_MS } from '../../src/store/sqliteClient.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The value a source file gives a default, found by a pattern with one capture group. */
function sourceValue(file: string, pattern: RegExp): string {
  const m = pattern.exec(read(file));
  if (!m) throw new Error(`${file}: ${pattern} not found — the default moved; update this claim`);
  return m[1]!;
}

interface Claim {
  what: string;
  /** Matches the README's sentence; group 1 is the figure. Every match must carry the code's value. */
  readme: RegExp;
  code: () => string | number;
}

const CLAIMS: Claim[] = [
  { what: 'default port', readme: /every service on port (\d+)/g, code: () => DEFAULTS.port },
  {
    what: 'port in the soap:address of a new WSDL',
    readme: /`https:\/\/localhost:(\d+)\/<version>/g,
    code: () => DEFAULTS.port,
  },
  { what: 'embedded SQLite file', readme: /embedded SQLite database \(`([^`]+)`/g, code: () => DEFAULTS.databaseFile },
  {
    what: 'PostgreSQL version the tests run on',
    readme: /PostgreSQL (\d+)\b/g,
    code: () => sourceValue('scripts/test-prerequisites.mjs', /package: 'postgresql-(\d+)'/),
  },
  {
    what: 'Node.js version',
    readme: /Node\.js (\d+) and npm/g,
    code: () => sourceValue('package.json', /"node": ">=(\d+)"/),
  },
  {
    what: 'WSRM sequence size',
    readme: /up to (\d+) per sequence across all message types/g,
    code: () => MAX_MESSAGES_PER_SEQUENCE,
  },
  {
    what: 'WSRM answer size in the design notes',
    readme: /A (\d+)-item `GetAbsenceVersion7` answer/g,
    code: () => MAX_MESSAGES_PER_SEQUENCE,
  },
  {
    what: 'WSRM sequence in the design notes',
    readme: /server time per (\d+)-message sequence/g,
    code: () => MAX_MESSAGES_PER_SEQUENCE,
  },
  {
    what: 'WSRM drain benchmark sequence',
    readme: /TerminateSequence, (\d+) per sequence/g,
    code: () => MAX_MESSAGES_PER_SEQUENCE,
  },
  { what: 'Indkaldelse WSB id', readme: /`Indkaldelse\.WSB` \((\d+)\)/g, code: () => WSB.Indkaldelse.entityId },
  { what: 'Frist WSB id', readme: /`Frist\.WSB` \((\d+)\)/g, code: () => WSB.Frist.entityId },
  { what: 'Jobordre WSB id', readme: /`Jobordre\.WSB` (\d+)/g, code: () => WSB.Jobordre.entityId },
  {
    what: 'faults over HTTP',
    readme: /A fault comes as DFDG sends it: HTTP (\d+)/g,
    code: () => sourceValue('src/soap/pipeline.ts', /reply = \{ status: (\d+), body: faultEnvelope/),
  },
  {
    what: 'test files at once by default',
    readme: /`DFDG_TEST_CONCURRENCY`, default\s+(the number of cores)/g,
    code: () =>
      sourceValue(
        'scripts/run-tests.ts',
        /if \(given === undefined \|\| given === ''\) return (os\.availableParallelism\(\));/,
      ) === 'os.availableParallelism()'
        ? 'the number of cores'
        : 'something else',
  },
  { what: 'catch-up window', readme: /`JOB_CATCH_UP_DAYS` \((\d+)\) days back/g, code: () => DEFAULTS.jobCatchUpDays },
  {
    what: 'dead run timeout',
    readme: /`JOB_RUN_TIMEOUT_MINUTES` \((\d+);/g,
    code: () => DEFAULTS.jobRunTimeoutMinutes,
  },
  {
    what: 'longest retry delay',
    readme: /it doubles per attempt, with full jitter, up to (\d+) minutes/g,
    code: () => DEFAULTS.pushMaxDelayMs / 60_000,
  },
  { what: 'WAL checkpoint interval', readme: /checkpoints \(PASSIVE\) every (\d+) ms/g, code: () => CHECKPOINT_MS },
  {
    what: 'receiver leases per process',
    readme: /at most `(\d+) × concurrency` receivers/g,
    code: () => RECEIVERS_PER_CONCURRENT_DELIVERY,
  },
  {
    what: 'benchmark rounds',
    readme: /\(`ROUNDS`, default (\d+), of/g,
    code: () => sourceValue('bench/benches.ts', /int\('ROUNDS', quick \? \d+ : (\d+)\)/),
  },
  {
    what: 'benchmark round length',
    readme: /`DURATION`, default (\d+) s/g,
    code: () => sourceValue('bench/benches.ts', /int\('DURATION', quick \? \d+ : (\d+)\)/),
  },
  {
    what: 'benchmark threads/connections',
    readme: /`THREADS`\/`CONNECTIONS` default (\d+\/\d+)/g,
    code: () =>
      `${sourceValue('bench/benches.ts', /int\('THREADS', (\d+)\)/)}/${sourceValue('bench/benches.ts', /runSettings\(connections = (\d+)\)/)}`,
  },
  {
    what: 'CreateIndkaldelse benchmark citizens',
    readme: /a fresh BookingIdentifier per request, ([\d,]+) citizens/g,
    code: () => sourceValue('bench/vary.lua', /os\.getenv\("BENCH_CITIZENS"\) or "(\d+)"/),
  },
  {
    what: 'push benchmark steady rate',
    readme: /commit → arrival at a steady ([\d,]+)\s+messages\/s/g,
    code: () => sourceValue('bench/pushRate.ts', /const RATE = (\d+);/),
  },
  {
    what: 'WSRM benchmark messages',
    readme: /MESSAGES \(default\s+([\d,]+)\)\s+real/g,
    code: () =>
      sourceValue(
        'bench/wsrmPull.ts',
        /const MESSAGES = Number\(process\.argv\[2\] \?\? \(isQuick\(\) \? [\d_]+ : ([\d_]+)\)\)/,
      ),
  },
  {
    what: 'push benchmark messages',
    readme: /pushRate\.ts \[MESSAGES\][^`]*` measures pushed webservice messages: MESSAGES\s+\(default ([\d,]+)\)/g,
    code: () =>
      sourceValue(
        'bench/pushRate.ts',
        /const MESSAGES = Number\(process\.argv\[2\] \?\? \(isQuick\(\) \? [\d_]+ : ([\d_]+)\)\)/,
      ),
  },
  {
    what: 'WSRM benchmark receivers',
    readme: /RECEIVERS jobcentres \(default\s+(\d+)\)/g,
    code: () => sourceValue('bench/wsrmPull.ts', /const RECEIVERS = Number\(process\.argv\[3\] \?\? (\d+)\)/),
  },
];

const README = read('README.md');
const figure = (s: string | number) => String(s).replace(/[,_]/g, '');

for (const claim of CLAIMS) {
  test(`README: ${claim.what}`, () => {
    const found = [...README.matchAll(claim.readme)].map((m) => figure(m[1]!));
    assert.ok(found.length > 0, `the README no longer says ${claim.readme}: update the claim with the sentence`);
    assert.deepEqual(
      found,
      found.map(() => figure(claim.code())),
      `README says ${found.join(', ')}`,
    );
  });
}
