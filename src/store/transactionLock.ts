// One writer at a time for one thing — a citizen, an organisation's WSRM queue — across connections and
// processes, until the transaction ends. PostgreSQL: a transaction-scoped advisory lock on the key's hash;
// SQL Server: a transaction-owned application lock; SQLite: nothing to do, its write transactions begin
// IMMEDIATE and hold the database's one write lock already (src/store/sqliteClient.ts).
//
// Without it, two overlapping requests about one citizen on PostgreSQL (READ COMMITTED) would each load the
// citizen, each pass the rules the other's write breaks (two overlapping absences 75, say) and each commit;
// and their outbox rows could take sequence numbers in one order and commit in the other.
//
// On PostgreSQL the key is written into the statement as a literal, not bound: a statement that binds nothing goes
// out with the transaction's BEGIN in one round trip (src/store/postgresClient.ts).
import type { Knex } from 'knex';

/** `text` as a PostgreSQL string literal: E'…' with each quote and backslash doubled (as pg's escapeLiteral
 *  writes one with a backslash; right whatever standard_conforming_strings says). */
export function postgresLiteral(text: string): string {
  return `E'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

export async function lockForTransaction(trx: Knex | Knex.Transaction, key: string): Promise<void> {
  if (trx.client.dialect === 'postgresql')
    // knex reads a `?` in a statement as a binding's place, even in a literal: such a key is bound
    await (key.includes('?')
      ? trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [key])
      : trx.raw(`SELECT pg_advisory_xact_lock(hashtext(${postgresLiteral(key)}))`));
  else if (trx.client.dialect === 'mssql')
    await trx.raw("EXEC sp_getapplock @Resource = ?, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", [key]);
}
