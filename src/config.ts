// One validated, frozen configuration object, read from the environment once. Units are in the names.
import { isIsoDate } from './domain/dates.ts';
import { databaseConfigFromEnv, type DatabaseConfig } from './store/database.ts';

export interface Config {
  readonly port: number;
  /** From DATABASE_URL (PostgreSQL or SQL Server) or DATABASE_FILE (embedded SQLite, the default). */
  readonly database: DatabaseConfig;
  /** Test clock: a fixed business date 'YYYY-MM-DD'; unset = today in Copenhagen. */
  readonly businessDate: string | null;
  readonly logLevel: 'info' | 'warn' | 'error' | 'silent';
  /** Push dispatcher in `serve`: on unless PUSH_DISPATCHER=off (run it apart with `npm run cli -- dispatch`). */
  readonly pushDispatcher: boolean;
  /** PEM files: DFDG's client certificate and key, and the CA bundle subscriber certificates are checked against. */
  readonly pushTls: { certFile: string | null; keyFile: string | null; caFile: string | null };
  /** Dispatcher timing: receiver lease, poll interval, first retry delay (ms), attempts before a dead letter. */
  readonly pushTiming: { leaseMs: number; pollMs: number; baseDelayMs: number; maxAttempts: number };
  /** Days delivered notifications are kept before the nightly retention job deletes them. */
  readonly outboxRetentionDays: number;
}

export const CONFIG_DOC: Record<keyof Config, { env: string; default: string; meaning: string }> = {
  port: { env: 'PORT', default: '8080', meaning: 'HTTP port of all services' },
  database: {
    env: 'DATABASE_URL / DATABASE_FILE',
    default: 'embedded SQLite at ./data/dfdg.sqlite',
    meaning: 'postgres://… or mssql://… (or Server=…) selects PostgreSQL or SQL Server; otherwise SQLite (WAL) at DATABASE_FILE',
  },
  businessDate: { env: 'BUSINESS_DATE', default: '(unset: today in Europe/Copenhagen)', meaning: 'test clock: fixed business date YYYY-MM-DD' },
  logLevel: { env: 'LOG_LEVEL', default: 'info', meaning: 'info | warn | error | silent (JSON lines on stderr)' },
  pushDispatcher: { env: 'PUSH_DISPATCHER', default: 'on', meaning: 'off: `serve` pushes no webservice messages (run `npm run cli -- dispatch` apart)' },
  pushTls: {
    env: 'PUSH_CLIENT_CERT / PUSH_CLIENT_KEY / PUSH_CA',
    default: '(unset: no client certificate, system CAs)',
    meaning: 'PEM files of the client certificate the dispatcher presents and the CA bundle it trusts',
  },
  pushTiming: {
    env: 'PUSH_LEASE_MS / PUSH_POLL_MS / PUSH_BASE_DELAY_MS / PUSH_MAX_ATTEMPTS',
    default: '30000 / 1000 / 500 / 10',
    meaning: 'receiver lease, poll interval, first retry delay (doubling, with jitter, up to 5 min), attempts before a dead letter',
  },
  outboxRetentionDays: { env: 'OUTBOX_RETENTION_DAYS', default: '30', meaning: 'days delivered notifications are kept' },
};

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = Number(env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer, got ${env[name]}`);
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const businessDate = env.BUSINESS_DATE || null;
  if (businessDate !== null && !isIsoDate(businessDate)) throw new Error(`BUSINESS_DATE must be YYYY-MM-DD, got ${businessDate}`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!['info', 'warn', 'error', 'silent'].includes(logLevel)) throw new Error(`LOG_LEVEL must be info, warn, error or silent`);
  return Object.freeze({
    port,
    database: databaseConfigFromEnv(env),
    businessDate,
    logLevel,
    pushDispatcher: (env.PUSH_DISPATCHER ?? 'on') !== 'off',
    pushTls: { certFile: env.PUSH_CLIENT_CERT || null, keyFile: env.PUSH_CLIENT_KEY || null, caFile: env.PUSH_CA || null },
    pushTiming: {
      leaseMs: positive(env, 'PUSH_LEASE_MS', 30_000),
      pollMs: positive(env, 'PUSH_POLL_MS', 1000),
      baseDelayMs: positive(env, 'PUSH_BASE_DELAY_MS', 500),
      maxAttempts: positive(env, 'PUSH_MAX_ATTEMPTS', 10),
    },
    outboxRetentionDays: positive(env, 'OUTBOX_RETENTION_DAYS', 30),
  });
}
