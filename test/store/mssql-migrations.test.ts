// The migrations compile for SQL Server without a server: each migration's `up` runs against a knex
// whose schema builder records the SQL it would send instead of executing it. They must produce
// SQL Server DDL and use no raw SQL (which would be one dialect's). With MSSQL_URL set, they also
// run live on that server, in a database of their own, down and up again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import knex, { type Knex } from 'knex';
import { closeDatabase, openDatabase } from '../../src/store/database.ts';
import { migrations, migrationSource } from '../../src/store/migrations/index.ts';
import { parseMssqlConnection } from '../../src/store/mssqlConnection.ts';

/** A knex for SQL Server (no connection) whose `schema.*` calls record their SQL and resolve at once. */
function recordingKnex(): { knex: Knex; statements: string[] } {
  const real = knex({ client: 'mssql' });
  const statements: string[] = [];
  const schema = new Proxy(
    {},
    {
      get(_target, method: string) {
        return (...args: unknown[]) => {
          const builder = (real.schema as unknown as Record<string, (...a: unknown[]) => Knex.SchemaBuilder>)[method]!(
            ...args,
          );
          const sql = builder.toSQL() as unknown as { sql: string }[] | { sql: string };
          for (const s of Array.isArray(sql) ? sql : [sql]) statements.push(s.sql);
          return Promise.resolve();
        };
      },
    },
  );
  // A migration that moves data (033) reads and writes through query builders: they compile to SQL Server too,
  // and resolve as on an empty database (no rows read, nothing written).
  const queried = (qb: Knex.QueryBuilder): Knex.QueryBuilder =>
    new Proxy(qb, {
      get(target, prop, receiver) {
        if (prop === 'then')
          return (resolve: (rows: unknown[]) => void, reject: (e: unknown) => void) => {
            try {
              statements.push(target.toSQL().sql);
              resolve([]);
            } catch (e) {
              reject(e);
            }
          };
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...a: unknown[]) => {
          const out = (value as (...x: unknown[]) => unknown).apply(target, a);
          return out === target ? queried(target) : out;
        };
      },
    });
  const recording = new Proxy(real, {
    apply(target, _this, args: unknown[]) {
      return queried((target as unknown as (...a: unknown[]) => Knex.QueryBuilder)(...args));
    },
    get(target, prop, receiver) {
      if (prop === 'schema') return schema;
      if (prop === 'raw' || prop === 'transaction')
        throw new Error(`a migration used knex.${String(prop)}: migrations must stay dialect-neutral`);
      return Reflect.get(target, prop, receiver);
    },
  });
  return { knex: recording, statements };
}

