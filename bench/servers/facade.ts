// The real facade for the benchmark: createApp on a fresh SQLite file holding the GetPersonExempts citizen of
// jobcentre 10100 with an active absence 11 and, for CreateIndkaldelse, BENCH_CITIZENS enrolled dagpenge
// recipients of the same jobcentre (CPRs 0101900000 + i), a fixed business date, logging off.
// Usage: facade.ts [port] (or PORT).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/facade.ts';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { FixedClock } from '../../src/clock.ts';
import { setLogLevel } from '../../src/log.ts';
import { closeDatabase, openDatabase } from '../../src/store/database.ts';

/** Must match the CPR in bench/getPersonExempts.lua. */
export const BENCH_CPR = '1503851234';
const BUSINESS_DATE = '2025-03-03';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18083);

/** Citizens to summon: enrolled (4367 otherwise), in contact group 1 without absence 75 (the jobcentre's). */
function summonsCitizens(n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const cpr = String(101900000 + i).padStart(10, '0');
    return `  - { cpr: "${cpr}", birthDate: 1990-01-01, jobcenterCode: "10100", contactGroups: [{ contactGroup: 1, startDate: 2024-06-01 }], enrollments: [{ clientCategory: 1, enrollmentDate: 2024-06-01 }] }`;
  }).join('\n');
}
setLogLevel('silent');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-facade-'));
const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(dir, 'bench.sqlite') });
await loadScenario(
  db,
  parseScenario(`
persons:
  - cpr: "${BENCH_CPR}"
    birthDate: 1985-03-15
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2024-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    absences:
      - { absenceType: 11, startDate: 2025-03-01, endDate: null, active: true }
${process.env.BENCH === 'createIndkaldelse' ? summonsCitizens(Number(process.env.BENCH_CITIZENS ?? 1000)) : ''}`),
);
const app = createApp(db, new FixedClock(BUSINESS_DATE));
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
