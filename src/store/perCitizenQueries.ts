// A citizen's per-table queries, the shape both one-statement loaders take (perCitizenAggregate.ts on SQLite,
// postgresAggregate.ts on PostgreSQL): each a knex `select * from one table where … cpr … [order by …]`.
import type { Knex } from 'knex';
import type { Queryable } from './queryable.ts';

type Row = Record<string, unknown>;
export type PerCitizenQueries = Record<string, (q: Queryable, cpr: string) => Knex.QueryBuilder>;
export type RowsOf<Q extends PerCitizenQueries> = { [K in keyof Q]: Row[] };
