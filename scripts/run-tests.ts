// The project's test entry point: `node --import tsx scripts/run-tests.ts [--checks] [test files…]` (npm test
// runs it through scripts/ts-loader instead of tsx).
// Starts a throwaway PostgreSQL cluster so database tests run on SQLite and PostgreSQL (beside the first test
// files: startRunPostgres), migrates one template database per dialect that the test files copy
// (test/support/databases.ts), runs the node:test runner on the
// given files or every test/**/*.test.ts — several processes at once, each running a batch of test files (each
// file a describe of its own, with databases of its own; DFDG_TEST_BATCHES sets how many batches, 0 = a process
// per file) — and stops the cluster whatever happens. The facade processes the tests start run from a bundle of
// src/main.ts built here first (test/support/facadeBundle.ts). With --checks (npm test) the static
// checks (CHECKS: npm scripts) run beside the test files instead of before them: each keeps one core busy
// for seconds while the other would idle. An already set DFDG_TEST_PG_URL (a cluster of your own) is used as
// is. DFDG_TEST_PG=off runs SQLite only, and says so loudly. DFDG_TEST_CONCURRENCY sets how many files run
// at once (default: the cores; the run is CPU-bound, and on 2 cores 3 files at once took longer than 2).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBatch } from './ts-loader/bundle.mjs';
import { readTimings } from './test-timings.mjs';
import {
  preparePostgresTemplate,
  prepareSqliteTemplate,
  type PendingPostgres,
  type Templates,
} from '../test/support/databases.ts';
import { buildFacadeBundle } from '../test/support/facadeBundle.ts';
import { startPostgres, type PostgresCluster } from '../test/support/postgres.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The test files load TypeScript through the lean caching loader of scripts/ts-loader, not tsx (CPU time). */
const TS_LOADER = path.join(ROOT, 'scripts/ts-loader/register.mjs');
const TIMINGS_REPORTER = pathToFileURL(path.join(ROOT, 'scripts/test-timings.mjs')).href;
/** When each test process of the last run started and ended (scripts/test-timings.mjs). */
const TIMELINE = path.join(ROOT, '.tmp', 'test-timeline.txt');

/** npm scripts that `--checks` runs beside the test files; any failure fails the run. */
const CHECKS = ['codegen:check', 'docs:config:check', 'docs:scenarios:check', 'typecheck', 'lint'];

function testFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out.sort();
}

/** Runs `npm run <script>` with its output kept, and prints it (all of it when it failed) once it ends. */
function runCheck(script: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const done = (ok: boolean, detail: string) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        ok ? `check ${script}: ok (${seconds} s)` : `check ${script}: FAILED (${detail}, ${seconds} s)\n${output}`,
      );
      resolve(ok);
    };
    child.once('error', (err) => done(false, err.message));
    child.once('close', (code, signal) => done(code === 0, `exit ${code ?? signal}`));
  });
}

function concurrency(env: NodeJS.ProcessEnv): number {
  const given = env.DFDG_TEST_CONCURRENCY;
  if (given === undefined || given === '') return os.availableParallelism();
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DFDG_TEST_CONCURRENCY must be a positive integer, got ${given}`);
  return n;
}

function batchCount(env: NodeJS.ProcessEnv): number {
  const given = env.DFDG_TEST_BATCHES;
  if (given === undefined || given === '') return 8;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DFDG_TEST_BATCHES must be a whole number, got ${given}`);
  return n;
}

/** Top-level await (a batch requires each file synchronously) or an import by a computed path (the module it
 *  imports must stay the instance the file's own imports see): such a file runs in a process of its own. */
