// Migrated databases for tests, one per test file and dialect: always SQLite (a temp file), and PostgreSQL
// when the run has a cluster (scripts/run-tests.ts: DFDG_TEST_PG_URL or DFDG_TEST_PG_PENDING; each file then gets its own
// database). A test file runs one body against every dialect:
//
//   describeEachDatabase('citizen repository', (db) => {
//     test('round trip', async () => { await insertPerson(db(), …); });
//   });
//
// Migrating costs more than copying, and test files run in parallel: so the runner migrates one template per
// dialect and passes them on (DFDG_TEST_SQLITE_TEMPLATE: a file to copy, made before the test processes start;
// DFDG_TEST_PG_TEMPLATE: a database for CREATE DATABASE … TEMPLATE — or, when the runner starts the cluster,
// DFDG_TEST_PG_PENDING: a file where it writes the cluster's URL and the template once they are ready, while the
// first files run their SQLite half). openDatabase still runs the migrations on the copy, so a stale template is brought up to date
// rather than trusted. Without the variables (a test file run on its own) each database is migrated afresh.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import type { Knex } from 'knex';
import { closeDatabase, openDatabase, type DatabaseConfig } from '../../src/store/database.ts';
import { createDatabase, dropDatabase } from './postgres.ts';
import { keptTestCertificates } from './tls.ts';

/** A plain better-sqlite3 connection, beside knex's (the project has no @types for it). */
export interface RawSqlite {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  exec(sql: string): void;
  close(): void;
}
/** `timeout` is SQLite's busy timeout in ms (better-sqlite3's default: 5000). */
export const RawSqlite = createRequire(import.meta.url)('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean; timeout?: number },
) => RawSqlite;

export type TestDialect = 'sqlite' | 'postgres';

export interface TestDatabase {
  dialect: TestDialect;
  config: DatabaseConfig;
  db: Knex;
  /** Closes the connections and removes the database. */
  close(): Promise<void>;
}

export interface TestDatabaseFactory {
  dialect: TestDialect;
  open(): Promise<TestDatabase>;
}

export interface OpenOptions {
  /** Migrate an empty database instead of copying the run's template (the migrations' own test). */
  fresh?: boolean;
}

