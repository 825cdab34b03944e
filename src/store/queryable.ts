// What store functions run on. Reads take either the database or a transaction; writes take a transaction
// only, so a write outside one does not type-check (a `Knex` is not a `Knex.Transaction`).
import type { Knex } from 'knex';

export type Queryable = Knex | Knex.Transaction;
export type Transaction = Knex.Transaction;
