// The default of every setting, in one object. src/config/settings.ts reads the environment against these
// (and the README's configuration table shows them); code that also runs without a configuration — the push
// dispatcher as tests and benchmarks build it — takes its defaults from here too, so a default is written once.
export const DEFAULTS = {
  port: 8080,
  tls: true,
  tlsDir: './data/tls',
  databaseFile: './data/dfdg.sqlite',
  logLevel: 'info',
  pushDispatcher: true,
  subscriptionAnyPort: false,
  pushLeaseMs: 30_000,
  pushPollMs: 1000,
  pushBaseDelayMs: 500,
  pushMaxAttempts: 10,
  /** Not a setting: the longest retry delay the doubling reaches (the README's PUSH_BASE_DELAY_MS says it). */
  pushMaxDelayMs: 5 * 60_000,
  outboxRetentionDays: 30,
  jobCatchUpDays: 7,
  jobRunTimeoutMinutes: 120,
  plannerTimeoutMs: 10_000,
} as const;
