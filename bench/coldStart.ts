// Cold start: how long `npm start` takes to answer its first GetPersonExempts on an existing database, and how much
// memory the idle facade holds. On a database and certificates of its own in a temp dir (DATABASE_FILE, TLS_DIR):
// the README's sample citizen is loaded (`npm run cli -- load-scenario`), one first start makes the database's
// certificates (timed apart: it runs openssl), then each variant starts RUNS times. A run spawns the command, posts
// the README's GetPersonExempts (test/samples, the sample scenario's citizen) every 10 ms until one is answered with
// the citizen's absence 11, and notes the time since the spawn and the CPU time of the whole process tree so far
// (npm, sh and node: less noisy than the wall time on a shared machine); then it stops the process group.
// Variants: `npm start` over HTTPS with the throwaway client certificate (the target), the start script's command
// without npm, `npm start` with TLS=off, and `npx dfdg-facade serve` from a folder the npm package is installed in
// (`npm pack` of this checkout installed offline as test/support/npmPackage.ts does, before the runs: the vendor's
// one command; on the same database and certificates) and that package's bin without npx. Idle RSS: one more start of the command without npm, with a preload
// that runs a GC on SIGUSR2 (--expose-gc, ./gcOnSignal.mjs); its RSS 1 s after the first answer, then after 200
// more requests, a GC and 1 s.
// Prints a table and writes bench/results/coldStart.json.
//
//   node --import tsx bench/coldStart.ts [RUNS=5]     (COLDSTART_PORT, else BENCH_PORT_BASE + 9, default 18089)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { installOffline, packCheckout } from '../test/support/npmPackage.ts';
import { isQuick, median, row, writeResult, type ResultRow as Row } from './results.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[2] ?? process.env.RUNS ?? (isQuick() ? 1 : 5));
const PORT = Number(process.env.COLDSTART_PORT ?? Number(process.env.BENCH_PORT_BASE ?? 18080) + 9);
const TARGET_MS = 1000;
const SCENARIO = path.join(ROOT, 'test/samples/scenarios/basic.yaml');
/** The sample request, asking for the sample scenario's citizen on a day of their sickness absence (11). */
const REQUEST = fs
  .readFileSync(path.join(ROOT, 'test/samples/PersonVisitationStatusService/GetPersonExempts.request.xml'), 'utf8')
  .replace(/(PersonCivilRegistrationIdentifier>)\d{10}</, '$10101901234<')
  .replace(/(DateForExempts>)[\d-]+</, '$12024-03-05<');
const ANSWERED = /PersonExemptTypeIdentifierType>11</;
const ENDPOINT = '/1/PersonVisitationStatusService.svc';
const SOAP_ACTION = '"http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/GetPersonExempts"';

if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 50) throw new Error('RUNS must be 1..50');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-coldstart-'));
const tlsDir = path.join(work, 'tls');
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  DATABASE_FILE: path.join(work, 'dfdg.sqlite'),
  TLS_DIR: tlsDir,
};
for (const k of ['BUSINESS_DATE', 'TLS', 'TLS_CERT', 'TLS_KEY', 'TLS_CLIENT_CA', 'DATABASE_URL', 'NODE_OPTIONS'])
  delete baseEnv[k];

/** The start script's command without npm (`node … serve`), split on spaces (it has no quoting). */
const startScript = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts.start!;
const direct = startScript.split(/\s+/);
if (direct[0] !== 'node') throw new Error(`the start script does not start with node: ${startScript}`);

interface Variant {
  label: string;
  command: string[];
  tls: boolean;
  /** where it runs (default: the checkout) */
  cwd?: string;
}
const VARIANTS: Variant[] = [
  { label: 'npm start → first GetPersonExempts (HTTPS, client certificate)', command: ['npm', 'start'], tls: true },
  {
    label: `${startScript} → first GetPersonExempts (HTTPS)`,
    command: [process.execPath, ...direct.slice(1)],
    tls: true,
  },
  { label: 'TLS=off npm start → first GetPersonExempts (HTTP)', command: ['npm', 'start'], tls: false },
];

// ---- the client

let tlsClient: https.RequestOptions = {};
function loadClientCertificate(): void {
  const read = (f: string) => fs.readFileSync(path.join(tlsDir, f));
  tlsClient = { ca: read('ca.crt'), cert: read('client.crt'), key: read('client.key') };
}

/** One POST of the request on a new connection: the status and body, or null when nothing listens yet. */
function ask(tls: boolean, agent: http.Agent | false = false): Promise<{ status: number; body: string } | null> {
  return new Promise((resolve) => {
    const options: https.RequestOptions = {
      host: '127.0.0.1',
      port: PORT,
      method: 'POST',
      path: ENDPOINT,
      agent,
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: SOAP_ACTION },
      ...(tls ? tlsClient : {}),
    };
    let request: http.ClientRequest;
    try {
      request = (tls ? https : http).request(options, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', () => resolve(null));
      });
    } catch {
      return resolve(null); // a certificate file still being written by the first start
    }
    request.on('error', () => resolve(null));
    request.end(REQUEST);
  });
}

