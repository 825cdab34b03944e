// Where read-only operations get a citizen's state. Writing operations load it inside their own
// transaction (src/soap/pipeline.ts); reads need no transaction of the request's own, so on the embedded
// SQLite database they read through a dedicated read-only connection with ONE prepared statement: the
// queries of `citizenStateQueries`, compiled once by knex, each wrapped as a subquery whose rows SQLite
// aggregates to a JSON array in the query's own order. One statement is one consistent snapshot under
// WAL while writers go on. Measured here: six knex round trips ~200 µs, six prepared statements in a
// read transaction ~40 µs, the one statement ~17 µs. Other dialects read through knex.
import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import { citizenStateFromRows, citizenStateQueries, loadCitizenState, type CitizenStateRows } from './citizenRepository.ts';
import type { Row } from './citizenRows.ts';

export interface CitizenReader {
  load(cpr: string): Promise<CitizenState | null>;
  close(): Promise<void>;
}

interface Statement {
  raw(on: boolean): Statement;
  get(bindings: unknown[]): unknown;
  all(bindings?: unknown[]): unknown[];
}
interface ReadConnection {
  prepare(sql: string): Statement;
  pragma(source: string): unknown;
  close(): void;
}
type ReadConnectionClass = new (filename: string, options: { readonly: boolean; fileMustExist: boolean }) => ReadConnection;

const require = createRequire(import.meta.url);
/** Stands in for the CPR while compiling, to find which bindings carry it. */
const CPR_MARK = '\u0000cpr\u0000';

/** `select * from `t` where … [order by …]` → one scalar subquery yielding the rows as a JSON array. */
function asJsonArray(connection: ReadConnection, name: string, sql: string): string {
  const table = /^select \* from `(\w+)`/.exec(sql)?.[1];
  if (!table) throw new Error(`citizen query ${name} is not a select * from one table: ${sql}`);
  const columns = (connection.prepare(`select name from pragma_table_info('${table}')`).raw(true).all() as [string][]).map(([c]) => c);
  const row = `json_object(${columns.map((c) => `'${c}', \`${c}\``).join(', ')})`;
  return `(select json_group_array(${row}) from (${sql}))`;
}

class SqliteSnapshotReader implements CitizenReader {
  private readonly connection: ReadConnection;
  private readonly statement: Statement;
  private readonly names: (keyof CitizenStateRows)[];
  private readonly bindings: unknown[];
  private readonly cprAt: number[];

  constructor(db: Knex, filename: string) {
    const Database = require('better-sqlite3') as ReadConnectionClass;
    this.connection = new Database(filename, { readonly: true, fileMustExist: true });
    this.connection.pragma('busy_timeout = 5000');
    this.names = Object.keys(citizenStateQueries) as (keyof CitizenStateRows)[];
    const parts: string[] = [];
    this.bindings = [];
    for (const name of this.names) {
      const { sql, bindings } = citizenStateQueries[name](db, CPR_MARK).toSQL().toNative();
      parts.push(`${asJsonArray(this.connection, name, sql)} as ${name}`);
      this.bindings.push(...bindings);
    }
    this.cprAt = this.bindings.flatMap((b, i) => (b === CPR_MARK ? [i] : []));
    if (this.cprAt.length !== this.names.length) throw new Error('every citizen query must bind the CPR exactly once');
    this.statement = this.connection.prepare(`select ${parts.join(', ')}`).raw(true);
  }

  async load(cpr: string): Promise<CitizenState | null> {
    const bindings = this.bindings.slice();
    for (const i of this.cprAt) bindings[i] = cpr;
    const arrays = this.statement.get(bindings) as string[];
    const rows = {} as CitizenStateRows;
    this.names.forEach((name, i) => (rows[name] = JSON.parse(arrays[i]!) as Row[]));
    return citizenStateFromRows(rows);
  }

  async close(): Promise<void> {
    this.connection.close();
  }
}

class KnexCitizenReader implements CitizenReader {
  constructor(private readonly db: Knex) {}
  load(cpr: string): Promise<CitizenState | null> {
    return loadCitizenState(this.db, cpr);
  }
  async close(): Promise<void> {}
}

/** The snapshot reader for a SQLite file, knex otherwise (PostgreSQL, SQL Server, SQLite :memory:). */
export function citizenReaderFor(db: Knex): CitizenReader {
  const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
  if (db.client.dialect === 'sqlite3' && filename && filename !== ':memory:') return new SqliteSnapshotReader(db, filename);
  return new KnexCitizenReader(db);
}
