// WSRM pull drain rate: the real app in its own process on a fresh SQLite file, MESSAGES real
// GetAbsenceVersion7 payloads (absenceMessages, as a registration writes them) queued for RECEIVERS
// jobcentres (10100, 10101, …; evenly), and one client per receiver (all in this process) draining its
// queue over HTTP with raw SOAP envelopes: CreateSequence → GetAbsenceVersion7 → TerminateSequence, 500
// messages per sequence, until the inventory is empty. One receiver drains sequence after sequence, so its
// rate is the latency of three calls; DFDG's receivers (about a hundred jobcentres and a-kasser) pull at
// the same time, which RECEIVERS > 1 shows. Prints messages/s and the time of each call per sequence.
// Each run is a fresh server process on a fresh database, warmed up by draining WARMUP messages of another
// receiver first (as wrk's warm-up in bench/run.sh); the server's CPU time (process.cpuUsage(), all its
// threads) over the timed drain is reported per 1,000 messages, the figure to compare changes by on a shared
// machine. RUNS runs (default 5) each report their rate against the target (≥ 20,000 messages/s for one
// receiver, issue 13); bench/results/wsrmPull.json holds every run (bench/results.ts). QUICK=1: one run of
// 5,000 messages. BENCH_PROF=dir writes a CPU
// profile of the server over each timed drain.
//
//   RUNS=5 WARMUP=2000 node --import tsx bench/wsrmPull.ts [MESSAGES=20000] [RECEIVERS=1]
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/facade.ts';
import { FixedClock } from '../src/clock.ts';
import { setLogLevel } from '../src/log.ts';
import { enqueue } from '../src/outbox/outbox.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { absenceNotifications } from '../test/support/outbox.ts';
import { isQuick, median, row, writeResult } from './results.ts';

const MESSAGES = Number(process.argv[2] ?? (isQuick() ? 5_000 : 20_000));
const RECEIVERS = Number(process.argv[3] ?? 1);
const RUNS = Number(process.env.RUNS ?? (isQuick() ? 1 : 5));
const WARMUP = Number(process.env.WARMUP ?? (isQuick() ? 500 : 2000));
const TARGET = 20_000;
const receiverCodes = Array.from({ length: RECEIVERS }, (_, i) => String(10100 + i));
/** The receiver whose queue warms the server up before the clock starts. */
const WARMUP_CODE = '10099';

const headers = `<soapenv:Header>
<aoh:ActiveOrganisationHeader xmlns:aoh="http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/"><aoh:OrganisationTypeIdentifier>8</aoh:OrganisationTypeIdentifier><aoh:OrganisationCode>10100</aoh:OrganisationCode></aoh:ActiveOrganisationHeader>
<rum:RequestUserMetadataHeader xmlns:rum="http://service.bm.dk/RequestUserMetadata/2015/01/21/" xmlns:rus="http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/" xmlns:rut="http://service.bm.dk/pjaktass/2015/01/21/RequestUserTypeIdentifierCodeList/" xmlns:ros="http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/" xmlns:otc="http://service.bm.dk/pjaktass/2015/01/21/OrganisationTypeIdentifierCodeList/" xmlns:clb="http://service.bm.dk/pjaktass/2013/06/07/CodeListBase/"><rus:RequestUserStructure><rus:UserFullName>Fagsystem WSRM</rus:UserFullName><rut:RequestUserTypeIdentifier><clb:CodeListItemIdentifier>3</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier><rus:UserIdentifier>CVR:12345678-FID:1</rus:UserIdentifier></rus:RequestUserStructure><ros:RequestOrganisationStructure><otc:OrganisationTypeIdentifier><clb:CodeListItemIdentifier>8</clb:CodeListItemIdentifier></otc:OrganisationTypeIdentifier><ros:OrganisationCode>10100</ros:OrganisationCode></ros:RequestOrganisationStructure></rum:RequestUserMetadataHeader>
</soapenv:Header>`;
const envelope = (code: string, body: string) =>
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">${headers.replaceAll('10100', code)}<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
const WSRM = 'http://docs.oasis-open.org/ws-rx/wsrm/200602';
const MSG = 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/';

/** A receiver's HTTP client: one kept-alive connection, the answer kept as bytes (a fagsystem parses it
 *  as a stream; the bench only counts items), so the client's own cost stays small next to the server's. */
