// Memory of the NUPH document round trip (R-AK-07, D-226): a facade in a child process (SQLite file, plain HTTP,
// logging off, --expose-gc) holding one NUPH; this process streams a SIZE-byte document (15 MiB by default: the
// largest allowed) from disk into CreateDokument as base64 with line breaks — never holding it whole either — then
// streams it back with GetDokument, decoding and hashing the base64 as it arrives. The child samples its
// process.memoryUsage().rss every 5 ms; printed: its RSS before (after a GC), the peak and the level after each
// step, the rise over the document's size, the wall time of each step and whether the bytes came back intact.
//   node --import tsx bench/nuphDocumentRss.ts          (SIZE=15728640 BENCH_PORT_BASE=19600 by default)
// Writes nothing under bench/results (not part of `npm run bench`).
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

interface Sample {
  rss: number;
  peak: number;
  atPeak: NodeJS.MemoryUsage;
}

const NS = 'http://service.bm.dk/pjaktass/2024/12/01/Underretning.NuphDialogService/';
const PATH = '/1/Underretning.NuphDialogService.svc';
const NUPH_ID = '3f2504e0-4f89-41d3-9a0c-00000000aaaa';

async function server(port: number): Promise<void> {
  const { createApp } = await import('../src/facade.ts');
  const { FixedClock } = await import('../src/clock.ts');
  const { setLogLevel } = await import('../src/log.ts');
  const { openDatabase } = await import('../src/store/database.ts');
  const { insertNuph } = await import('../src/store/nuphRepository.ts');
  setLogLevel('silent');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nuphdoc-'));
  const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
  await db.transaction((trx) =>
    insertNuph(trx, {
      id: NUPH_ID,
      cpr: '0101901234',
      akasse: '81',
      jobcentre: '10100',
      origin: 'jobcentre',
      sourceId: null,
      eventCode: 1,
      eventDate: '2024-02-26',
      notifiedOn: '2024-02-27',
      state: 'open',
      comment: null,
      withdrawnOn: null,
    }),
  );
  const app = createApp(db, new FixedClock('2024-03-04'));
  await app.listen(port, '127.0.0.1');
  let peak = 0;
  let atPeak = process.memoryUsage();
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak) [peak, atPeak] = [m.rss, m];
  };
  setInterval(sample, 5).unref();
  process.on('message', (m: string) => {
    if (m === 'gc') globalThis.gc?.();
    sample();
    const rss = process.memoryUsage().rss;
    process.send!({ rss, peak, atPeak });
    if (m === 'mark' || m === 'gc') [peak, atPeak] = [rss, process.memoryUsage()];
    if (m === 'stop') {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  process.send!('ready');
}

function headers(org: [number, string]): string {
  return (
    `<s:Header><aoh:ActiveOrganisationHeader xmlns:aoh="http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/"><aoh:OrganisationTypeIdentifier>${org[0]}</aoh:OrganisationTypeIdentifier><aoh:OrganisationCode>${org[1]}</aoh:OrganisationCode></aoh:ActiveOrganisationHeader>` +
    `<rum:RequestUserMetadataHeader xmlns:rum="http://service.bm.dk/RequestUserMetadata/2015/01/21/" xmlns:rus="http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/" xmlns:rut="http://service.bm.dk/pjaktass/2015/01/21/RequestUserTypeIdentifierCodeList/" xmlns:ros="http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/" xmlns:otc="http://service.bm.dk/pjaktass/2015/01/21/OrganisationTypeIdentifierCodeList/" xmlns:clb="http://service.bm.dk/pjaktass/2013/06/07/CodeListBase/">` +
    `<rus:RequestUserStructure><rus:UserFullName>Bench</rus:UserFullName><rut:RequestUserTypeIdentifier><clb:CodeListItemIdentifier>2</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier><rus:UserIdentifier>RID-1</rus:UserIdentifier></rus:RequestUserStructure>` +
    `<ros:RequestOrganisationStructure><otc:OrganisationTypeIdentifier><clb:CodeListItemIdentifier>${org[0]}</clb:CodeListItemIdentifier></otc:OrganisationTypeIdentifier><ros:OrganisationCode>${org[1]}</ros:OrganisationCode></ros:RequestOrganisationStructure>` +
    `<rum:RegistrationDateTime>2024-03-04T10:00:00+01:00</rum:RegistrationDateTime></rum:RequestUserMetadataHeader></s:Header>`
  );
}
const envelopeAround = (org: [number, string], body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">${headers(org)}<s:Body>${body}</s:Body></s:Envelope>`.split(
    '\u0000',
  );

/** Base64 with CRLF every 76 characters, from a byte stream. */
function base64Lines(): Transform {
  let carry = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      const all = Buffer.concat([carry, chunk]);
      const whole = all.length - (all.length % 57);
      carry = all.subarray(whole);
      const b64 = all.subarray(0, whole).toString('base64');
      done(null, b64.replace(/(.{76})/g, '$1\r\n'));
    },
    flush(done) {
      done(null, carry.toString('base64'));
    },
  });
}

