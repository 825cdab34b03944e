// CPU per request of the pipeline alone, no HTTP: the facade's pipeline (`handleSoapRequest`, as
// bench/servers/facade.ts composes it: SQLite, logging off, request metrics on) answering the envelope of a wrk
// benchmark (BENCH=getPersonExempts by default, or createIndkaldelse / createAbsence: the Lua script's
// placeholders filled per request as it fills them) with 50 requests in flight, `process.cpuUsage()` over ROUNDS rounds of N
// requests after one round of warm-up (each round ends with the client-call flush, src/app/clientReport/recorder.ts).
// For comparing two commits on a shared machine: run it in both worktrees in turn, several times, and compare the minimum and median (wrk's rates there swing far more than CPU time).
// On Linux it also prints the main thread's CPU alone (the event loop: what a single-process server runs out of;
// the process figure adds SQLite's checkpointing thread and V8's helper threads).
// JOURNAL=1 keeps the console's request journal as `CONSOLE_TOKEN` does (the envelopes handed over, the ring buffer
// of REQUEST_JOURNAL_SIZE entries fed): the cost of the console on the hot path.
// PG_URL=postgres://…/postgres runs it on PostgreSQL instead: a database of its own made on that server (the bench's
// citizens loaded) and dropped at the end; it then also prints the server's CPU per request (every `postgres`
// process of this machine, so the server must be local and otherwise idle) — a round trip costs both sides — and
// the round trips per request (pg's queries: each is one).
//   [BENCH=createIndkaldelse] [JOURNAL=1] [PG_URL=…] node --import tsx bench/pipelineCpu.ts
//   (N=3000, ROUNDS=5 by default)
// Prints one line (two on Linux); writes nothing under bench/results (not part of `npm run bench`).
import { randomUUID } from 'node:crypto';
import { DEFAULTS } from '../src/config/defaults.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Registry } from 'prom-client';
import { loadScenario, parseScenario } from '../src/cli/scenario.ts';
import { FixedClock } from '../src/clock.ts';
import { ContractValidator } from '../src/contract/validator.ts';
import { logger, setLogLevel } from '../src/log.ts';
import { DfdgEvents } from '../src/observability/events.ts';
import { RequestJournal } from '../src/observability/requestJournal.ts';
import { PlannerDirectory } from '../src/outbound/externalBooking/planners.ts';
import { services } from '../src/services/index.ts';
import { DEFAULT_INPUT_LIMITS } from '../src/soap/inputLimits.ts';
import { handleSoapRequest, type PipelineDeps } from '../src/soap/pipeline.ts';
import { registerRequestMetrics } from '../src/soap/requestMetrics.ts';
import { recordClientCalls } from '../src/app/clientReport/recorder.ts';
import { citizenReaderFor } from '../src/store/citizenReader.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { createDatabase, dropDatabase } from '../test/support/postgres.ts';
import { BENCHES, type Bench } from './benches.ts';
import { luaEnvelope } from './luaEnvelope.ts';
import { BUSINESS_DATE, benchScenario, writeCitizens } from './servers/scenario.ts';

const N = Number(process.env.N ?? 3000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const IN_FLIGHT = 50;
const JOURNAL = process.env.JOURNAL === '1';
const bench = BENCHES[(process.env.BENCH ?? 'getPersonExempts') as Bench['name']];
if (!bench) throw new Error(`BENCH: one of ${Object.keys(BENCHES).join(', ')}`);
/** CPU time of the main thread alone (Linux: /proc/thread-self/schedstat, ns), µs; 0 where unavailable.
 *  process.cpuUsage() also counts the other threads (SQLite's checkpointing thread, V8's), while the
 *  event loop's thread is the one a single-process server runs out of. */
function mainThreadCpuUs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
  } catch {
    return 0;
  }
}
/** CPU time of this machine's PostgreSQL processes (utime + stime, clock ticks of 10 ms), µs. */
function postgresCpuUs(): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)))
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  return ticks * 10_000;
}
/** pg's queries so far (PG_URL): each is one round trip. */
let roundTrips = 0;
if (process.env.PG_URL) {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    roundTrips++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
}
const pick = (n: number) => Math.floor(Math.random() * n);
/** What the Lua scripts put in for their placeholders, per request. */
const PER_REQUEST: Record<string, () => string> = {
  '{CPR}': () => String(101900000 + pick(Math.max(bench.citizens, 1))).padStart(10, '0'),
  '{ID}': randomUUID,
  '{DAY}': () => `2025-0${4 + pick(3)}-${String(1 + pick(28)).padStart(2, '0')}`,
};

