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
};

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
  });
}
