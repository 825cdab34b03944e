// The same wrk benchmark on PostgreSQL 15 with one and with two `serve` processes behind one port (issue 13 §4):
//   node --import tsx bench/postgres.ts getPersonExempts | createIndkaldelse
// A throwaway cluster is started as the tests start it (test/support/postgres.ts: initdb into a temp dir, pg_ctl
// on a free port, durability off as in the tests), with one database per facade, each holding the benchmark's
// citizens. The facades are the product's own `serve` (src/main.ts, TLS=off, PROCESSES=1 and PROCESSES=2:
// node:cluster workers on one port, src/cli/serveProcesses.ts), loaded beside a bare node-soap server in rotated
// rounds. After a write benchmark the outbox is checked for exactly-once: every accepted request left one summons,
// every summons the same number of outbox rows, and no outbox row belongs to no summons; counted once the
// facades have stopped (they finish the requests in hand first).
import type { Knex } from 'knex';
import { loadScenario, parseScenario } from '../src/cli/scenario.ts';
import { setLogLevel } from '../src/log.ts';
import { closeDatabase, openDatabase } from '../src/store/database.ts';
import { createDatabase, startPostgres, type PostgresCluster } from '../test/support/postgres.ts';
import { BENCHES, runSettings, type Bench } from './benches.ts';
import { answeredOk, curlCheck, methodText, rotatedRounds, startServer, stopServers, type Server } from './harness.ts';
import { check, median, row, writeResult, type ResultRow } from './results.ts';
import { BUSINESS_DATE, benchScenario } from './servers/scenario.ts';
import { medianRun, type WrkRun } from './wrk.ts';

const PROCESS_COUNTS = [1, 2] as const;
const facadeName = (n: number) => `facade PostgreSQL ×${n}`;
const processes = (n: number) => `${n} process${n > 1 ? 'es' : ''}`;

async function database(cluster: PostgresCluster, name: string, bench: Bench): Promise<string> {
  const url = await createDatabase(cluster.url, name);
  const db = await openDatabase({ client: 'pg', connection: url });
  try {
    await loadScenario(db, parseScenario(benchScenario(bench.citizens)));
  } finally {
    await closeDatabase(db);
  }
  return url;
}

/** `serve` with PROCESSES=n on `url`; ready once each process has logged its start (TLS=off warns at start). */
function serve(n: number, port: number, url: string): Promise<Server> {
  return startServer(
    facadeName(n),
    port,
    ['--import', 'tsx', 'src/main.ts', 'serve'],
    { DATABASE_URL: url, PROCESSES: String(n), PORT: String(port), TLS: 'off', BUSINESS_DATE, LOG_LEVEL: 'warn' },
    /"event":"server:tls-off"/,
    n,
  );
}

const count = async (db: Knex, sql: string): Promise<number> =>
  Number(((await db.raw(sql)) as { rows: { n: string }[] }).rows[0]!.n);

/** Exactly-once after a CreateIndkaldelse run: summonses against answers, outbox rows per summons. */
async function exactlyOnce(
  url: string,
  name: string,
  runs: Map<string, WrkRun[]>,
  inFlight: number,
): Promise<{ ok: boolean; text: string }> {
  const db = await openDatabase({ client: 'pg', connection: url });
  try {
    const summons = await count(db, 'select count(*) as n from summons');
    const outbox = await count(db, 'select count(*) as n from outbox_message');
    const keyed = (await db.raw(
      `select c, count(*) as n from (select s.id, count(o.id) as c from summons s
         left join outbox_message o on o.entity_key = s.id group by s.id) per group by c`,
    )) as { rows: { c: string; n: string }[] };
    const perSummons = keyed.rows.map((r) => Number(r.c));
    const keyedRows = keyed.rows.reduce((k, r) => k + Number(r.c) * Number(r.n), 0);
    const answered = answeredOk(name, runs) + 1; // + the curl check
    const extra = summons - answered;
    const text =
      `${summons} summonses for ${answered} answers below 400 (${extra} more: committed while wrk stopped waiting, ` +
      `at most ${inFlight}); ${outbox} outbox rows, per summons ${perSummons.join(' or ')}, ` +
      `${outbox - keyedRows} belonging to no summons`;
    console.log(`${name}: ${text}`);
    // Every accepted request left one summons (a few more were committed while wrk stopped waiting for answers),
    // every summons the same number of outbox rows keyed by it, and no outbox row is anyone else's.
    const ok = extra >= 0 && extra <= inFlight && perSummons.length === 1 && perSummons[0]! > 0 && keyedRows === outbox;
    return { ok, text };
  } finally {
    await closeDatabase(db);
  }
}

