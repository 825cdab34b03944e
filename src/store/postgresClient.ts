// knex's PostgreSQL dialect with a unit of work's INSERTs sent together (src/store/deferredInserts.ts): before a
// statement runs on a transaction's connection, the rows held there are sent first when the statement could see
// them or depend on them, and dropped when it is the ROLLBACK. A COMMIT whose held rows fail is a ROLLBACK: the
// connection goes back to the pool with no transaction open.
import type { Knex } from 'knex';
// A static import, not a require: the build (scripts/build/build.mjs) bundles knex, and this dialect with it.
// @ts-expect-error knex ships no types for its dialect modules
import StockPgModule from 'knex/lib/dialects/postgres/index.js';
import { before, drop, take, type PgConnection } from './deferredInserts.ts';
import type { Transaction } from './queryable.ts';

interface QueryObject {
  sql: string;
  bindings?: unknown[];
  options?: unknown;
}

interface StockClient {
  _query(connection: PgConnection, obj: QueryObject): Promise<QueryObject>;
}

const StockPg = StockPgModule as new (config: Knex.Config) => StockClient;

const COMMIT = /^\s*commit\b/i;

export class PostgresClient extends StockPg {
  override async _query(connection: PgConnection, obj: QueryObject): Promise<QueryObject> {
    const held = before(connection, obj.sql);
    if (held === 'drop') drop(connection);
    else if (held === 'send') {
      const statement = take(connection)!;
      try {
        await super._query(connection, statement);
      } catch (error) {
        if (COMMIT.test(obj.sql)) await super._query(connection, { sql: 'ROLLBACK' });
        throw error;
      }
    }
    return super._query(connection, obj);
  }
}

/** Sends the rows held on `connection`, the connection of the PostgreSQL transaction `trx`. */
export async function sendHeld(trx: Transaction, connection: PgConnection): Promise<void> {
  const statement = take(connection);
  if (statement) await (trx.client as unknown as PostgresClient)._query(connection, statement);
}
