// The facade against a bare node-soap server and a raw node:http server, one operation, one run (issue 13 §2):
//   node --import tsx bench/compare.ts getPersonExempts | createIndkaldelse | createAbsence | createActivity
// and the one-citizen benchmark (200 connections writing about ONE citizen; the facade alone):
//   node --import tsx bench/compare.ts oneCitizen
// Writes bench/results/<name>.json (bench/results.ts); bench/run.sh runs them all and the summary.
import { BENCHES, runSettings, type Bench } from './benches.ts';
import { curlCheck, methodText, rotatedRounds, startServer, stopServers, type Server } from './harness.ts';
import { check, median, row, writeResult, type ResultRow, type Target } from './results.ts';
import { medianRun, type WrkRun } from './wrk.ts';

const SERVERS = {
  raw: 'bench/servers/raw-http.ts',
  'bare node-soap': 'bench/servers/bare-node-soap.ts',
  facade: 'bench/servers/facade.ts',
} as const;

/** Issue 13 §2: the facade's req/s as a multiple of bare node-soap's, and its p99. */
const TARGETS: Record<string, { ratio: number; p99Ms: number }> = {
  getPersonExempts: { ratio: 1.5, p99Ms: 20 },
  createIndkaldelse: { ratio: 1.0, p99Ms: 50 },
  createAbsence: { ratio: 1.0, p99Ms: 50 },
  createActivity: { ratio: 1.0, p99Ms: 50 },
};

const SERVERS_TEXT =
  'Servers: raw = bench/servers/raw-http.ts (a fixed ~1 KB response: the ceiling); bare node-soap = ' +
  'bench/servers/bare-node-soap.ts (soap.listen on the same WSDL answering a constant: no validation, no ' +
  'database); facade = bench/servers/facade.ts (the real app: parse, headers, XSD validation, access, rules, ' +
  'SQLite, response).';

async function start(bench: Bench, names: readonly (keyof typeof SERVERS)[], portBase: number): Promise<Server[]> {
  const servers = await Promise.all(
    names.map((name, i) =>
      startServer(
        name,
        portBase + 1 + i,
        ['--import', 'tsx', SERVERS[name], String(portBase + 1 + i)],
        { BENCH: bench.name, BENCH_CITIZENS: String(bench.citizens) },
        /listening/,
      ),
    ),
  );
  for (const s of servers) await curlCheck(s, bench);
  return servers;
}

const errorsOf = (runs: WrkRun[]) => runs.reduce((n, r) => n + r.non2xx + r.socketErrors, 0);

function errorRow(label: string, runs: WrkRun[]): ResultRow {
  const n = errorsOf(runs);
  return check(label, n === 0, `${n} (non-2xx ${runs.reduce((k, r) => k + r.non2xx, 0)})`, '0');
}

async function compare(bench: Bench): Promise<ResultRow[]> {
  const settings = runSettings();
  const target = TARGETS[bench.name]!;
  const servers = await start(bench, ['raw', 'bare node-soap', 'facade'], settings.portBase);
  const runs = await rotatedRounds(servers, bench, settings);
  const [raw, bare, facade] = ['raw', 'bare node-soap', 'facade'].map((n) => runs.get(n)!) as [
    WrkRun[],
    WrkRun[],
    WrkRun[],
  ];
  const rps = (rs: WrkRun[]) => rs.map((r) => r.rps);
  const ratio: Target = { atLeast: target.ratio };
  return [
    row('facade / bare node-soap, req/s', median(rps(facade)) / median(rps(bare)), '×', {
      target: ratio,
      rounds: facade.map((r, i) => r.rps / bare[i]!.rps),
    }),
    row('facade p99', medianRun(facade).p99Ms, 'ms', {
      target: { atMost: target.p99Ms },
      rounds: facade.map((r) => r.p99Ms),
    }),
    row("facade p99 of the answers received (without wrk's correction)", medianRun(facade).p99AnswersMs, 'ms', {
      rounds: facade.map((r) => r.p99AnswersMs),
    }),
    row('facade', median(rps(facade)), 'req/s', { rounds: rps(facade) }),
    row('facade p50', medianRun(facade).p50Ms, 'ms', { rounds: facade.map((r) => r.p50Ms) }),
    row('bare node-soap', median(rps(bare)), 'req/s', { rounds: rps(bare) }),
    row('bare node-soap p99', medianRun(bare).p99Ms, 'ms', { rounds: bare.map((r) => r.p99Ms) }),
    row('raw node:http', median(rps(raw)), 'req/s', { rounds: rps(raw) }),
    row('facade / raw, req/s', median(rps(facade)) / median(rps(raw)), '×', {
      rounds: facade.map((r, i) => r.rps / raw[i]!.rps),
    }),
    errorRow('errors and non-2xx answers, all servers', [...raw, ...bare, ...facade]),
  ];
}