async function main(bench: Bench): Promise<ResultRow[]> {
  const settings = runSettings();
  setLogLevel('silent');
  console.log('starting a throwaway PostgreSQL 15 cluster …');
  const cluster = await startPostgres();
  try {
    const urls = await Promise.all(
      PROCESS_COUNTS.map((n) => database(cluster, `bench_${bench.name.toLowerCase()}_${n}`, bench)),
    );
    const bare = await startServer(
      'bare node-soap',
      settings.portBase + 1,
      ['--import', 'tsx', 'bench/servers/bare-node-soap.ts', String(settings.portBase + 1)],
      { BENCH: bench.name },
      /listening/,
    );
    const facades: Server[] = [];
    for (const [i, n] of PROCESS_COUNTS.entries()) facades.push(await serve(n, settings.portBase + 2 + i, urls[i]!));
    for (const s of [bare, ...facades]) await curlCheck(s, bench);
    const runs = await rotatedRounds([bare, ...facades], bench, settings);
    // Stopped before anything is counted: a stopping `serve` finishes the requests in hand (wrk leaves up to one per
    // connection in flight when it stops), so the counts below are final.
    await stopServers();
    const rps = (rs: WrkRun[]) => rs.map((r) => r.rps);
    const bareRuns = runs.get(bare.name)!;
    const rows: ResultRow[] = [];
    for (const [i, n] of PROCESS_COUNTS.entries()) {
      const f = runs.get(facadeName(n))!;
      const errors = f.reduce((k, r) => k + r.non2xx + r.socketErrors, 0);
      rows.push(
        row(processes(n), median(rps(f)), 'req/s', { rounds: rps(f) }),
        row(`${processes(n)} / bare node-soap`, median(rps(f)) / median(rps(bareRuns)), '×', {
          rounds: f.map((r, k) => r.rps / bareRuns[k]!.rps),
        }),
        row(`${processes(n)}: p99`, medianRun(f).p99Ms, 'ms', { rounds: f.map((r) => r.p99Ms) }),
        check(`${processes(n)}: errors and non-2xx answers`, errors === 0, String(errors), '0'),
      );
      if (bench.name === 'createIndkaldelse') {
        const once = await exactlyOnce(urls[i]!, facadeName(n), runs, settings.connections * (settings.rounds + 1));
        rows.push(check(`${processes(n)}: exactly-once (summonses, outbox rows)`, once.ok, once.text, 'exactly once'));
      }
    }
    rows.push(row('bare node-soap', median(rps(bareRuns)), 'req/s', { rounds: rps(bareRuns) }));
    return rows;
  } finally {
    await stopServers();
    await cluster.stop();
  }
}

const bench = BENCHES[process.argv[2] as Bench['name']] as Bench | undefined;
if (!bench || !['getPersonExempts', 'createIndkaldelse'].includes(bench.name)) {
  console.error('usage: postgres.ts getPersonExempts | createIndkaldelse');
  process.exit(2);
}
const rows = await main(bench);
const file = writeResult({
  name: `postgres-${bench.name}`,
  title: `${bench.name === 'getPersonExempts' ? 'GetPersonExempts (read)' : 'CreateIndkaldelse (write)'}, PostgreSQL 15, 1 and 2 serve processes`,
  method: methodText(
    bench,
    runSettings(),
    "Servers: bare node-soap (as in the SQLite benchmark) and the product's `serve` on a throwaway PostgreSQL 15 " +
      'cluster started as the tests start it (initdb, pg_ctl on a free port, fsync and synchronous_commit off), ' +
      'PROCESSES=1 and PROCESSES=2 (node:cluster workers sharing one port, each with its own knex pool, push ' +
      'dispatcher on, BUSINESS_DATE fixed so no nightly job runs), one database each. After a write run: the ' +
      'summonses against the answers wrk counted, and the outbox rows of each summons (exactly-once).',
  ),
  rows,
});
for (const r of rows)
  console.log(
    `${r.label}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
  );
console.log(`wrote ${file}`);
