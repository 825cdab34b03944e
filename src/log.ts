// Structured logs: one JSON line per event on stderr. LOG_LEVEL=silent turns them off (tests, benchmarks).
type Level = 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { info: 0, warn: 1, error: 2, silent: 3 };
let threshold: number = order[(process.env.LOG_LEVEL as Level | 'silent') ?? 'info'] ?? 0;

export function setLogLevel(level: Level | 'silent'): void {
  threshold = order[level];
}

export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold) return;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n');
}
