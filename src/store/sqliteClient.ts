// knex's better-sqlite3 dialect, made cheap per query for the embedded default database:
// - a per-connection prepared-statement cache: the stock dialect calls `connection.prepare(sql)` on every
//   query, which was the largest single cost of a GetPersonExempts call in the profile. knex builds the
//   same SQL text for the same query shape, so statements are reused by text (SQLite re-prepares a cached
//   statement itself after a schema change);
// - one connection handed out in arrival order instead of a tarn pool of one (SQLite has one writer; knex used
//   min 1 / max 1 anyway): acquiring it no longer arms a timeout timer per query. The units of work of the
//   application share it through group commit (src/store/groupCommit.ts): `writeTransaction` runs one as a
//   member of a group, on a knex bound to the connection (no knex transaction per request: its machinery was
//   ~80 µs of CPU per write); every other use of the connection commits the open group first.
// - checkpoints off the commit path and off the event loop: SQLite's automatic WAL checkpoint ran inside every
//   ~25th COMMIT of a write-heavy load (copying pages and fsyncing the database file, ~10 ms each: 430 µs per
//   CreateIndkaldelse on average, more than all its queries together). Instead a worker thread with a
//   connection of its own checkpoints (PASSIVE: it never waits for readers or the writer) every
//   CHECKPOINT_MS, so one checkpoint covers hundreds of transactions whose pages overlap and the requests
//   never wait for it (a WSRM drain wrote ~1,500 pages per checkpoint: 18–28 ms each on the main thread);
//   closing the client checkpoints once more, on its own connection.
// - write transactions begin IMMEDIATE: several processes may share one database file (dispatchers, a
//   second facade), and a DEFERRED transaction that read before writing fails with SQLITE_BUSY_SNAPSHOT when
//   another process committed in between, while IMMEDIATE waits its turn for the one writer (busy_timeout).
//   Within one process the connection is serialised anyway, so this costs nothing there.
// The pragmas of the embedded database are set when the connection opens.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import knex, { type Knex } from 'knex';
// A static import, not a require: the build (scripts/build/build.mjs) bundles knex, and this dialect with it.
// @ts-expect-error knex ships no types for its dialect modules
import StockBetterSqlite3Module from 'knex/lib/dialects/better-sqlite3/index.js';
import { GroupCommit } from './groupCommit.ts';

const require = createRequire(import.meta.url);

interface Statement {
  reader: boolean;
  safeIntegers(on: boolean): Statement;
  all(bindings: unknown[]): unknown[];
  get(bindings: unknown[]): unknown;
  run(bindings: unknown[]): { lastInsertRowid: number | bigint; changes: number };
}
interface Connection {
  readonly inTransaction: boolean;
  prepare(sql: string): Statement;
  pragma(source: string): unknown;
  close(): void;
}
interface QueryObject {
  sql: string;
  bindings?: unknown[];
  options?: unknown;
  response?: unknown;
  context?: { lastID: number | bigint; changes: number };
}
interface StockClient {
  _formatBindings(bindings: unknown[] | undefined): unknown[];
  _optSafeIntegers(options: unknown): boolean | undefined;
  acquireRawConnection(): Promise<Connection>;
  destroy(callback?: () => void): Promise<void>;
}

const StockBetterSqlite3 = StockBetterSqlite3Module as new (config: Knex.Config) => StockClient;

/** WAL + synchronous=NORMAL: ~19,000 single-row transactions/s here, 4× FULL (engineering.md); no automatic
 *  checkpoint: the client runs them on its own schedule; a 64 MiB page cache (the default 2 MiB made every
 *  random-uuid lookup of a summons or an outbox row a read() of the file once the tables outgrew it); temporary
 *  storage in memory: every group-commit member runs in a SAVEPOINT, whose sub-journal (the pages it changed,
 *  as they were) spilled to a temporary file beyond 64 KiB — write() calls on every member, ~90 of ~250 µs of
 *  CPU per member in a microbenchmark of a summons' rows (README, "Write path"). It holds at most the pages one
 *  transaction changes, as the WAL does. */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'wal_autocheckpoint = 0',
  'cache_size = -65536',
  'temp_store = MEMORY',
];

/** How often the WAL is checkpointed into the database file. */
export const CHECKPOINT_MS = 500;

