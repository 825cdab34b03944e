// CPU per CreateAbsence against the size of the citizen's history (issue 13, one citizen): the real facade in
// process (createApp on a fresh SQLite file, plain HTTP, logging off), one citizen given H absences straight
// into the database, then N sequential CreateAbsence requests (bench/createAbsence.lua's envelope) timed with
// process.cpuUsage(). A write whose cost grows with the history shows here as µs/request rising with H.
// Usage: node --import tsx bench/historyCost.ts [N=300] [H,H,…=0,100,1000,5000]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/facade.ts';
import { loadScenario, parseScenario } from '../src/cli/scenario.ts';
import { FixedClock } from '../src/clock.ts';
import { setLogLevel } from '../src/log.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { luaEnvelope } from './luaEnvelope.ts';
import { BUSINESS_DATE, benchScenario } from './servers/scenario.ts';

const N = Number(process.argv[2] ?? 300);
const HISTORIES = (process.argv[3] ?? '0,100,1000,5000').split(',').map(Number);
const CPR = '0101900000';
const envelope = luaEnvelope(fileURLToPath(new URL('./createAbsence.lua', import.meta.url))).replace('{CPR}', CPR);

setLogLevel('silent');

async function measure(history: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-history-'));
  const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
  await loadScenario(db, parseScenario(benchScenario(1)));
  const rows = Array.from({ length: history }, (_, i) => {
    const day = new Date(Date.UTC(2010, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      cpr: CPR,
      absence_type: 10,
      start_date: day,
      end_date: day,
      notification_date: day,
      comment: 'Ferie, meddelt telefonisk',
      end_reason: null,
      active: true,
      created_by_dfdg: false,
      registered_by_kind: 'authority',
      registered_by_org_type: 8,
      registered_by_org_code: '10100',
      registered_by_user: 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      registered_by_user_type: 2,
      registered_by_process: null,
      registered_on: day,
      deleted_on: null,
    };
  });
  for (let i = 0; i < rows.length; i += 100) await db('absence').insert(rows.slice(i, i + 100));
  const app = createApp(db, new FixedClock(BUSINESS_DATE));
  const url = await app.listen(0, '127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const target = new URL(`${url}/7/AbsenceRegistrationService.svc`);
  const post = (k: number) =>
    new Promise<void>((resolve, reject) => {
      const day = `2025-${String(4 + (k % 3)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
      const body = Buffer.from(envelope.replaceAll('{DAY}', day));
      const req = http.request(
        target,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'text/xml; charset=utf-8',
            'content-length': body.length,
            soapaction: '"http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/CreateAbsence"',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            res.statusCode === 200
              ? resolve()
              : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 400)}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  for (let k = 0; k < 50; k++) await post(k); // warm-up
  const start = process.cpuUsage();
  for (let k = 0; k < N; k++) await post(k);
  const used = process.cpuUsage(start);
  agent.destroy();
  await app.close();
  await closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
  return (used.user + used.system) / N;
}

for (const h of HISTORIES) {
  const us = await measure(h);
  console.log(`history ${String(h).padStart(5)} absences: ${us.toFixed(0).padStart(6)} µs CPU per CreateAbsence`);
}