describe('migrations compile for SQL Server', () => {
  for (const migration of migrations) {
    test(`${migration.name}: CREATE TABLE / ALTER TABLE / CREATE INDEX / DROP INDEX in SQL Server syntax`, async () => {
      const { knex: recording, statements } = recordingKnex();
      await migration.up(recording);
      const creates = statements.filter((s) => s.startsWith('CREATE TABLE'));
      const alters = statements.filter((s) => s.startsWith('ALTER TABLE'));
      const indexes = statements.filter((s) => s.startsWith('CREATE INDEX'));
      const dropped = statements.filter((s) => s.startsWith('DROP INDEX'));
      assert.ok(
        creates.length + alters.length + indexes.length + dropped.length > 0,
        'creates, alters or drops at least one table or index',
      );
      for (const sql of dropped) assert.match(sql, /^DROP INDEX \[\w+\] ON \[\w+\]$/, 'brackets quote identifiers');
      for (const sql of indexes)
        assert.match(sql, /^CREATE INDEX \[\w+\] ON \[\w+\] \((\[\w+\], )*\[\w+\]\)$/, 'brackets quote identifiers');
      for (const sql of alters) {
        assert.match(
          sql,
          /^ALTER TABLE \[\w+\] (ADD (CONSTRAINT )?|ALTER COLUMN )\[\w+\] /,
          'brackets quote identifiers',
        );
        assert.doesNotMatch(sql, /"|`|\bvarchar\(|\bboolean\b|\btimestamptz\b/i, 'no other dialect leaks in');
      }
      for (const sql of creates) {
        assert.match(sql, /^CREATE TABLE \[\w+\] \(/, 'brackets quote identifiers');
        assert.match(sql, /nvarchar\(\d+\)/, 'strings are nvarchar');
        assert.doesNotMatch(
          sql,
          /"|`|\bvarchar\(|\bserial\b|\bautoincrement\b|\bboolean\b|\btimestamptz\b/i,
          'no other dialect leaks in',
        );
      }
      if (migration.name === '002_outbox') {
        assert.match(creates[0]!, /\[sequence\] int identity\(1,1\) not null primary key/);
        assert.ok(
          statements.some((s) =>
            /^CREATE INDEX \[\w+\] ON \[outbox_message\] \(\[receiver_org_type\], \[receiver_org_code\], \[state\], \[sequence\]\)/.test(
              s,
            ),
          ),
        );
      }
      if (migration.name === '001_citizen_state') {
        const absence = creates.find((s) => s.startsWith('CREATE TABLE [absence]'))!;
        assert.match(absence, /\[active\] bit not null/);
        assert.match(absence, /\[comment\] nvarchar\(max\)/);
        const account = creates.find((s) => s.startsWith('CREATE TABLE [benefits_account]'))!;
        assert.match(account, /\[offset_hours\] decimal\(9, 2\) not null/);
      }
      const { statements: downs, knex: recordingDown } = recordingKnex();
      await migration.down!(recordingDown);
      // A table up dropped (033 moves its rows elsewhere) is what down may create again, rows moved back.
      const droppedByUp = statements.flatMap((s) => /^drop table \[(\w+)\]/i.exec(s)?.[1] ?? []);
      // …and an index up dropped (041: an index no read used) is what down creates again
      const indexesDroppedByUp = statements.flatMap((s) => /^drop index \[(\w+)\]/i.exec(s)?.[1] ?? []);
      const restores = (s: string) =>
        droppedByUp.some((t) => s.includes(`[${t}]`)) ||
        indexesDroppedByUp.some((i) => new RegExp(`^CREATE INDEX \\[${i}\\]`).test(s));
      const movesRows = (s: string) => /^(select|insert|delete|update)\b/i.test(s);
      assert.ok(
        downs.length > 0 &&
          downs.every((s) => /DROP TABLE|DROP INDEX|ALTER TABLE .* DROP /i.test(s) || restores(s) || movesRows(s)),
        `down only drops what up made (and restores what up dropped): ${downs.join('; ')}`,
      );
    });
  }

  test('the migration sources use only the schema builder (no raw SQL, no dialect-specific types)', () => {
    const dir = new URL('../../src/store/migrations/', import.meta.url);
    for (const file of fs.readdirSync(dir).filter((f) => /^\d+[a-z]?_.*\.ts$/.test(f))) {
      const source = fs.readFileSync(new URL(file, dir), 'utf8');
      assert.doesNotMatch(
        source,
        /\.raw\(|specificType|\.enu\(|\.jsonb?\(|knex\.fn\b/,
        `${file} stays dialect-neutral`,
      );
    }
    assert.equal(
      migrations.length,
      fs.readdirSync(dir).filter((f) => /^\d+[a-z]?_.*\.ts$/.test(f)).length,
      'every migration file is registered in index.ts',
    );
  });
});

/** The same server, another database: URL path or a trailing ADO.NET Database= (the last one wins). */
function onDatabase(connection: string, database: string): string {
  if (!connection.startsWith('mssql://')) return `${connection.replace(/;\s*$/, '')};Database=${database}`;
  const url = new URL(connection);
  url.pathname = '/' + database;
  return url.toString();
}

describe(
  'migrations live on SQL Server (MSSQL_URL)',
  { skip: process.env.MSSQL_URL ? false : 'MSSQL_URL not set' },
  () => {
    test('in a fresh database: migrate to latest, down to nothing, and up again', async () => {
      // A throwaway database, so the test never rolls back the schema of the database MSSQL_URL names.
      const name = `dfdg_test_${crypto.randomUUID().slice(0, 8)}`;
      const server = knex({
        client: 'mssql',
        connection: parseMssqlConnection(process.env.MSSQL_URL!) as Knex.StaticConnectionConfig,
      });
      await server.raw(`CREATE DATABASE [${name}]`);
      try {
        const db = await openDatabase({ client: 'mssql', connection: onDatabase(process.env.MSSQL_URL!, name) });
        try {
          assert.ok(await db.schema.hasTable('outbox_message'));
          await db.migrate.rollback({ migrationSource }, true);
          assert.equal(await db.schema.hasTable('person'), false);
          await db.migrate.latest({ migrationSource });
          assert.ok(await db.schema.hasTable('absence'));
        } finally {
          await closeDatabase(db);
        }
      } finally {
        await server.raw(`DROP DATABASE [${name}]`);
        await server.destroy();
      }
    });
  },
);