/** The checkpointing thread: its own connection to the file, a PASSIVE checkpoint every CHECKPOINT_MS. A
 *  failed checkpoint (the file busy, say) is retried on the next tick; the thread never holds the process.
 *  It is stopped by a message, never terminated: terminating a thread while better-sqlite3 is inside a call that
 *  fails (its error cannot be made in a dying isolate) aborts the whole process (seen in CI: SIGABRT in a test
 *  process, "ToLocalEmpty" under Database::ThrowSqliteError). */
const CHECKPOINTER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
// The thread may start only after the database was closed and its file removed (a short test under load):
// then there is nothing to checkpoint, and an error here would be an uncaught exception in the main thread.
let db = null;
try { db = new Database(workerData.filename, { fileMustExist: true }); } catch {}
let timer = null;
if (db) {
  db.pragma('busy_timeout = 0');
  timer = setInterval(() => {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  }, workerData.everyMs);
}
parentPort.once('message', () => {
  clearInterval(timer);
  try { db?.close(); } catch {}
  parentPort.close();
});
`;

interface Checkpointer {
  worker: Worker;
  exited: Promise<void>;
}

function startCheckpointer(filename: string): Checkpointer {
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), filename, everyMs: CHECKPOINT_MS },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.unref();
  return { worker, exited };
}

/** Asks the thread to stop after its current checkpoint and waits until it has; the thread holds the process
 *  meanwhile, so the process cannot end (and terminate it) in the middle of a checkpoint. */
async function stopCheckpointer({ worker, exited }: Checkpointer): Promise<void> {
  worker.ref();
  worker.postMessage('stop');
  await exited;
}

/** Statements kept per connection; the facade issues a few dozen distinct shapes, so the cap is only a guard. */
const MAX_STATEMENTS = 1000;
const cache = new WeakMap<Connection, Map<string, Statement>>();

function prepared(connection: Connection, sql: string): Statement {
  let statements = cache.get(connection);
  if (!statements) cache.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(sql, statement);
  }
  return statement;
}

/** Runs a compiled knex query on `connection` as a cached prepared statement. */
function runQuery(client: StockClient, connection: Connection, obj: QueryObject): QueryObject {
  if (!obj.sql) throw new Error('The query is empty');
  if (!connection) throw new Error('No connection provided');
  const statement = prepared(connection, obj.sql === 'BEGIN;' ? 'BEGIN IMMEDIATE;' : obj.sql);
  // A cached statement keeps its mode, so set it on every call (default: off).
  statement.safeIntegers(client._optSafeIntegers(obj.options) ?? false);
  const bindings = client._formatBindings(obj.bindings);
  if (statement.reader) {
    obj.response = statement.all(bindings);
    return obj;
  }
  const response = statement.run(bindings);
  obj.response = response;
  obj.context = { lastID: response.lastInsertRowid, changes: response.changes };
  return obj;
}

/** A unit of work's transaction on SQLite: a knex bound to the one connection while a group member holds it
 *  (src/store/groupCommit.ts). Its transaction is the group's, so it neither commits nor rolls back itself;
 *  `executionPromise` is the member's commit, as on a knex transaction (src/outbox/wake.ts). */
export type MemberTransaction = Knex.Transaction;

class BoundBetterSqlite3Client extends StockBetterSqlite3 {
  held: Connection | null = null;
  async acquireConnection(): Promise<Connection> {
    if (!this.held) throw new Error('the SQLite connection is used outside its unit of work');
    return this.held;
  }
  releaseConnection(): Promise<void> {
    return Promise.resolve();
  }
  async _query(connection: Connection, obj: QueryObject): Promise<QueryObject> {
    return runQuery(this, connection, obj);
  }
}

const notHere = (what: string) => () => {
  throw new Error(`${what}: a unit of work on SQLite commits with its group (src/store/groupCommit.ts)`);
};

export class CachingBetterSqlite3Client extends StockBetterSqlite3 {
  private connection: Promise<Connection> | null = null;
  private groups: GroupCommit | null = null;
  private bound: { trx: Knex; client: BoundBetterSqlite3Client } | null = null;

  private checkpointer: Checkpointer | null = null;
  private checkpointerLater: NodeJS.Timeout | null = null;

  private get filename(): string {
    return (this as unknown as { connectionSettings: { filename: string } }).connectionSettings.filename;
  }

  private async open(): Promise<Connection> {
    const connection = await this.acquireRawConnection();
    for (const pragma of PRAGMAS) connection.pragma(pragma);
    this.groups = new GroupCommit(connection);
    // The thread starts when the first checkpoint is due, not with the connection: its start (a V8 isolate and
    // Node's bootstrap, ~0.05 s of CPU) competed for the cores with everything a `serve` does before it answers.
    if (this.filename !== ':memory:') {
      this.checkpointerLater = setTimeout(() => {
        this.checkpointerLater = null;
        this.checkpointer = startCheckpointer(this.filename);
      }, CHECKPOINT_MS).unref();
    }
    return connection;
  }

  async acquireConnection(): Promise<Connection> {
    const connection = await (this.connection ??= this.open());
    await this.groups!.acquire();
    return connection;
  }

  /** Hands the connection straight to the next waiter, in arrival order. */
  releaseConnection(): Promise<void> {
    this.groups!.release();
    return Promise.resolve();
  }

  /** Groups committed and their members so far (diagnostics, tests). */
  groupStats(): { groups: number; members: number } {
    return { ...(this.groups?.stats ?? { groups: 0, members: 0 }) };
  }

  /** Runs `work` as one member of a group commit; it settles once the group's COMMIT holding its rows ran. */
  async writeTransaction<T>(work: (trx: MemberTransaction) => Promise<T>): Promise<T> {
    const connection = await (this.connection ??= this.open());
    const bound = (this.bound ??= this.bindKnex());
    return this.groups!.member(async (committed) => {
      const trx = bound.trx as unknown as MemberTransaction;
      (trx as { executionPromise: Promise<unknown> }).executionPromise = committed;
      bound.client.held = connection;
      try {
        return await work(trx);
      } finally {
        bound.client.held = null;
      }
    });
  }

  private bindKnex(): { trx: Knex; client: BoundBetterSqlite3Client } {
    const trx = knex({
      client: BoundBetterSqlite3Client as unknown as typeof knex.Client,
      connection: { filename: this.filename },
      useNullAsDefault: true,
    });
    // (a nested `transaction` fails in SQLite itself: BEGIN inside the group's transaction)
    Object.assign(trx, {
      isTransaction: true,
      commit: notHere('commit'),
      rollback: notHere('rollback'),
      savepoint: notHere('savepoint'),
    });
    return { trx, client: trx.client as unknown as BoundBetterSqlite3Client };
  }

  override async destroy(callback?: () => void): Promise<void> {
    if (this.checkpointerLater) clearTimeout(this.checkpointerLater);
    this.checkpointerLater = null;
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    if (checkpointer) await stopCheckpointer(checkpointer);
    const connection = this.connection;
    this.connection = null;
    if (connection) {
      const open = await connection;
      this.groups?.flush();
      open.pragma('wal_checkpoint(TRUNCATE)');
      open.close();
    }
    await this.bound?.trx.destroy();
    this.bound = null;
    await super.destroy(callback);
  }

  async _query(connection: Connection, obj: QueryObject): Promise<QueryObject> {
    return runQuery(this, connection, obj);
  }
}

/** The connection a unit of work holds on SQLite, for src/store/statements.ts: its statements prepared once. */
export interface HeldConnection {
  statement(sql: string): {
    run(bindings: unknown[]): unknown;
    get(bindings: unknown[]): unknown;
    all(bindings: unknown[]): unknown[];
  };
}

/** The connection `q` holds when it is a unit of work's transaction on SQLite (a group member); null otherwise
 *  (PostgreSQL, SQL Server, the database itself). */
export function heldConnection(q: Knex | Knex.Transaction): HeldConnection | null {
  const client = q.client as unknown;
  if (!(client instanceof BoundBetterSqlite3Client) || !client.held) return null;
  const connection = client.held;
  return { statement: (sql) => prepared(connection, sql) };
}

/** Whether `db` is the embedded SQLite database, whose units of work commit in groups. */
export function groupCommitting(db: Knex): CachingBetterSqlite3Client | null {
  return db.client instanceof CachingBetterSqlite3Client ? db.client : null;
}