setLogLevel('silent');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipeline-'));
const PG_URL = process.env.PG_URL;
const pgName = `bench_pipeline_${process.pid}`;
const db = PG_URL
  ? await openDatabase({ client: 'pg', connection: await createDatabase(PG_URL, pgName) })
  : await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
try {
  await loadScenario(db, parseScenario(benchScenario(writeCitizens(bench.name))));
  const validator = ContractValidator.compile();
  const events = new DfdgEvents();
  registerRequestMetrics(new Registry(), events);
  // as createApp composes it; each round below also adds its counts to client_call (one flush per round)
  const clientCalls = recordClientCalls(db, events, new FixedClock(BUSINESS_DATE));
  if (JOURNAL) new RequestJournal(DEFAULTS.requestJournalSize).listen(events);
  const deps: PipelineDeps = {
    db,
    citizens: citizenReaderFor(db),
    validator,
    clock: new FixedClock(BUSINESS_DATE),
    logger,
    events,
    xmlLimits: DEFAULT_INPUT_LIMITS,
    planners: new PlannerDirectory({ endpoints: {}, timeoutMs: 1000 }, validator),
    dagpengeMaximumRates: DEFAULTS.dagpengeMaximumRates,
    keepEnvelopes: JOURNAL,
  };
  const template = luaEnvelope(bench.lua);
  const envelope = () =>
    Object.keys(bench.placeholders).reduce((text, k) => text.replaceAll(k, PER_REQUEST[k]!()), template);
  const service = services.find((s) => s.descriptor.endpointPath === bench.endpoint)!;
  const one = () =>
    handleSoapRequest(service, Buffer.from(envelope()), deps, {
      baseUrl: 'http://127.0.0.1',
      requestId: randomUUID(),
      soapAction: bench.soapAction.replaceAll('"', ''),
      certificate: null,
    });
  const first = await one();
  if (!bench.expect.test(String(first.body))) throw new Error(`not the operation's answer: ${String(first.body)}`);
  const round = async () => {
    let left = N;
    const before = process.cpuUsage();
    const mainBefore = mainThreadCpuUs();
    const serverBefore = PG_URL ? postgresCpuUs() : 0;
    const roundTripsBefore = roundTrips;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (left-- > 0) await one();
      }),
    );
    await clientCalls.flush();
    const used = process.cpuUsage(before);
    return {
      all: (used.user + used.system) / N,
      main: (mainThreadCpuUs() - mainBefore) / N,
      server: PG_URL ? (postgresCpuUs() - serverBefore) / N : 0,
      roundTrips: (roundTrips - roundTripsBefore) / N,
    };
  };
  await round();
  const us: number[] = [];
  const mainUs: number[] = [];
  const serverUs: number[] = [];
  const roundTripsPer: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const used = await round();
    us.push(used.all);
    mainUs.push(used.main);
    serverUs.push(used.server);
    roundTripsPer.push(used.roundTrips);
  }
  const summary = (values: number[]) => {
    const sorted = values.slice().sort((a, b) => a - b);
    return (
      `min ${sorted[0]!.toFixed(1)} median ${sorted[sorted.length >> 1]!.toFixed(1)} ` +
      `(rounds of ${N}, ${IN_FLIGHT} in flight: ${values.map((u) => u.toFixed(0)).join(' ')})`
    );
  };
  if (JOURNAL) console.log('with the request journal (JOURNAL=1)');
  console.log(`${bench.name} pipeline CPU µs/request: ${summary(us)}`);
  if (mainThreadCpuUs() > 0) console.log(`${bench.name} main thread CPU µs/request: ${summary(mainUs)}`);
  if (PG_URL) {
    console.log(`${bench.name} PostgreSQL server CPU µs/request: ${summary(serverUs)}`);
    console.log(`${bench.name} PostgreSQL round trips/request: ${roundTripsPer.map((n) => n.toFixed(2)).join(' ')}`);
  }
  await clientCalls.close();
  await deps.citizens.close();
  validator.dispose();
} finally {
  await closeDatabase(db);
  if (PG_URL) await dropDatabase(PG_URL, pgName);
  fs.rmSync(dir, { recursive: true, force: true });
}