async function oneCitizen(bench: Bench): Promise<ResultRow[]> {
  const settings = runSettings(200);
  const [facade] = await start(bench, ['facade'], settings.portBase);
  // --timeout 10 s: an answer between 1 s and 10 s is in wrk's latency histogram (and counted over 1 s); one not
  // back within 10 s is a timeout, also counted over 1 s.
  const runs = (await rotatedRounds([facade!], bench, settings, 10)).get('facade')!;
  const m = medianRun(runs);
  return [
    row(
      'requests over 1 s, all rounds',
      runs.reduce((n, r) => n + r.over1s, 0),
      'requests',
      {
        target: { atMost: 0 },
        rounds: runs.map((r) => r.over1s),
      },
    ),
    row(
      "answers over 1 s, all rounds, without wrk's correction",
      runs.reduce((n, r) => n + r.over1sAnswers, 0),
      'requests',
      { rounds: runs.map((r) => r.over1sAnswers) },
    ),
    errorRow('errors and non-2xx answers', runs),
    row('facade', m.rps, 'req/s', { rounds: runs.map((r) => r.rps) }),
    row('p50', m.p50Ms, 'ms', { rounds: runs.map((r) => r.p50Ms) }),
    row('p99', m.p99Ms, 'ms', { rounds: runs.map((r) => r.p99Ms) }),
    row("p99 of the answers received (without wrk's correction)", m.p99AnswersMs, 'ms', {
      rounds: runs.map((r) => r.p99AnswersMs),
    }),
    row('max latency', Math.max(...runs.map((r) => r.maxMs)), 'ms', { rounds: runs.map((r) => r.maxMs) }),
  ];
}

const TITLES: Record<Bench['name'], string> = {
  getPersonExempts: 'GetPersonExempts (read), SQLite',
  createIndkaldelse: 'CreateIndkaldelse (write), SQLite',
  createAbsence: 'CreateAbsence (write), SQLite',
  oneCitizen: '200 connections writing about ONE citizen (CreateAbsence), SQLite',
  createActivity: 'CreateActivity (write), SQLite',
};

const name = process.argv[2] as Bench['name'];
const bench = BENCHES[name];
if (!bench) {
  console.error(`usage: compare.ts ${Object.keys(BENCHES).join(' | ')}`);
  process.exit(2);
}
try {
  const settings = runSettings(name === 'oneCitizen' ? 200 : 50);
  const rows = name === 'oneCitizen' ? await oneCitizen(bench) : await compare(bench);
  const file = writeResult({
    name,
    title: TITLES[name],
    method: methodText(
      bench,
      settings,
      name === 'oneCitizen'
        ? 'The facade alone (bench/servers/facade.ts, SQLite, one fresh database for the warm-up and all rounds, so ' +
            'a later round writes to a citizen holding the absences of the earlier ones); each wrk run opens its 200 ' +
            'connections at once; wrk --timeout 10s; "over 1 s" counts the answers wrk ' +
            'recorded above 1 s (bench/done.lua) plus timeouts; a request still unanswered when wrk stops (at most one ' +
            'per connection) is in neither, as wrk does not report it.'
        : SERVERS_TEXT,
    ),
    rows,
  });
  for (const r of rows)
    console.log(
      `${r.label}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
    );
  console.log(`wrote ${file}`);
} finally {
  await stopServers();
}
