// Opening the database: one of three dialects chosen by configuration, migrated to the latest
// version before anything else touches it. SQLite is the embedded default (WAL, synchronous=NORMAL:
// ~19,000 single-row transactions/s here, 4× FULL), PostgreSQL and SQL Server for shared deployments.
import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { DEFAULTS } from '../config/defaults.ts';
import { migrationSource } from './migrations/index.ts';
import { PostgresClient } from './postgresClient.ts';
import { CachingBetterSqlite3Client } from './sqliteClient.ts';
import { asKnexConnection, parseMssqlConnection } from './mssqlConnection.ts';

export type DbClient = 'better-sqlite3' | 'pg' | 'mssql';

export interface DatabaseConfig {
  client: DbClient;
  /** sqlite: file path; pg/mssql: connection string */
  connection: string;
}

/** DATABASE_URL `postgres://` (or `postgresql://`) → PostgreSQL; `mssql://` or `Server=…` → SQL Server; otherwise SQLite at DATABASE_FILE. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (/^postgres(ql)?:\/\//i.test(url)) return { client: 'pg', connection: url };
    if (/^mssql:\/\//i.test(url) || /^\s*server\s*=/i.test(url)) return { client: 'mssql', connection: url };
    throw new Error(`DATABASE_URL must start with postgres://, mssql:// or Server=; got ${url.slice(0, 16)}…`);
  }
  return { client: 'better-sqlite3', connection: env.DATABASE_FILE || DEFAULTS.databaseFile };
}

/**
 * Each new PostgreSQL connection plans a prepared statement once (`plan_cache_mode = force_generic_plan`). The
 * facade's only named statements are the per-citizen aggregates (src/store/postgresAggregate.ts), and PostgreSQL
 * judged its custom plans cheaper than the generic one, so it planned the citizen's aggregate of ~15 subqueries
 * anew at every bind: 523 µs per CreateIndkaldelse (statement log of the test cluster, 1,000 requests, 50 in
 * flight), 197 µs more for the contact process's. With the generic plan the binds take 114 and 47 µs and the
 * executions 74 and 25 µs instead of 96 and 30: the server's time in statements per request 2.57 → 1.70 ms.
 * Unnamed statements (every other query) are planned for their values whatever this setting says.
 */
function planOnce(
  connection: { query(sql: string, done: (err: Error | null) => void): void },
  done: (err: Error | null, c: unknown) => void,
): void {
  connection.query('SET plan_cache_mode = force_generic_plan', (err) => done(err, connection));
}

function knexConfig(config: DatabaseConfig): Knex.Config {
  switch (config.client) {
    case 'better-sqlite3': {
      if (config.connection !== ':memory:')
        fs.mkdirSync(path.dirname(path.resolve(config.connection)), { recursive: true });
      return {
        client: CachingBetterSqlite3Client as unknown as typeof knex.Client,
        connection: { filename: config.connection },
        useNullAsDefault: true,
      };
    }
    case 'pg':
      return {
        client: PostgresClient as unknown as typeof knex.Client,
        connection: config.connection,
        pool: { afterCreate: planOnce },
      };
    case 'mssql':
      return { client: 'mssql', connection: asKnexConnection(parseMssqlConnection(config.connection)) };
  }
}

/** Opens the database and runs all migrations to the latest version. */
export async function openDatabase(config: DatabaseConfig): Promise<Knex> {
  const db = knex(knexConfig(config));
  try {
    // knex's migrator works on a copy of the client (withUserParams), which shares the SQLite client's one
    // connection only if it is open already: else the copy opened a second one (and a second checkpointing
    // thread) that nothing ever closed — ~0.1 s of CPU at every start, and the file held open after closing.
    if (config.client === 'better-sqlite3') await db.raw('select 1');
    // An up-to-date database is only read: knex's latest() takes and frees its migration lock (two writing
    // transactions) even when nothing is pending. list() checks the list as latest() does (a migration the
    // database has and this build lacks fails the start either way).
    const [, pending] = (await db.migrate.list({ migrationSource })) as [unknown, unknown[]];
    if (pending.length > 0) await db.migrate.latest({ migrationSource });
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

export async function closeDatabase(db: Knex): Promise<void> {
  await db.destroy();
}
