// knex's PostgreSQL dialect with fewer round trips per transaction:
// - a unit of work's INSERTs sent together (src/store/deferredInserts.ts): before a statement runs on a
//   transaction's connection, the rows held there are sent first when the statement could see them or depend on
//   them, and dropped when it is the ROLLBACK. A COMMIT whose held rows fail is a ROLLBACK: the connection goes
//   back to the pool with no transaction open;
// - the BEGIN sent with the transaction's first statement: knex awaits the BEGIN's answer before the unit of work
//   runs, a round trip of its own (one of a CreateIndkaldelse's eight; alone, BEGIN + lock + COMMIT on one idle
//   connection: 3 → 2 round trips, wall 139–147 → 95–99 µs, pg's CPU 88–95 → 61–63 µs, the server's 73 → 50 µs).
//   It is answered here at once and sent in front of the first statement that binds nothing, in one simple query
//   (`BEGIN; SELECT pg_advisory_xact_lock(…)`: a write's citizen lock, src/store/transactionLock.ts); before a
//   statement with bindings it is sent on its own first, as before. The transaction's statements run in the same
//   order on the same connection either way: what the unit of work sees does not change, only when the BEGIN
//   leaves.
import type { Knex } from 'knex';
// A static import, not a require: the build (scripts/build/build.mjs) bundles knex, and this dialect with it.
// @ts-expect-error knex ships no types for its dialect modules
import StockPgModule from 'knex/lib/dialects/postgres/index.js';
import { before, drop, take, type PgConnection } from './deferredInserts.ts';
import type { Transaction } from './queryable.ts';

interface QueryObject {
  sql: string;
  bindings?: unknown[];
  options?: object;
  /** pg's answer, set by knex's _query (an array of them for a simple query of several statements). */
  response?: unknown;
}

interface StockClient {
  _query(connection: PgConnection, obj: QueryObject): Promise<QueryObject>;
}

const StockPg = StockPgModule as new (config: Knex.Config) => StockClient;

const COMMIT = /^\s*commit\b/i;
const BEGIN = /^\s*begin\b/i;

/** A transaction's BEGIN not sent yet, by its connection. */
const pendingBegin = new WeakMap<PgConnection, string>();

/** The answer knex gets for a BEGIN kept back (it reads none of it). */
const beginAnswer = () => ({ command: 'BEGIN', rowCount: null, rows: [], fields: [] });

export class PostgresClient extends StockPg {
  override async _query(connection: PgConnection, obj: QueryObject): Promise<QueryObject> {
    const held = before(connection, obj.sql);
    if (held === 'drop') drop(connection);
    else if (held === 'send') {
      const statement = take(connection)!;
      try {
        await sendWithBegin(this, connection, statement);
      } catch (error) {
        if (COMMIT.test(obj.sql)) await super._query(connection, { sql: 'ROLLBACK' });
        throw error;
      }
    }
    if (BEGIN.test(obj.sql)) {
      pendingBegin.set(connection, obj.sql);
      obj.response = beginAnswer();
      return obj;
    }
    return sendWithBegin(this, connection, obj);
  }
}

const stockQuery = (client: StockClient, connection: PgConnection, obj: QueryObject): Promise<QueryObject> =>
  (StockPg.prototype as StockClient)._query.call(client, connection, obj);

/** Sends `obj` through knex's own `_query`, with the transaction's BEGIN in front when it was kept back. (A
 *  function, not a private method: knex runs a transaction's queries on an object made from the client with
 *  Object.create, which private fields do not reach.) */
async function sendWithBegin(client: StockClient, connection: PgConnection, obj: QueryObject): Promise<QueryObject> {
  const begin = pendingBegin.get(connection);
  if (begin === undefined) return stockQuery(client, connection, obj);
  pendingBegin.delete(connection);
  // pg options (a row mode, say) apply to one statement's answer: such a statement goes on its own
  if (obj.bindings?.length || Object.keys(obj.options ?? {}).length > 0) {
    await stockQuery(client, connection, { sql: begin });
    return stockQuery(client, connection, obj);
  }
  // one simple query: pg answers with each statement's result, the BEGIN's first
  const sent = await stockQuery(client, connection, { sql: `${begin} ${obj.sql}` });
  const results = sent.response as unknown[];
  obj.response = results.length === 2 ? results[1] : results.slice(1);
  return obj;
}

/** Sends the rows held on `connection`, the connection of the PostgreSQL transaction `trx`. */
export async function sendHeld(trx: Transaction, connection: PgConnection): Promise<void> {
  const statement = take(connection);
  if (statement) await (trx.client as unknown as PostgresClient)._query(connection, statement);
}
