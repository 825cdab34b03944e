// Freshly migrated databases for tests, one per test file and dialect: always SQLite (a temp file),
// and PostgreSQL when the run started a cluster (scripts/run-tests.ts sets DFDG_TEST_PG_URL; each
// file then gets its own CREATE DATABASE). A test file runs one body against every dialect:
//
//   describeEachDatabase('citizen repository', (db) => {
//     test('round trip', async () => { await insertPerson(db(), …); });
//   });
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import type { Knex } from 'knex';
import { closeDatabase, openDatabase, type DatabaseConfig } from '../../src/store/database.ts';
import { createDatabase, dropDatabase } from './postgres.ts';

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

async function openSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-sqlite-'));
  const config: DatabaseConfig = { client: 'better-sqlite3', connection: path.join(dir, 'test.sqlite') };
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

async function openPostgres(clusterUrl: string): Promise<TestDatabase> {
  const name = `dfdg_test_${crypto.randomBytes(6).toString('hex')}`;
  const config: DatabaseConfig = { client: 'pg', connection: await createDatabase(clusterUrl, name) };
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

/** The dialects available to this test run: SQLite always, PostgreSQL when DFDG_TEST_PG_URL is set. */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabaseFactory[] {
  const factories: TestDatabaseFactory[] = [{ dialect: 'sqlite', open: openSqlite }];
  const pgUrl = env.DFDG_TEST_PG_URL;
  if (pgUrl) factories.push({ dialect: 'postgres', open: () => openPostgres(pgUrl) });
  return factories;
}

/**
 * One `describe` per available dialect, named `name [dialect]`, with a freshly migrated database
 * opened before its tests and removed after them. `db()` is valid inside tests and hooks.
 */
export function describeEachDatabase(name: string, body: (db: () => Knex, dialect: TestDialect) => void): void {
  for (const factory of testDatabases()) {
    describe(`${name} [${factory.dialect}]`, () => {
      let current: TestDatabase | undefined;
      before(async () => {
        current = await factory.open();
      });
      after(async () => {
        await current?.close();
      });
      body(() => {
        if (!current) throw new Error(`${factory.dialect} test database is not open (use db() inside a test or hook)`);
        return current.db;
      }, factory.dialect);
    });
  }
}

/** Runs `fn` once per available dialect, each on its own fresh database, removed afterwards. */
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
