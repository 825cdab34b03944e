// Where a unit of work's transaction comes from. On the embedded SQLite database it is a member of a group
// commit (src/store/groupCommit.ts, src/store/sqliteClient.ts): several requests' transactions share one
// COMMIT, each settles after it. On PostgreSQL and SQL Server it is a knex transaction of its own.
import type { Knex } from 'knex';
import type { Transaction } from './queryable.ts';
import { groupCommitting } from './sqliteClient.ts';

/** Runs `work` in a transaction that commits when it resolves (and rolls back when it throws); the returned
 *  promise settles only once that commit happened. */
export function writeTransaction<T>(db: Knex, work: (trx: Transaction) => Promise<T>): Promise<T> {
  const sqlite = groupCommitting(db);
  return sqlite ? sqlite.writeTransaction(work) : db.transaction(work);
}
