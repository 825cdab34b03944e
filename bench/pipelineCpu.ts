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
//   [BENCH=createIndkaldelse] [JOURNAL=1] node --import tsx bench/pipelineCpu.ts        (N=3000, ROUNDS=5 by default)
// Prints one line (two on Linux); writes nothing under bench/results (not part of `npm run bench`).
import { randomUUID } from 'node:crypto';
import { DEFAULTS } from '../src/config/defaults.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const pick = (n: number) => Math.floor(Math.random() * n);
/** What the Lua scripts put in for their placeholders, per request. */
const PER_REQUEST: Record<string, () => string> = {
  '{CPR}': () => String(101900000 + pick(Math.max(bench.citizens, 1))).padStart(10, '0'),
  '{ID}': randomUUID,
  '{DAY}': () => `2025-0${4 + pick(3)}-${String(1 + pick(28)).padStart(2, '0')}`,
};

setLogLevel('silent');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipeline-'));
const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
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
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (left-- > 0) await one();
      }),
    );
    await clientCalls.flush();
    const used = process.cpuUsage(before);
    return { all: (used.user + used.system) / N, main: (mainThreadCpuUs() - mainBefore) / N };
  };
  await round();
  const us: number[] = [];
  const mainUs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const used = await round();
    us.push(used.all);
    mainUs.push(used.main);
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
  await clientCalls.close();
  await deps.citizens.close();
  validator.dispose();
} finally {
  await closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
}