function post(agent: http.Agent, url: string, body: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'text/xml; charset=utf-8' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = Buffer.concat(chunks);
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${answer.toString('utf8', 0, 300)}`));
          else resolve(answer);
        });
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** How often `needle` occurs in the answer. */
function occurrences(answer: Buffer, needle: string): number {
  let n = 0;
  for (let at = answer.indexOf(needle); at !== -1; at = answer.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The server process: queue the messages, start the app, tell the parent its URL, serve until killed. */
async function serve(): Promise<void> {
  setLogLevel('silent');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wsrm-'));
  const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
  const rows = [
    ...absenceNotifications({ organisationType: 8, organisationCode: WARMUP_CODE, subQueue: null }, WARMUP),
    ...receiverCodes.flatMap((code, i) =>
      absenceNotifications(
        { organisationType: 8, organisationCode: code, subQueue: null },
        Math.floor(MESSAGES / RECEIVERS) + (i < MESSAGES % RECEIVERS ? 1 : 0),
      ),
    ),
  ];
  for (let i = 0; i < rows.length; i += 5000)
    await db.transaction((trx) => enqueue(trx, rows.slice(i, i + 5000), '2025-03-03T10:00:00.000+01:00'));

  // The queue was written just now: copy it into the database file before the clock starts, as the
  // registrations' own checkpoints would have over the day.
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  const app = createApp(db, new FixedClock('2025-03-03'));
  const base = await app.listen(0);
  // The parent brackets the timed drain: 'start' and 'stop' answer with this process's CPU time so far.
  const profiler = process.env.BENCH_PROF ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
  }
  process.on('message', (m: { measure: 'start' | 'stop' }) => {
    void (async () => {
      if (profiler && m.measure === 'start') await profiler.post('Profiler.start');
      const usage = process.cpuUsage();
      if (profiler && m.measure === 'stop') {
        const { profile } = await profiler.post('Profiler.stop');
        fs.mkdirSync(process.env.BENCH_PROF!, { recursive: true });
        const file = path.join(process.env.BENCH_PROF!, `wsrmPull-${process.pid}.cpuprofile`);
        fs.writeFileSync(file, JSON.stringify(profile));
      }
      process.send!({ cpuUs: usage.user + usage.system });
    })();
  });
  process.send!({ base });
  process.once('disconnect', () => {
    void app.close().then(async () => {
      const left = await db('outbox_message').where({ state: 'pending' }).count({ n: '*' });
      console.log(`server: pending left ${Number(left[0]!.n)}`);
      await closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

interface Run {
  rate: number;
  cpuUsPerThousand: number;
  perSequenceMs: { create: number; get: number; terminate: number };
}

/** Asks the server for its CPU time so far (µs). */
function serverCpu(child: ReturnType<typeof fork>, measure: 'start' | 'stop'): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m: { cpuUs: number }) => resolve(m.cpuUs));
    child.send({ measure });
  });
}

async function run(): Promise<Run> {
  const child = fork(fileURLToPath(import.meta.url), [String(MESSAGES), String(RECEIVERS), '--serve'], {
    execArgv: ['--import', 'tsx'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { base: string }) => resolve(m.base));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  let drained = 0;
  let sequences = 0;
  const phase = { create: 0, get: 0, terminate: 0 };
  const timed = async <T>(name: keyof typeof phase, f: () => Promise<T>): Promise<T> => {
    const t = process.hrtime.bigint();
    try {
      return await f();
    } finally {
      phase[name] += Number(process.hrtime.bigint() - t) / 1e6;
    }
  };
  /** One receiver's loop: sequence after sequence until its inventory is empty. */
  const drainReceiver = async (code: string, counted = true) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const call = (path: string, body: string) => post(agent, base + path, envelope(code, body));
    for (;;) {
      const created = (
        await timed('create', () => call('/3/WsrmService.svc', `<w:CreateSequence xmlns:w="${WSRM}"/>`))
      ).toString('utf8');
      const id = /<[^>]*Identifier>([^<]+)</.exec(created)![1]!;
      const count = Number(/<[^>]*MessageCount>(\d+)</.exec(created)?.[1] ?? 0);
      if (count === 0) {
        await call(
          '/3/WsrmService.svc',
          `<w:TerminateSequence xmlns:w="${WSRM}"><w:Identifier>${id}</w:Identifier></w:TerminateSequence>`,
        );
        break;
      }
      const items = await timed('get', () =>
        call(
          '/11/WsrmMessageService.svc',
          `<m:GetAbsenceVersion7Request xmlns:m="${MSG}"><m:Identifier>${id}</m:Identifier></m:GetAbsenceVersion7Request>`,
        ),
      );
      const got = occurrences(items, ':MessageIdentifier>') / 2;
      if (got !== count) throw new Error(`sequence announced ${count} messages, fetched ${got}`);
      await timed('terminate', () =>
        call(
          '/3/WsrmService.svc',
          `<w:TerminateSequence xmlns:w="${WSRM}"><w:Identifier>${id}</w:Identifier></w:TerminateSequence>`,
        ),
      );
      if (counted) {
        drained += count;
        sequences++;
      }
    }
    agent.destroy();
  };
  if (WARMUP > 0) {
    await drainReceiver(WARMUP_CODE, false);
    phase.create = phase.get = phase.terminate = 0;
  }
  const cpuBefore = await serverCpu(child, 'start');
  const started = process.hrtime.bigint();
  await Promise.all(receiverCodes.map((code) => drainReceiver(code)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuUs = (await serverCpu(child, 'stop')) - cpuBefore;
  console.log(
    `WSRM pull: ${drained} GetAbsenceVersion7 messages, ${RECEIVERS} receiver(s) at once, ${sequences} sequences, ${seconds.toFixed(2)} s: ` +
      `${Math.round(drained / seconds)} messages/s; per 500-message sequence ` +
      `CreateSequence ${(phase.create / sequences).toFixed(1)} ms, GetAbsenceVersion7 ${(phase.get / sequences).toFixed(1)} ms, ` +
      `TerminateSequence ${(phase.terminate / sequences).toFixed(1)} ms; server CPU ${Math.round((cpuUs / drained) * 1000)} µs per 1,000 messages`,
  );
  child.disconnect();
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    rate: drained / seconds,
    cpuUsPerThousand: (cpuUs / drained) * 1000,
    perSequenceMs: {
      create: phase.create / sequences,
      get: phase.get / sequences,
      terminate: phase.terminate / sequences,
    },
  };
}

async function drain(): Promise<void> {
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    process.stdout.write(`run ${i}/${RUNS}: `);
    runs.push(await run());
  }
  const rates = runs.map((r) => Math.round(r.rate));
  const cpu = runs.map((r) => Math.round(r.cpuUsPerThousand));
  const ms = (k: keyof Run['perSequenceMs']) => runs.map((r) => Number(r.perSequenceMs[k].toFixed(1)));
  const met = rates.filter((r) => r >= TARGET).length;
  const label = `WSRM pull, ${RECEIVERS} receiver(s), ${MESSAGES} GetAbsenceVersion7 messages`;
  console.log(
    `${label}: ${rates.join(', ')} messages/s (median ${median(rates)}); target ≥ ${TARGET} met in ${met} of ${RUNS} runs; ` +
      `server CPU per 1,000 messages ${cpu.join(', ')} µs`,
  );
  const method =
    `RUNS=${RUNS} runs, each a fresh server process (the real app, SQLite file) with ${MESSAGES} queued GetAbsenceVersion7 messages for ` +
    `${RECEIVERS} receiver(s), warmed up by draining ${WARMUP} messages of another receiver; one client per receiver drains ` +
    `CreateSequence → GetAbsenceVersion7 (500 per sequence) → TerminateSequence over one kept-alive HTTP connection; ` +
    `server CPU = process.cpuUsage() of the server over the timed drain. Shared machine: rates are noisy, CPU per message is the comparable figure.`;
  const file = writeResult({
    name: 'wsrmPull',
    title: `WSRM pull, ${RECEIVERS} receiver(s), SQLite`,
    method,
    rows: [
      row(`${label}: messages/s`, median(rates), 'msg/s', { target: { atLeast: TARGET }, rounds: rates, every: true }),
      row('server CPU per 1,000 messages', median(cpu), 'µs', { rounds: cpu }),
      row('CreateSequence per sequence', median(ms('create')), 'ms', { rounds: ms('create') }),
      row('GetAbsenceVersion7 per sequence', median(ms('get')), 'ms', { rounds: ms('get') }),
      row('TerminateSequence per sequence', median(ms('terminate')), 'ms', { rounds: ms('terminate') }),
    ],
  });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

if (process.argv.includes('--serve')) await serve();
else await drain();