async function openSqlite(template: string | undefined, options: OpenOptions = {}): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-sqlite-'));
  const file = path.join(dir, 'test.sqlite');
  if (template && !options.fresh) fs.copyFileSync(template, file);
  const config: DatabaseConfig = { client: 'better-sqlite3', connection: file };
  const db = await openDatabase(config);
  return {
    dialect: 'sqlite',
    config,
    db,
    async close() {
      await closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(
  clusterUrl: string,
  template: string | undefined,
  options: OpenOptions = {},
): Promise<TestDatabase> {
  const name = `dfdg_test_${crypto.randomBytes(6).toString('hex')}`;
  const config: DatabaseConfig = {
    client: 'pg',
    connection: await createDatabase(clusterUrl, name, options.fresh ? undefined : template),
  };
  const db = await openDatabase(config);
  return {
    dialect: 'postgres',
    config,
    db,
    async close() {
      await closeDatabase(db);
      await dropDatabase(clusterUrl, name);
    },
  };
}

export interface Templates {
  /** Variables for the test processes (DFDG_TEST_SQLITE_TEMPLATE and DFDG_TEST_CERTS: the run's TLS certificates,
   *  test/support/tls.ts; or DFDG_TEST_PG_TEMPLATE). */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/**
 * The SQLite template of the run (scripts/run-tests.ts, before the test processes start): a migrated file that is
 * a whole database by itself; and the run's TLS certificates (keptTestCertificates).
 */
export async function prepareSqliteTemplate(): Promise<Templates> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-template-'));
  const file = path.join(dir, 'template.sqlite');
  const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const work = path.join(dir, 'migrated.sqlite');
    await closeDatabase(await openDatabase({ client: 'better-sqlite3', connection: work }));
    // The migrated pages may still sit in the WAL beside the file; VACUUM INTO writes one whole database
    // file that a plain copy takes along.
    const raw = new RawSqlite(work, { readonly: true });
    try {
      raw.prepare('VACUUM INTO ?').run(file);
    } finally {
      raw.close();
    }
    return { env: { DFDG_TEST_SQLITE_TEMPLATE: file, DFDG_TEST_CERTS: keptTestCertificates() }, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

/** The PostgreSQL template of the run on the cluster at `clusterUrl`: a migrated database that nobody stays
 *  connected to (CREATE DATABASE … TEMPLATE refuses a template in use). */
export async function preparePostgresTemplate(clusterUrl: string): Promise<Templates> {
  // A name of its own per run: the cluster may be someone's own (DFDG_TEST_PG_URL) and outlive a run.
  const pgTemplate = `dfdg_template_${crypto.randomBytes(6).toString('hex')}`;
  const remove = () => dropDatabase(clusterUrl, pgTemplate);
  try {
    await closeDatabase(await openDatabase({ client: 'pg', connection: await createDatabase(clusterUrl, pgTemplate) }));
    return { env: { DFDG_TEST_PG_TEMPLATE: pgTemplate }, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

/** What scripts/run-tests.ts writes into the file DFDG_TEST_PG_PENDING names once the run's cluster is up and its
 *  template migrated, or why it could not be. */
export type PendingPostgres = { url: string; template: string } | { error: string };

/** How long a test waits for the run's PostgreSQL cluster to come up (it is started beside the first tests). */
const PENDING_DEADLINE_MS = 180_000;

/**
 * The run's PostgreSQL cluster and template, once scripts/run-tests.ts has written them into `file` (it starts the
 * cluster and migrates the template while the first test files run their SQLite half). Fails loudly with the
 * reason the runner wrote, or when nothing came within the deadline.
 */
export async function pendingPostgres(file: string): Promise<{ url: string; template: string }> {
  const end = Date.now() + PENDING_DEADLINE_MS;
  for (;;) {
    if (fs.existsSync(file)) {
      const pending = JSON.parse(fs.readFileSync(file, 'utf8')) as PendingPostgres;
      if ('error' in pending) throw new Error(`the run's PostgreSQL cluster did not come up: ${pending.error}`);
      return pending;
    }
    if (Date.now() > end) throw new Error(`the run's PostgreSQL cluster did not come up within 180 s (${file})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The dialects available to this test run: SQLite always, PostgreSQL when DFDG_TEST_PG_URL is set or the run
 *  is starting its cluster (DFDG_TEST_PG_PENDING: pendingPostgres). */
export function testDatabases(env: NodeJS.ProcessEnv = process.env, options: OpenOptions = {}): TestDatabaseFactory[] {
  const sqliteTemplate = env.DFDG_TEST_SQLITE_TEMPLATE;
  const factories: TestDatabaseFactory[] = [{ dialect: 'sqlite', open: () => openSqlite(sqliteTemplate, options) }];
  const pgUrl = env.DFDG_TEST_PG_URL;
  const pgTemplate = env.DFDG_TEST_PG_TEMPLATE;
  const pending = env.DFDG_TEST_PG_PENDING;
  if (pgUrl) factories.push({ dialect: 'postgres', open: () => openPostgres(pgUrl, pgTemplate, options) });
  else if (pending)
    factories.push({
      dialect: 'postgres',
      open: async () => {
        const { url, template } = await pendingPostgres(pending);
        return openPostgres(url, template, options);
      },
    });
  return factories;
}

/**
 * One `describe` per available dialect, named `name [dialect]`, with a migrated database of its own
 * opened before its tests and removed after them. `db()` is valid inside tests and hooks.
 */
export function describeEachDatabase(
  name: string,
  body: (db: () => Knex, dialect: TestDialect) => void,
  options: OpenOptions = {},
): void {
  for (const factory of testDatabases(process.env, options)) {
    describe(`${name} [${factory.dialect}]`, () => {
      let current: TestDatabase | undefined;
      before(async () => {
        current = await factory.open();
      });
      body(() => {
        if (!current) throw new Error(`${factory.dialect} test database is not open (use db() inside a test or hook)`);
        return current.db;
      }, factory.dialect);
      // registered after the body's own hooks, so it runs after them (node:test runs `after` hooks in the order
      // they were registered): an app the body closes in its `after` still has its database (its last writes,
      // the client-call counts flushed at close, went to a removed file before)
      after(async () => {
        await current?.close();
      });
    });
  }
}

/** Runs `fn` once per available dialect, each on a migrated database of its own, removed afterwards. */
export async function withTestDatabases(fn: (db: Knex, dialect: TestDialect) => Promise<void>): Promise<void> {
  for (const factory of testDatabases()) {
    const t = await factory.open();
    try {
      await fn(t.db, t.dialect);
    } finally {
      await t.close();
    }
  }
}