const RUNS_ALONE = [/^(?:await |(?:const|let|var) [^=]+= await )/m, /\bimport\(\s*[^'"`\s)]/];

/** Where the test files' durations are kept between runs (scripts/test-timings.mjs writes it after a passing run). */
const TIMINGS = path.join(os.tmpdir(), `dfdg-test-timings-${process.getuid?.() ?? 'user'}.json`);

/**
 * What each file is expected to cost, in seconds: its duration in the last passing run (scripts/test-timings.mjs),
 * or, for a file not measured yet (or every file, in a first run), its source size at the measured files' seconds
 * per character (source size alone: the biggest files are not the slowest, test/integration/push.test.ts took
 * 18 s and larger ones 2 s).
 */
function expectedCost(
  files: string[],
  texts: Map<string, string>,
  timings: Record<string, number>,
): Map<string, number> {
  const measured = files.filter((f) => typeof timings[path.relative(ROOT, f)] === 'number');
  const size = (f: string) => texts.get(f)!.length;
  const perChar =
    measured.length > 0
      ? measured.reduce((s, f) => s + timings[path.relative(ROOT, f)]!, 0) / measured.reduce((s, f) => s + size(f), 0)
      : 1;
  return new Map(files.map((f) => [f, timings[path.relative(ROOT, f)] ?? size(f) * perChar]));
}

/**
 * The processes of the run: `count` batches of test files (scripts/ts-loader/bundle.mjs cachedBatch: each file a
 * describe of its own, one process for several files), written into `dir`, and the files that run alone. A
 * process per file cost about 1.5 s of CPU before its first test (Node, the packages, the facade's modules, the
 * WSDLs parsed by node-soap, the scenarios parsed), paid 80 times a run. The files are dealt to the batches
 * costliest first, each to the lightest batch so far for its share (expectedCost: the last run's durations; the last
 * `parallel` batches a smaller share), and the batches go to the runner costliest first, so that the last to start
 * are the short ones and the cores end together.
 */
async function processesOf(files: string[], count: number, parallel: number, dir: string): Promise<string[]> {
  if (count === 0) return files;
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const cost = expectedCost(files, texts, readTimings(TIMINGS) as Record<string, number>);
  const alone = files.filter((f) => RUNS_ALONE.some((re) => re.test(texts.get(f)!)));
  const batched = files.filter((f) => !alone.includes(f)).sort((a, b) => cost.get(b)! - cost.get(a)!);
  // The last `parallel` batches to start get a third of the others' share: when one core frees, the others may
  // still run theirs, and the tail is at most the last batch (durations vary from run to run, by a fifth here).
  const n = Math.min(count, batched.length);
  const share = (i: number) => (n >= 2 * parallel && i >= n - parallel ? 1 / 3 : 1);
  const batches = Array.from({ length: n }, (_, i) => ({ files: [] as string[], cost: 0, share: share(i) }));
  for (const file of batched) {
    const lightest = batches.reduce((a, b) => (b.cost / b.share < a.cost / a.share ? b : a));
    lightest.files.push(file);
    lightest.cost += cost.get(file)!;
  }
  batches.sort((a, b) => b.cost - a.cost);
  const written = await Promise.all(
    batches.map(async (batch, i) => {
      const file = path.join(dir, `batch-${i + 1}.test.mjs`);
      fs.writeFileSync(file, await cachedBatch(batch.files.sort(), ROOT));
      return file;
    }),
  );
  // The runner starts its files in the order of their paths, and the files that run alone (under test/) came after
  // the batches (under .tmp): at the end, on one core. A module of the batches' directory that imports each, named
  // to sort first, starts them first instead (test-timings.mjs reports it under the file's own path).
  const first = alone.map((file, i) => {
    const wrapper = path.join(dir, `alone-${i + 1}.test.mjs`);
    fs.writeFileSync(wrapper, `// ${path.relative(ROOT, file)}\nimport ${JSON.stringify(pathToFileURL(file).href)};\n`);
    return wrapper;
  });
  return [...first, ...written];
}

function runTestRunner(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // The reporter Node picks by default (spec on a terminal, TAP otherwise), and the timings beside it: kept for the
  // next run's batches, and the run's timeline written to a file, so that the runner's summary stays the last
  // thing the run prints.
  const reporters = [process.stdout.isTTY ? 'spec' : 'tap', 'stdout', TIMINGS_REPORTER, TIMELINE];
  const args = [
    '--import',
    TS_LOADER,
    '--test',
    ...[0, 2].flatMap((i) => [`--test-reporter=${reporters[i]}`, `--test-reporter-destination=${reporters[i + 1]}`]),
    `--test-concurrency=${concurrency(env)}`,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The run's PostgreSQL cluster (null: one of your own, DFDG_TEST_PG_URL) and template, once they are ready. */
interface RunPostgres {
  cluster: PostgresCluster | null;
  template: Templates | null;
}

/**
 * Starts the run's PostgreSQL cluster (or takes the one in DFDG_TEST_PG_URL) and migrates its template, then writes
 * where they are into `pendingFile` for the test processes (test/support/databases.ts pendingPostgres), which run
 * beside it: initdb, the server's start and the migrations took about 5 s before the first test file could start,
 * and every file runs its SQLite half first. A failure is written there too, so the tests fail with it.
 */
async function startRunPostgres(givenUrl: string | undefined, pendingFile: string, into: RunPostgres): Promise<void> {
  const write = (pending: PendingPostgres) => {
    fs.writeFileSync(`${pendingFile}.partial`, JSON.stringify(pending));
    fs.renameSync(`${pendingFile}.partial`, pendingFile);
  };
  try {
    let url = givenUrl;
    if (!url) {
      // No autovacuum: its workers visit each of the many short-lived databases of the run (a copy of the template
      // per test file and dialect) and analyse the tables the tests fill, CPU the run's tests never need.
      const started = await startPostgres(['autovacuum=off']);
      into.cluster = started;
      // Last resort if this process dies without reaching `finally`: stop() runs pg_ctl synchronously
      // before its first await, so it completes inside an 'exit' handler too.
      process.once('exit', () => void started.stop());
      url = started.url;
      console.error(`PostgreSQL test cluster at ${url}`);
    }
    into.template = await preparePostgresTemplate(url);
    write({ url, template: into.template.env.DFDG_TEST_PG_TEMPLATE! });
  } catch (err) {
    write({ error: (err as Error).message });
    throw err;
  }
}

async function main(argv: string[]): Promise<number> {
  const withChecks = argv.includes('--checks');
  const given = argv.filter((a) => a !== '--checks');
  const files = given.length > 0 ? given.map((f) => path.resolve(f)) : testFilesUnder(path.join(ROOT, 'test'));
  if (files.length === 0) throw new Error('no test files found');
  const checks: Promise<boolean[]> = withChecks ? Promise.all(CHECKS.map(runCheck)) : Promise.resolve([]);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DFDG_TEST_PG_URL; // the test processes learn the cluster from DFDG_TEST_PG_PENDING
  // Inside the repository, so that the bundle's packages resolve from node_modules; one per run.
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const bundleDir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'test-run-'));
  const postgres: RunPostgres = { cluster: null, template: null };
  let postgresReady: Promise<boolean> = Promise.resolve(true);
  let sqlite: Templates | null = null;
  try {
    if (process.env.DFDG_TEST_PG === 'off') {
      console.error('!!!!! DFDG_TEST_PG=off: PostgreSQL tests were NOT run; database tests ran on SQLite only !!!!!');
    } else {
      if (process.env.DFDG_TEST_PG_URL) console.error(`PostgreSQL tests use the cluster given in DFDG_TEST_PG_URL`);
      env.DFDG_TEST_PG_PENDING = path.join(bundleDir, 'postgres.json');
      postgresReady = startRunPostgres(process.env.DFDG_TEST_PG_URL, env.DFDG_TEST_PG_PENDING, postgres).then(
        () => true,
        (err: Error) => {
          console.error(`!!!!! the PostgreSQL test cluster did not come up: ${err.stack ?? err.message} !!!!!`);
          return false;
        },
      );
    }
    sqlite = await prepareSqliteTemplate();
    env.DFDG_TEST_FACADE_BUNDLE = await buildFacadeBundle(bundleDir);
    const processes = await processesOf(files, batchCount(env), concurrency(env), bundleDir);
    const code = await runTestRunner(processes, { ...env, ...sqlite.env, DFDG_TEST_TIMINGS: TIMINGS });
    const postgresOk = await postgresReady;
    const results = await checks;
    const failed = CHECKS.filter((_, i) => results[i] === false);
    if (failed.length > 0) console.error(`!!!!! failed checks: ${failed.join(', ')} !!!!!`);
    return code !== 0 ? code : failed.length > 0 || !postgresOk ? 1 : 0;
  } finally {
    await postgresReady;
    fs.rmSync(bundleDir, { recursive: true, force: true });
    await sqlite?.remove();
    await postgres.template?.remove();
    await postgres.cluster?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(err.stack ?? err.message);
    process.exitCode = 1;
  },
);
