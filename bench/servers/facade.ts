// The real facade for the benchmark: createApp on a fresh SQLite file holding the benchmark's citizens
// (./scenario.ts: the GetPersonExempts citizen and, for the writes, BENCH_CITIZENS enrolled dagpenge recipients),
// a fixed business date, plain HTTP (no TLS, as the other two servers), logging off.
// Usage: facade.ts [port] (or PORT). With CONSOLE_TOKEN set, the web console and its request journal are on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/facade.ts';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { FixedClock } from '../../src/clock.ts';
import { setLogLevel } from '../../src/log.ts';
import { closeDatabase, openDatabase } from '../../src/store/database.ts';
import { BUSINESS_DATE, benchScenario, writeCitizens } from './scenario.ts';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18083);

setLogLevel('silent');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-facade-'));
const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
await loadScenario(db, parseScenario(benchScenario(writeCitizens(process.env.BENCH ?? 'getPersonExempts'))));
const app = createApp(db, new FixedClock(BUSINESS_DATE), { consoleToken: process.env.CONSOLE_TOKEN ?? null });
const url = await app.listen(port, '127.0.0.1');
console.log(`facade listening on ${url}`);

const stop = () =>
  void app
    .close()
    .then(() => closeDatabase(db))
    .finally(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
