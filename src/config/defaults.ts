// The default of every setting, in one object. src/config/settings.ts reads the environment against these
// (and the README's configuration table shows them); code that also runs without a configuration — the push
// dispatcher as tests and benchmarks build it — takes its defaults from here too, so a default is written once.
export const DEFAULTS = {
  port: 8080,
  processes: 1,
  tls: true,
  tlsDir: './data/tls',
  host: '127.0.0.1',
  maxRequestBytes: 1024 * 1024,
  maxConnections: 256,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  xmlMaxDepth: 64,
  xmlMaxAttributes: 64,
  xmlMaxNameLength: 256,
  xmlMaxNodes: 10_000,
  /** REQUEST_JOURNAL_SIZE: the requests the console's journal keeps (src/observability/requestJournal.ts). */
  requestJournalSize: 200,
  /** Not a setting: at most this many validation issues (FaultDetail items) in one fault. */
  faultMaxDetails: 20,
  /** Not a setting: a FaultDetail longer than this is cut (libxml2 quotes the offending value). */
  faultMaxDetailLength: 500,
  /** Not a setting: how often Node checks the headers and request timeouts of open connections. */
  connectionsCheckingIntervalMs: 1_000,
  /** Not a setting: how long a refused upload may go on being discarded before its connection is closed. */
  refusedBodyGraceMs: 1_000,
  databaseFile: './data/dfdg.sqlite',
  logLevel: 'info',
  pushDispatcher: true,
  subscriptionAnyPort: false,
  subscriptionAllowPrivate: false,
  pushLeaseMs: 30_000,
  pushPollMs: 1000,
  pushBaseDelayMs: 500,
  pushMaxAttempts: 10,
  /** Not a setting: the longest retry delay the doubling reaches (the README's PUSH_BASE_DELAY_MS says it). */
  pushMaxDelayMs: 5 * 60_000,
  outboxRetentionDays: 30,
  /** D-147: six months, as Danish public-sector access logs are kept. */
  auditRetentionDays: 180,
  /** The deletion engine's batch: rows of a policy's main table per transaction (short locks, src/app/retention/engine.ts). */
  retentionBatchRows: 1000,
  /** The deletion engine's time budget per run; what is left is due the next night. */
  retentionBudgetMinutes: 60,
  jobCatchUpDays: 7,
  jobRunTimeoutMinutes: 120,
  plannerTimeoutMs: 10_000,
  udbTimeoutMs: 10_000,
  /** DAGPENGE_MAXIMUM_RATES: the maximum dagpenge rates (DKK per month, without employment supplement) RatePerMonth
   *  may reach (R-AK-17, A-54), dated; each applies from `from` until the next. Sources: the a-kasser's published
   *  rates — 2023 and 2024 skift-a-kasse.dk, fa-k.dk, aka.dk, ma-kasse.dk; 2025 dsa.dk (its stored page prints no
   *  year: confirm with STAR's yearly satsregulering before relying on it). docs/contract-decisions.md D-9xx. */
  dagpengeMaximumRates: [
    { from: '2023-01-01', fullTime: 19_728, partTime: 13_152 },
    { from: '2024-01-01', fullTime: 20_359, partTime: 13_573 },
    { from: '2025-01-01', fullTime: 21_092, partTime: 14_061 },
  ],
} as const;