async function client(): Promise<void> {
  const size = Number(process.env.SIZE ?? 15 * 1024 * 1024);
  const port = Number(process.env.BENCH_PORT_BASE ?? 19600);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nuphdoc-client-'));
  const file = path.join(dir, 'document.pdf');
  const wanted = createHash('sha256');
  const out = fs.createWriteStream(file);
  for (let left = size; left > 0;) {
    const piece = Buffer.alloc(Math.min(left, 1 << 20));
    for (let i = 0; i < piece.length; i++) piece[i] = (i * 2654435761 + left) >>> 24;
    wanted.update(piece);
    out.write(piece);
    left -= piece.length;
  }
  await new Promise((r) => out.end(r));
  const digest = wanted.digest('hex');

  const child = fork(import.meta.filename, ['server', String(port)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: 'inherit',
  });
  const replies: ((m: Sample) => void)[] = [];
  child.on('message', (m) => (m === 'ready' ? undefined : replies.shift()?.(m as Sample)));
  await new Promise<void>((r) => child.once('message', () => r()));
  const ask = (m: 'gc' | 'mark' | 'read' | 'stop') =>
    new Promise<Sample>((resolve) => {
      replies.push(resolve);
      child.send(m);
    });
  const post = (
    action: string,
    write: (req: http.ClientRequest) => Promise<void>,
    read: (res: http.IncomingMessage) => Promise<void>,
  ) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: PATH,
          method: 'POST',
          headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${NS}${action}"` },
        },
        (res) => void read(res).then(() => resolve(res.statusCode ?? 0), reject),
      );
      req.on('error', reject);
      void write(req).catch(reject);
    });

  const MB = (n: number) => (n / 1024 / 1024).toFixed(1);
  const parts = (m: NodeJS.MemoryUsage) => `${MB(m.heapUsed)} / ${MB(m.external)} / ${MB(m.arrayBuffers)}`;
  // Round 1 meets a fresh server (its heap's young generation, SQLite's page cache and malloc's arenas grow on
  // first use); the later rounds show what one more document costs a server that has carried one before.
  const roundTrip = async (round: number) => {
    const base = await ask('gc');
    // upload
    let uploadAnswer = '';
    const [uploadHead, uploadTail] = envelopeAround(
      [8, '10100'],
      `<n:CreateDokumentRequest xmlns:n="${NS}"><n:DokumentTilknytning><n:NuphIdentifier>${NUPH_ID}</n:NuphIdentifier></n:DokumentTilknytning><n:DocumentFileName>stor.pdf</n:DocumentFileName><n:DocumentContentType>application/pdf</n:DocumentContentType><n:DocumentContent>\u0000</n:DocumentContent></n:CreateDokumentRequest>`,
    );
    let t = performance.now();
    const upStatus = await post(
      'CreateDokument',
      async (req) => {
        req.write(uploadHead);
        await pipeline(
          fs.createReadStream(file),
          base64Lines(),
          async function* (source) {
            for await (const c of source) yield c;
            yield uploadTail!;
          },
          req,
        );
      },
      async (res) => {
        for await (const c of res) uploadAnswer += c;
      },
    );
    const uploadMs = performance.now() - t;
    const afterUpload = await ask('mark');
    const id = /DokumentIdentifier>([^<]+)</.exec(uploadAnswer)?.[1];
    if (upStatus !== 200 || !id) throw new Error(`upload: ${upStatus} ${uploadAnswer.slice(0, 500)}`);
    // download: decode the base64 as it arrives, hash it, keep nothing
    const [downHead, downTail] = envelopeAround(
      [2, '81'],
      `<n:GetDokumentRequest xmlns:n="${NS}"><n:DokumentIdentifier>${id}</n:DokumentIdentifier></n:GetDokumentRequest>`,
    );
    const got = createHash('sha256');
    let received = 0;
    t = performance.now();
    const downStatus = await post(
      'GetDokument',
      async (req) => void req.end(downHead! + (downTail ?? '')),
      async (res) => {
        let state: 'before' | 'in' | 'after' = 'before';
        let text = '';
        let quad = '';
        for await (const c of res as AsyncIterable<Buffer>) {
          if (res.statusCode !== 200) throw new Error(c.toString());
          received += c.length;
          text += c.toString('latin1');
          if (state === 'before') {
            const at = text.indexOf('DocumentContent>');
            if (at < 0) continue;
            text = text.slice(at + 'DocumentContent>'.length);
            state = 'in';
          }
          if (state === 'in') {
            const end = text.indexOf('<');
            const part = quad + (end < 0 ? text : text.slice(0, end));
            const whole = part.length - (part.length % 4);
            got.update(Buffer.from(part.slice(0, whole), 'base64'));
            quad = part.slice(whole);
            text = end < 0 ? '' : text.slice(end);
            if (end >= 0) state = 'after';
          } else text = '';
        }
      },
    );
    const downloadMs = performance.now() - t;
    const afterDownload = await ask('mark');
    const intact = got.digest('hex') === digest;
    const rise = (peak: number) =>
      `${MB(peak - base.rss)} MiB (${((peak - base.rss) / size).toFixed(2)}x the document)`;
    console.log(
      [
        `round ${round}: document ${MB(size)} MiB; server RSS before ${MB(base.rss)} MiB`,
        `upload   HTTP ${upStatus} in ${uploadMs.toFixed(0)} ms: RSS peak ${MB(afterUpload.peak)} MiB (+${rise(afterUpload.peak)}), after ${MB(afterUpload.rss)} MiB`,
        `download HTTP ${downStatus} in ${downloadMs.toFixed(0)} ms, ${MB(received)} MiB received: RSS peak ${MB(afterDownload.peak)} MiB (+${rise(afterDownload.peak)}), after ${MB(afterDownload.rss)} MiB`,
        `bytes back intact: ${intact}`,
        `at the peaks (heapUsed / external / arrayBuffers MiB): before ${parts(base.atPeak)}; upload ${parts(afterUpload.atPeak)}; download ${parts(afterDownload.atPeak)}`,
      ].join('\n'),
    );
    if (!intact) process.exitCode = 1;
  };
  try {
    for (let round = 1; round <= Number(process.env.ROUNDS ?? 3); round++) await roundTrip(round);
  } finally {
    await ask('stop').catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'server') await server(Number(process.argv[3]));
else await client();