// ---- processes

interface ProcStat {
  pid: number;
  ppid: number;
  cpuTicks: number;
}
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** /proc/<pid>/stat, or with `thread` that of one of its threads (the main thread's id is the pid). */
function procStat(pid: number, thread?: number): ProcStat | null {
  try {
    const text = fs.readFileSync(
      thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`,
      'utf8',
    );
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), cpuTicks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null; // gone
  }
}

/** The process and its descendants, parents first. */
function processTree(root: number): ProcStat[] {
  const all = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => procStat(Number(d)))
    .filter((p): p is ProcStat => p !== null);
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return tree;
}

/** CPU time (user + system) the tree's processes used so far, ms. */
const cpuMsOf = (tree: ProcStat[]) => (tree.reduce((sum, p) => sum + p.cpuTicks, 0) * 1000) / TICKS_PER_SECOND;

/** The facade's own process: the deepest of the tree (npm → sh → node, or node alone). */
const facadePid = (root: number) => processTree(root).at(-1)!.pid;

/** CPU time of the facade's main thread so far, ms: what the start waits for when the machine's other core takes
 *  the background work (V8's compiler threads, the SQLite checkpoint worker). */
const mainThreadCpuMs = (root: number) => {
  const pid = facadePid(root);
  return ((procStat(pid, pid)?.cpuTicks ?? NaN) * 1000) / TICKS_PER_SECOND;
};

function rssMiB(pid: number): number {
  const kB = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kB) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The process groups started and not yet stopped: stopped on a failure too. */
const running = new Set<ChildProcess>();

async function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  const killed = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 10_000);
  await exited;
  // npm or npx may exit before the node process it started has closed its port: the next start would be answered
  // by the last one. Wait for the whole group (at most 10 s: a zombie nobody reaps stays in it).
  for (const t0 = performance.now(); groupAlive(child.pid!) && performance.now() - t0 < 10_000;) await sleep(10);
  clearTimeout(killed);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Started {
  child: ChildProcess;
  ms: number;
  cpuMs: number;
  mainMs: number;
}

/** Spawns `command` (its own process group) and posts until the first answer; rejects on a wrong answer. */
async function startAndAsk(
  command: string[],
  tls: boolean,
  env: NodeJS.ProcessEnv = {},
  cwd: string = ROOT,
): Promise<Started> {
  const log = fs.openSync(path.join(work, 'facade.log'), 'a');
  const t0 = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...baseEnv, ...(tls ? {} : { TLS: 'off' }), ...env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  running.add(child);
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    const answer = await ask(tls);
    if (answer) {
      const ms = performance.now() - t0;
      const cpuMs = cpuMsOf(processTree(child.pid!));
      const mainMs = mainThreadCpuMs(child.pid!);
      if (answer.status !== 200 || !ANSWERED.test(answer.body)) {
        await stop(child);
        throw new Error(`unexpected answer ${answer.status}: ${answer.body.slice(0, 400)}`);
      }
      return { child, ms, cpuMs, mainMs };
    }
    if (exited) throw new Error(`${command.join(' ')} exited before answering; see ${path.join(work, 'facade.log')}`);
    await sleep(10);
  }
}

// ---- results

// ---- the run

/** Starts `variant` RUNS times; a row of the start→answer times (ms) and one of the CPU times. */
async function timeStarts(variant: Variant, target: boolean): Promise<Row[]> {
  const times: number[] = [];
  const cpu: number[] = [];
  const main: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = await startAndAsk(variant.command, variant.tls, {}, variant.cwd);
    await stop(started.child);
    times.push(Math.round(started.ms));
    cpu.push(Math.round(started.cpuMs));
    main.push(Math.round(started.mainMs));
    console.log(
      `  ${variant.label}: run ${i + 1}: ${times.at(-1)} ms (CPU ${cpu.at(-1)} ms, facade main thread ${main.at(-1)} ms)`,
    );
  }
  const value = median(times);
  return [
    row(variant.label, value, 'ms', { rounds: times, ...(target ? { target: { atMost: TARGET_MS } } : {}) }),
    row(`${variant.label}: CPU time of the process tree`, median(cpu), 'ms', { rounds: cpu }),
    row(`${variant.label}: CPU time of the facade's main thread`, median(main), 'ms', { rounds: main }),
  ];
}

/** Idle RSS of the facade process: after the first answer and 1 s, then after 200 more requests, a GC and 1 s. */
async function idleRss(): Promise<Row[]> {
  const variant = VARIANTS[1]!;
  const preload = path.join(ROOT, 'bench/gcOnSignal.mjs');
  const started = await startAndAsk(variant.command, variant.tls, { NODE_OPTIONS: `--expose-gc --import ${preload}` });
  try {
    const pid = facadePid(started.child.pid!);
    await sleep(1000);
    const afterStart = rssMiB(pid);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 4 });
    const answers = await Promise.all(Array.from({ length: 200 }, () => ask(true, agent)));
    agent.destroy();
    if (answers.some((a) => a?.status !== 200)) throw new Error('a request of the 200 was not answered with 200');
    process.kill(pid, 'SIGUSR2');
    await sleep(1000);
    const afterRequests = rssMiB(pid);
    return [
      { label: 'idle RSS after start (1 s after the first answer)', value: Math.round(afterStart), unit: 'MiB' },
      { label: 'idle RSS after 200 more requests and a GC', value: Math.round(afterRequests), unit: 'MiB' },
    ];
  } finally {
    await stop(started.child);
  }
}

