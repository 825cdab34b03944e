// The scale figures of issue 16 §6 (`BENCH=scale npm run bench`, or `node --import tsx bench/scale.ts`): on a
// throwaway PostgreSQL 15 cluster (started as the tests start theirs, test/support/postgres.ts: fsync off),
// SCALE_CITIZENS (1,000,000; QUICK=1: 20,000) synthetic citizens are generated (`generate-citizens`, seed
// SCALE_SEED, 1) beside the write benchmarks' 1,000 citizens (bench/servers/scenario.ts) and the tables analysed;
// then `serve` (PROCESSES=1, TLS off) takes CreateAbsence from wrk (THREADS 2, CONNECTIONS 10, in windows of
// WINDOW seconds, 5), first with nothing else running (BASELINE_WINDOWS, 3), then while each nightly job runs as
// its own CLI process (`npm run cli -- <job>`, one full run as of the business date: the deletion engine, then
// every batch job), one window after another until the job has ended. For each job: its time and peak RSS
// (/usr/bin/time), its report line, and CreateAbsence's p99 (wrk's, with its coordinated-omission samples) and max
// over the windows that overlapped it, against the baseline's. Also the generator's time and RSS. The CPU is
// shared by the job, its PostgreSQL backend, wrk and the server: a job's time under load is longer than alone.
import { spawn } from 'node:child_process';
import { loadScenario, parseScenario } from '../src/cli/scenario.ts';
import { setLogLevel } from '../src/log.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { createDatabase, startPostgres } from '../test/support/postgres.ts';
import { BENCHES } from './benches.ts';
import { curlCheck, startServer, stopServers, urlOf } from './harness.ts';
import { check, isQuick, median, row, writeResult, type ResultRow } from './results.ts';
import { BUSINESS_DATE, benchScenario } from './servers/scenario.ts';
import { ROOT, runWrk, type WrkRun } from './wrk.ts';

const CITIZENS = Number(process.env.SCALE_CITIZENS ?? (isQuick() ? 20_000 : 1_000_000));
const SEED = Number(process.env.SCALE_SEED ?? 1);
const PORT = Number(process.env.BENCH_PORT_BASE ?? 20700);
const WINDOW_S = Number(process.env.WINDOW ?? 5);
const BASELINE_WINDOWS = Number(process.env.BASELINE_WINDOWS ?? 3);
const THREADS = Number(process.env.THREADS ?? 2);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const JOBS = (
  process.env.SCALE_JOBS ??
  'retention,applicant-deadline,supplement-end,youth-groups-at-30,recovery,transition-marking,deadline-expiry,candidate-check'
).split(',');
const WRITERS = 1000;
const bench = BENCHES.createAbsence;

interface Timed {
  seconds: number;
  peakRssMb: number;
  output: string;
  code: number;
}

/** `npm run cli -- <args>` (the built bundle, scripts/build/run.mjs) on the scale database under /usr/bin/time: wall
 *  time, peak RSS, its output. */
