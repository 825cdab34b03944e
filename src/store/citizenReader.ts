// Where read-only operations get a citizen's state. Writing operations load it inside their own
// transaction (src/soap/pipeline.ts); reads need no transaction of the request's own, so on the embedded
// SQLite database they read through a dedicated read-only connection with ONE prepared statement: the
// queries of `citizenStateQueries` compiled into one aggregate (src/store/perCitizenAggregate.ts). One statement is one consistent snapshot under
// WAL while writers go on. Measured here: six knex round trips ~200 µs, six prepared statements in a
// read transaction ~40 µs, the one statement ~17 µs. On PostgreSQL a round trip is what costs (each wakes the
// server and then the facade: ~100–300 µs of CPU on both sides here, far more than the statement itself), so the
// reads of one turn of the event loop are loaded together: one statement for all their citizens
// (src/store/postgresAggregate.ts), one snapshot. Other dialects read through knex.
import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import { citizenStateFromRows, citizenStateQueries, loadCitizenState } from './citizenRepository.ts';
import { compileAggregate, type CompiledAggregate } from './perCitizenAggregate.ts';
import { loadPostgresAggregates } from './postgresAggregate.ts';

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
type ReadConnectionClass = new (
  filename: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => ReadConnection;

const require = createRequire(import.meta.url);

class SqliteSnapshotReader implements CitizenReader {
  private readonly connection: ReadConnection;
  private readonly statement: Statement;
  private readonly aggregate: CompiledAggregate<typeof citizenStateQueries>;

  constructor(db: Knex, filename: string) {
    const Database = require('better-sqlite3') as ReadConnectionClass;
    this.connection = new Database(filename, { readonly: true, fileMustExist: true });
    this.connection.pragma('busy_timeout = 5000');
    const columnsOf = (table: string) =>
      (this.connection.prepare(`select name from pragma_table_info('${table}')`).raw(true).all() as [string][]).map(
        ([c]) => c,
      );
    this.aggregate = compileAggregate(db, citizenStateQueries, columnsOf);
    this.statement = this.connection.prepare(this.aggregate.sql).raw(true);
  }

  async load(cpr: string): Promise<CitizenState | null> {
    return citizenStateFromRows(
      this.aggregate.rowsFrom(this.statement.get(this.aggregate.bindingsFor(cpr)) as unknown[]),
    );
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

/** Citizens loaded together at most (one statement, one array parameter). */
export const CITIZENS_PER_BATCH = 100;

type Waiting = { resolve(state: CitizenState | null): void; reject(err: unknown): void }[];

/** PostgreSQL: the loads asked for in one turn of the event loop, as one statement after it. */
class PostgresBatchReader implements CitizenReader {
  private pending: Map<string, Waiting> | null = null;

  constructor(private readonly db: Knex) {}

  load(cpr: string): Promise<CitizenState | null> {
    if (!this.pending || this.pending.size >= CITIZENS_PER_BATCH) {
      const batch = new Map<string, Waiting>();
      this.pending = batch;
      setImmediate(() => {
        if (this.pending === batch) this.pending = null;
        void this.run(batch);
      });
    }
    const batch = this.pending;
    return new Promise((resolve, reject) => {
      const waiting = batch.get(cpr);
      if (waiting) waiting.push({ resolve, reject });
      else batch.set(cpr, [{ resolve, reject }]);
    });
  }

  private async run(batch: Map<string, Waiting>): Promise<void> {
    try {
      const rows = await loadPostgresAggregates(this.db, citizenStateQueries, [...batch.keys()]);
      // each waiter its own state: nothing is shared between requests
      for (const [cpr, waiting] of batch) for (const w of waiting) w.resolve(citizenStateFromRows(rows.get(cpr)!));
    } catch (err) {
      for (const waiting of batch.values()) for (const w of waiting) w.reject(err);
    }
  }

  async close(): Promise<void> {}
}

/** The snapshot reader for a SQLite file, the batching reader on PostgreSQL, knex otherwise (SQL Server, SQLite
 *  :memory:). */
export function citizenReaderFor(db: Knex): CitizenReader {
  const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
  if (db.client.dialect === 'sqlite3' && filename && filename !== ':memory:')
    return new SqliteSnapshotReader(db, filename);
  if (db.client.dialect === 'postgresql') return new PostgresBatchReader(db);
  return new KnexCitizenReader(db);
}
