// Choosing and opening the database: configuration from the environment, SQL Server connection
// strings, and the SQLite settings every pooled connection gets.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { closeDatabase, databaseConfigFromEnv, openDatabase } from '../../src/store/database.ts';
import { parseMssqlConnection } from '../../src/store/mssqlConnection.ts';

describe('databaseConfigFromEnv', () => {
  test('postgres:// and postgresql:// select PostgreSQL', () => {
    assert.deepEqual(databaseConfigFromEnv({ DATABASE_URL: 'postgres://u:p@h:5432/d' }), {
      client: 'pg',
      connection: 'postgres://u:p@h:5432/d',
    });
    assert.equal(databaseConfigFromEnv({ DATABASE_URL: 'postgresql://h/d' }).client, 'pg');
  });
  test('mssql:// and Server= select SQL Server', () => {
    assert.equal(databaseConfigFromEnv({ DATABASE_URL: 'mssql://sa:pw@h:1433/dfdg' }).client, 'mssql');
    assert.equal(
      databaseConfigFromEnv({ DATABASE_URL: 'Server=h,1433;Database=dfdg;User Id=sa;Password=pw' }).client,
      'mssql',
    );
  });
  test('otherwise SQLite at DATABASE_FILE or ./data/dfdg.sqlite', () => {
    assert.deepEqual(databaseConfigFromEnv({}), { client: 'better-sqlite3', connection: './data/dfdg.sqlite' });
    assert.deepEqual(databaseConfigFromEnv({ DATABASE_FILE: '/tmp/x.sqlite' }), {
      client: 'better-sqlite3',
      connection: '/tmp/x.sqlite',
    });
  });
  test('an unrecognised DATABASE_URL is an error, not a silent SQLite', () => {
    assert.throws(() => databaseConfigFromEnv({ DATABASE_URL: 'mysql://h/d' }), /DATABASE_URL must start with/);
  });
});

describe('parseMssqlConnection', () => {
  test('URL form', () => {
    assert.deepEqual(
      parseMssqlConnection('mssql://sa:p%40ss@db.local:14330/dfdg?encrypt=true&trustServerCertificate=true'),
      {
        server: 'db.local',
        port: 14330,
        user: 'sa',
        password: 'p@ss',
        database: 'dfdg',
        options: { encrypt: true, trustServerCertificate: true },
      },
    );
  });
  test('ADO.NET form', () => {
    assert.deepEqual(
      parseMssqlConnection(
        'Server=tcp:db.local,1433;Initial Catalog=dfdg;User Id=sa;Password=pw;TrustServerCertificate=True',
      ),
      {
        server: 'db.local',
        port: 1433,
        user: 'sa',
        password: 'pw',
        database: 'dfdg',
        options: { encrypt: false, trustServerCertificate: true },
      },
    );
  });
});

describe('openDatabase on SQLite', () => {
  test('creates the directory, sets WAL, synchronous=NORMAL and foreign keys on every connection, is idempotent', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-open-'));
    const file = path.join(dir, 'nested', 'deeper', 'dfdg.sqlite');
    try {
      for (let round = 0; round < 2; round++) {
        const db = await openDatabase({ client: 'better-sqlite3', connection: file });
        try {
          const pragma = async (name: string) => Object.values((await db.raw(`PRAGMA ${name}`))[0] as object)[0];
          assert.equal(await pragma('journal_mode'), 'wal');
          assert.equal(await pragma('synchronous'), 1);
          assert.equal(await pragma('foreign_keys'), 1);
          assert.ok(await db.schema.hasTable('outbox_message'));
        } finally {
          await closeDatabase(db);
        }
      }
      assert.ok(fs.existsSync(file));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('closeDatabase on SQLite', () => {
  /** The descriptors of this process (all its threads) open on the database file or its -wal/-shm (Linux). */
  const handlesOn = (file: string) =>
    fs
      .readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return ''; // closed meanwhile (the readdir's own descriptor)
        }
      })
      .filter((target) => target.startsWith(file));

  test('leaves no handle on the file: the migrations ran on the one connection it closes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-close-'));
    const file = path.join(dir, 'dfdg.sqlite');
    try {
      for (let round = 0; round < 2; round++) {
        // round 0 migrates a new file, round 1 finds it up to date
        const db = await openDatabase({ client: 'better-sqlite3', connection: file });
        assert.ok(handlesOn(file).length > 0, 'open');
        await closeDatabase(db);
        assert.deepEqual(handlesOn(file), [], 'closed');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