function cli(url: string, args: string[]): { done: Promise<Timed> } {
  const child = spawn('/usr/bin/time', ['-f', 'SCALE-TIME %e %M', process.execPath, 'scripts/build/run.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, BUSINESS_DATE, LOG_LEVEL: 'warn', TLS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return {
    done: new Promise((resolve) =>
      child.once('exit', (code) => {
        const m = /SCALE-TIME ([\d.]+) (\d+)/.exec(output);
        resolve({
          seconds: m ? Number(m[1]) : NaN,
          peakRssMb: m ? Number(m[2]) / 1024 : NaN,
          output: output.replace(/SCALE-TIME .*\n?/, '').trim(),
          code: code ?? 1,
        });
      }),
    ),
  };
}

const wrkWindow = (url: string): Promise<WrkRun> =>
  runWrk({
    url,
    lua: bench.lua,
    threads: THREADS,
    connections: CONNECTIONS,
    durationS: WINDOW_S,
    timeoutS: 10,
    env: { BENCH_CITIZENS: String(WRITERS) },
  });

interface Load {
  windows: number;
  requests: number;
  p99Ms: number;
  p99AnswersMs: number;
  maxMs: number;
  over1s: number;
  non2xx: number;
}

const loadOf = (runs: readonly WrkRun[], p99: (xs: number[]) => number): Load => ({
  windows: runs.length,
  requests: runs.reduce((s, r) => s + r.requests, 0),
  p99Ms: p99(runs.map((r) => r.p99Ms)),
  p99AnswersMs: p99(runs.map((r) => r.p99AnswersMs)),
  maxMs: Math.max(...runs.map((r) => r.maxMs)),
  over1s: runs.reduce((s, r) => s + r.over1s, 0),
  non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
});
const loadText = (l: Load) =>
  `p99 ${l.p99Ms.toFixed(1)} ms (answers alone ${l.p99AnswersMs.toFixed(1)} ms), max ${l.maxMs.toFixed(0)} ms, ` +
  `${l.over1s} over 1 s, ${l.requests} requests in ${l.windows} window(s) of ${WINDOW_S} s, ${l.non2xx} non-2xx`;

async function main(): Promise<void> {
  setLogLevel('silent');
  const rows: ResultRow[] = [];
  const say = (label: string, value: number, unit: string) => {
    console.log(`${label}: ${value.toFixed(1)} ${unit}`);
    rows.push(row(label, value, unit));
  };
  const cluster = await startPostgres();
  try {
    const url = await createDatabase(cluster.url, 'scale');
    const db = await openDatabase({ client: 'pg', connection: url });
    try {
      await loadScenario(db, parseScenario(benchScenario(WRITERS)));
    } finally {
      await closeDatabase(db);
    }
    const generated = await cli(url, ['generate-citizens', String(CITIZENS), '--seed', String(SEED)]).done;
    if (generated.code !== 0) throw new Error(`generate-citizens failed:\n${generated.output}`);
    console.log(generated.output.split('\n').at(-1));
    say(`generate-citizens ${CITIZENS}: time`, generated.seconds, 's');
    say(`generate-citizens ${CITIZENS}: peak RSS`, generated.peakRssMb, 'MiB');
    const analysed = Date.now();
    const pg = await openDatabase({ client: 'pg', connection: url });
    await pg.raw('vacuum analyze');
    await closeDatabase(pg);
    console.log(`vacuum analyze: ${((Date.now() - analysed) / 1000).toFixed(1)} s`);
    const dry = await cli(url, ['retention', '--dry-run']).done;
    console.log(dry.output);

    const server = await startServer(
      'facade PostgreSQL',
      PORT,
      ['--import', 'tsx', 'src/main.ts', 'serve'],
      { DATABASE_URL: url, PROCESSES: '1', PORT: String(PORT), TLS: 'off', BUSINESS_DATE, LOG_LEVEL: 'warn' },
      /"event":"server:tls-off"/,
    );
    await curlCheck(server, bench);
    const target = urlOf(server, bench);
    await wrkWindow(target); // warm-up
    const baselineRuns: WrkRun[] = [];
    for (let i = 0; i < BASELINE_WINDOWS; i++) baselineRuns.push(await wrkWindow(target));
    const baseline = loadOf(baselineRuns, median);
    say('CreateAbsence without a job: p99 (median window)', baseline.p99Ms, 'ms');
    say('CreateAbsence without a job: max', baseline.maxMs, 'ms');
    console.log(`  ${loadText(baseline)}`);

    for (const job of JOBS) {
      const run = cli(url, [job]);
      let ended = false;
      void run.done.then(() => (ended = true));
      const during: WrkRun[] = [];
      while (!ended) during.push(await wrkWindow(target));
      const timed = await run.done;
      const load = loadOf(during, (xs) => Math.max(...xs));
      console.log(`\n${job}: exit ${timed.code}, ${timed.seconds} s, peak RSS ${timed.peakRssMb.toFixed(1)} MiB`);
      console.log(`  ${timed.output.split('\n').slice(-14).join('\n  ')}`);
      console.log(`  CreateAbsence meanwhile: ${loadText(load)}`);
      const typical = loadOf(during, median).p99Ms;
      console.log(`  CreateAbsence meanwhile, the median window's p99: ${typical.toFixed(1)} ms`);
      say(`${job}: time (under the CreateAbsence load)`, timed.seconds, 's');
      say(`${job}: peak RSS`, timed.peakRssMb, 'MiB');
      say(`${job}: CreateAbsence p99 meanwhile (worst window)`, load.p99Ms, 'ms');
      say(`${job}: CreateAbsence max meanwhile`, load.maxMs, 'ms');
      say(`${job}: CreateAbsence p99 meanwhile (median window)`, typical, 'ms');
      if (timed.code !== 0) rows.push(check(`${job}: exit 0`, false, timed.output.split('\n').at(-1) ?? '', 'exit 0'));
    }
    const file = writeResult({
      name: 'scale',
      title: `${CITIZENS.toLocaleString('en')} citizens on PostgreSQL 15: the deletion engine and the nightly jobs, time, peak RSS, CreateAbsence p99 meanwhile`,
      method:
        `generate-citizens ${CITIZENS} --seed ${SEED} on a throwaway PostgreSQL 15 cluster (fsync off, as the tests), ` +
        `vacuum analyze; serve PROCESSES=1 TLS=off; wrk -t${THREADS} -c${CONNECTIONS} CreateAbsence in windows of ` +
        `${WINDOW_S} s (baseline: median of ${BASELINE_WINDOWS}; during a job: the worst window); each job one ` +
        `full CLI run under /usr/bin/time, one after another`,
      rows,
    });
    console.log(`\nwritten ${file}`);
  } finally {
    await stopServers();
    await cluster.stop();
  }
}

await main();
