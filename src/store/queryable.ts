// What store functions run on. Reads take either the database or a transaction; writes take a transaction
// only, so a write outside one does not type-check (a `Knex` is not a `Knex.Transaction`).
import type { Knex } from 'knex';

export type Queryable = Knex | Knex.Transaction;
export type Transaction = Knex.Transaction;

/** How many rows `query` selects (a retention policy's dry run, a report). */
export async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const [row] = (await query.clearSelect().count({ n: '*' })) as { n: number | string }[];
  return Number(row?.n ?? 0);
}