async function main(): Promise<string> {
  const rows: Row[] = [];
  const inUse = await new Promise<boolean>((resolve) =>
    net
      .connect(PORT, '127.0.0.1')
      .once('connect', function (this: net.Socket) {
        this.destroy();
        resolve(true);
      })
      .once('error', () => resolve(false)),
  );
  if (inUse) throw new Error(`port ${PORT} is already in use (set COLDSTART_PORT or BENCH_PORT_BASE)`);
  let t0 = performance.now();
  execFileSync('npm', ['run', '--silent', 'cli', '--', 'load-scenario', SCENARIO], {
    cwd: ROOT,
    env: baseEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const loadMs = Math.round(performance.now() - t0);
  console.log(`npm run cli -- load-scenario (creates and migrates the database): ${loadMs} ms`);
  rows.push({ label: 'npm run cli -- load-scenario on a new database', value: loadMs, unit: 'ms' });

  // The first start makes the certificates the client needs: ask once they are there.
  t0 = performance.now();
  const log = fs.openSync(path.join(work, 'facade.log'), 'a');
  const child = spawn('npm', ['start'], { cwd: ROOT, env: baseEnv, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  running.add(child);
  let firstMs = 0;
  for (let answered = false; !answered; await sleep(10)) {
    try {
      loadClientCertificate();
    } catch {
      continue; // not made yet
    }
    const answer = await ask(true);
    if (answer?.status === 200 && ANSWERED.test(answer.body)) {
      firstMs = Math.round(performance.now() - t0);
      answered = true;
    }
    if (child.exitCode !== null) throw new Error(`the first npm start exited; see ${path.join(work, 'facade.log')}`);
  }
  await stop(child);
  console.log(`first npm start (makes the throwaway certificates): ${firstMs} ms`);
  rows.push({ label: 'first npm start (makes the certificates) → first GetPersonExempts', value: firstMs, unit: 'ms' });

  t0 = performance.now();
  const vendor = path.join(work, 'vendor');
  fs.mkdirSync(path.join(vendor, 'app'), { recursive: true });
  installOffline(await packCheckout(vendor), path.join(vendor, 'app'));
  console.log(`npm pack and an offline install into an empty folder: ${Math.round(performance.now() - t0)} ms`);
  const app = path.join(vendor, 'app');
  VARIANTS.push(
    {
      label: 'npx dfdg-facade serve (the npm package) → first GetPersonExempts (HTTPS)',
      command: ['npx', '--no', 'dfdg-facade', 'serve'],
      tls: true,
      cwd: app,
    },
    {
      label: "the package's bin without npx (node_modules/.bin/dfdg-facade serve) → first GetPersonExempts (HTTPS)",
      command: [path.join(app, 'node_modules/.bin/dfdg-facade'), 'serve'],
      tls: true,
      cwd: app,
    },
  );

  for (const [i, variant] of VARIANTS.entries()) rows.push(...(await timeStarts(variant, i === 0)));
  rows.push(...(await idleRss()));

  console.log();
  for (const r of rows)
    console.log(
      `${r.label}: ${r.value} ${r.unit}${r.rounds ? ` (median of ${r.rounds.join(', ')})` : ''}${r.target === undefined ? '' : ` — target ${r.target} ${r.unit}: ${r.met ? 'met' : 'NOT met'}`}`,
    );
  return writeResult({
    name: 'coldStart',
    title: 'Cold start: npm start to the first answer, and idle memory',
    rows,
    method:
      `${RUNS} starts per variant on an existing SQLite database (the sample scenario loaded, certificates made by a first start), ` +
      `each timed from the spawn to the first GetPersonExempts answered with the citizen's absence 11 (posted every 10 ms, ` +
      `a new connection each); CPU time of the process tree (npm, sh, node) at that moment from /proc; idle RSS of the ` +
      `facade process (VmRSS) from one more start of the command without npm`,
  });
}

main().then(
  (file) => {
    console.log(`wrote ${path.relative(ROOT, file)}`);
    fs.rmSync(work, { recursive: true, force: true });
  },
  async (err: Error) => {
    for (const child of running) await stop(child);
    console.error(err);
    console.error(`kept ${work}`);
    process.exitCode = 1;
  },
);
