// WSRM pull drain rate: the real app in its own process on a fresh SQLite file, MESSAGES real
// GetAbsenceVersion7 payloads (absenceMessages, as a registration writes them) queued for RECEIVERS
// jobcentres (10100, 10101, …; evenly), and one client per receiver (all in this process) draining its
// queue over HTTP with raw SOAP envelopes: CreateSequence → GetAbsenceVersion7 → TerminateSequence, 500
// messages per sequence, until the inventory is empty. One receiver drains sequence after sequence, so its
// rate is the latency of three calls; DFDG's receivers (about a hundred jobcentres and a-kasser) pull at
// the same time, which RECEIVERS > 1 shows. Prints messages/s and the time of each call per sequence.
//
//   node --import tsx bench/wsrmPull.ts [MESSAGES=20000] [RECEIVERS=1]
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/facade.ts';
import { FixedClock } from '../src/clock.ts';
import { setLogLevel } from '../src/log.ts';
import { enqueue } from '../src/outbox/outbox.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { absenceNotifications } from '../test/support/outbox.ts';

const MESSAGES = Number(process.argv[2] ?? 20_000);
const RECEIVERS = Number(process.argv[3] ?? 1);
const receiverCodes = Array.from({ length: RECEIVERS }, (_, i) => String(10100 + i));

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
  const rows = receiverCodes.flatMap((code, i) =>
    absenceNotifications(
      { organisationType: 8, organisationCode: code, subQueue: null },
      Math.floor(MESSAGES / RECEIVERS) + (i < MESSAGES % RECEIVERS ? 1 : 0),
    ),
  );
  for (let i = 0; i < rows.length; i += 5000)
    await db.transaction((trx) => enqueue(trx, rows.slice(i, i + 5000), '2025-03-03T10:00:00.000+01:00'));

  // The queue was written just now: copy it into the database file before the clock starts, as the
  // registrations' own checkpoints would have over the day.
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  const app = createApp(db, new FixedClock('2025-03-03'));
  const base = await app.listen(0);
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

async function drain(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), [String(MESSAGES), String(RECEIVERS), '--serve'], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : []),
    ],
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
  const drainReceiver = async (code: string) => {
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
      drained += count;
      sequences++;
    }
    agent.destroy();
  };
  const started = process.hrtime.bigint();
  await Promise.all(receiverCodes.map(drainReceiver));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `WSRM pull: ${drained} GetAbsenceVersion7 messages, ${RECEIVERS} receiver(s) at once, ${sequences} sequences, ${seconds.toFixed(2)} s: ` +
      `${Math.round(drained / seconds)} messages/s; per 500-message sequence ` +
      `CreateSequence ${(phase.create / sequences).toFixed(1)} ms, GetAbsenceVersion7 ${(phase.get / sequences).toFixed(1)} ms, ` +
      `TerminateSequence ${(phase.terminate / sequences).toFixed(1)} ms`,
  );
  child.disconnect();
  await new Promise((resolve) => child.once('exit', resolve));
}

if (process.argv.includes('--serve')) await serve();
else await drain();
