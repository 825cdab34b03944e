// The operations the wrk benchmarks post: each one's endpoint, SOAPAction, Lua script (the envelope and how it
// varies per request), what a correct answer contains (the curl check before a run must show it), and the run's
// settings from the environment (QUICK=1: a short smoke run).
export interface Bench {
  name: 'getPersonExempts' | 'createIndkaldelse' | 'createAbsence' | 'oneCitizen' | 'createActivity';
  endpoint: string;
  soapAction: string;
  lua: string;
  /** A real answer of the operation, not a fault. */
  expect: RegExp;
  /** The Lua script's per-request placeholders, filled for the curl check. */
  placeholders: Record<string, string>;
  /** For the method text. */
  what: string;
  /** BENCH_CITIZENS for the Lua script and the facade's scenario. */
  citizens: number;
}

const RECEIPT = /<([A-Za-z0-9]+:)?MessageIdentifier>[0-9a-f-]{36}</;
const citizens = Number(process.env.BENCH_CITIZENS ?? 1000);
const createAbsence = {
  endpoint: '/7/AbsenceRegistrationService.svc',
  soapAction: '"http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/CreateAbsence"',
  lua: 'bench/createAbsence.lua',
  expect: RECEIPT,
  placeholders: { '{CPR}': '0101900000', '{DAY}': '2025-04-01' },
};

export const BENCHES: Record<Bench['name'], Bench> = {
  getPersonExempts: {
    name: 'getPersonExempts',
    endpoint: '/1/PersonVisitationStatusService.svc',
    soapAction: '"http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/GetPersonExempts"',
    lua: 'bench/getPersonExempts.lua',
    expect: /<([A-Za-z0-9]+:)?PersonExemptTypeIdentifierType>11</,
    placeholders: {},
    what: 'GetPersonExempts (a read): a real envelope with both DFDG headers; the facade reads one citizen with an active absence 11',
    citizens: 0,
  },
  createIndkaldelse: {
    name: 'createIndkaldelse',
    endpoint: '/1/Kontaktforloeb.IndkaldelseService.svc',
    soapAction: '"http://service.bm.dk/pjaktass/2024/12/01/Kontaktforloeb.IndkaldelseService/CreateIndkaldelse"',
    lua: 'bench/createIndkaldelse.lua',
    expect: RECEIPT,
    placeholders: { '{CPR}': '0101900000', '{ID}': '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    what: `CreateIndkaldelse (a write): a real envelope with both DFDG headers, a fresh BookingIdentifier per request, one of ${citizens} citizens at random; the facade validates, runs the rules and commits the summons, its history entry and its outbox rows in one transaction`,
    citizens,
  },
  createAbsence: {
    name: 'createAbsence',
    ...createAbsence,
    what: `CreateAbsence (a write): a real AbsenceRegistrationService v7 envelope with both DFDG headers, a one-day absence 10 on a random day of April–June 2025 for one of ${citizens} citizens at random; the facade validates, runs the absence rules and commits the absence and its GetAbsenceVersion7 outbox rows in one transaction`,
    citizens,
  },
  oneCitizen: {
    name: 'oneCitizen',
    ...createAbsence,
    what: 'CreateAbsence from every connection for ONE citizen (0101900000): writes about one citizen run one at a time (D-78), so this measures how fairly they queue; a one-day absence 10 on a random day, which no rule refuses however many the citizen has',
    citizens: 1,
  },
  createActivity: {
    name: 'createActivity',
    endpoint: '/1/ActivityService.svc',
    soapAction: '"http://service.bm.dk/pjaktass/2024/12/01/ActivityService/CreateActivity"',
    lua: 'bench/createActivity.lua',
    expect: RECEIPT,
    placeholders: { '{CPR}': '0101900000', '{DAY}': '2025-04-01' },
    what: `CreateActivity (a write): a real ActivityService envelope with both DFDG headers, a Kursus (course category 26) with its responsible authority starting on a random day of April–June 2025 for one of ${citizens} citizens at random; the facade validates, runs the activity rules and commits the activity and its GetActivityGeneralEventVersion3 / GetActivitySpecielEventVersion3 outbox rows in one transaction`,
    citizens,
  },
};

export interface RunSettings {
  durationS: number;
  rounds: number;
  warmupS: number;
  threads: number;
  connections: number;
  portBase: number;
}

const int = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${process.env[name]}`);
  return v;
};

/** DURATION, ROUNDS, WARMUP, THREADS, CONNECTIONS, BENCH_PORT_BASE; QUICK=1 shortens the defaults. */
export function runSettings(connections = 50): RunSettings {
  const quick = process.env.QUICK === '1';
  return {
    durationS: int('DURATION', quick ? 3 : 10),
    rounds: int('ROUNDS', quick ? 1 : 3),
    warmupS: int('WARMUP', quick ? 1 : 2),
    threads: int('THREADS', 2),
    connections: int('CONNECTIONS', connections),
    portBase: int('BENCH_PORT_BASE', 18080),
  };
}
