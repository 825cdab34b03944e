// One SQLite statement for a set of per-citizen queries: each query (a knex `select * from one table where
// … cpr … [order by …]`) is compiled once and wrapped as a scalar subquery that aggregates its rows to a JSON
// array in the query's own order. Six knex round trips (~30 µs of knex each, more inside a transaction)
// become one statement. Used by the read-only snapshot connection (src/store/citizenReader.ts) and, inside
// write transactions on SQLite, through the transaction itself (so it sees the transaction's own writes).
// PostgreSQL has its own one statement (src/store/postgresAggregate.ts); SQL Server runs the queries one by one.
import type { Knex } from 'knex';
import type { PerCitizenQueries, RowsOf } from './perCitizenQueries.ts';
import { loadPostgresAggregate } from './postgresAggregate.ts';
import type { Queryable } from './queryable.ts';
import { heldConnection } from './sqliteClient.ts';

export type { PerCitizenQueries, RowsOf };
type Row = Record<string, unknown>;

/** Stands in for the CPR while compiling, to find which bindings carry it. */
const CPR_MARK = '\u0000cpr\u0000';

export interface CompiledAggregate<Q extends PerCitizenQueries> {
  readonly sql: string;
  bindingsFor(cpr: string): unknown[];
  /** The rows of each query from the statement's one result row (its columns in query order). */
  rowsFrom(values: readonly unknown[]): RowsOf<Q>;
}

/**
 * Compiles `queries` for SQLite. `columnsOf(table)` lists a table's columns (pragma_table_info), taken from
 * whichever connection compiles.
 */
export function compileAggregate<Q extends PerCitizenQueries>(
  q: Queryable,
  queries: Q,
  columnsOf: (table: string) => string[],
): CompiledAggregate<Q> {
  const names = Object.keys(queries) as (keyof Q & string)[];
  const parts: string[] = [];
  const template: unknown[] = [];
  const columns: string[][] = [];
  for (const name of names) {
    const { sql, bindings } = queries[name]!(q, CPR_MARK).toSQL().toNative();
    const table = /^select \* from `(\w+)`/.exec(sql)?.[1];
    if (!table) throw new Error(`per-citizen query ${name} is not a select * from one table: ${sql}`);
    // each row as an array of its values (the column names once, here, not in every row's JSON)
    const tableColumns = columnsOf(table);
    columns.push(tableColumns);
    const row = `json_array(${tableColumns.map((c) => `\`${c}\``).join(', ')})`;
    parts.push(`(select json_group_array(${row}) from (${sql})) as ${name}`);
    template.push(...bindings);
  }
  const cprAt = template.flatMap((b, i) => (b === CPR_MARK ? [i] : []));
  if (cprAt.length !== names.length) throw new Error('every per-citizen query must bind the CPR exactly once');
  return {
    sql: `select ${parts.join(', ')}`,
    bindingsFor(cpr) {
      const bindings = template.slice();
      for (const i of cprAt) bindings[i] = cpr;
      return bindings;
    },
    rowsFrom(values) {
      const rows = {} as RowsOf<Q>;
      names.forEach((name, i) => (rows[name] = rowObjects(columns[i]!, JSON.parse(String(values[i])) as unknown[][])));
      return rows;
    },
  };
}

function rowObjects(columns: readonly string[], arrays: readonly unknown[][]): Row[] {
  return arrays.map((values) => {
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]!] = values[c];
    return row;
  });
}

const compiledInTransactions = new WeakMap<object, Promise<CompiledAggregate<PerCitizenQueries>>>();

/** The rows of each query through `q` (a knex or a transaction, seeing the transaction's own writes): one
 *  statement on SQLite and PostgreSQL, the queries one after another on SQL Server. */
export function loadAggregate<Q extends PerCitizenQueries>(q: Queryable, queries: Q, cpr: string): Promise<RowsOf<Q>> {
  switch (q.client.dialect) {
    case 'sqlite3':
      return loadSqliteAggregate(q, queries, cpr);
    case 'postgresql':
      return loadPostgresAggregate(q, queries, cpr);
    default:
      return loadEachQuery(q, queries, cpr);
  }
}

/** The queries one by one, in order (one tedious connection runs one request at a time: no Promise.all). */
export async function loadEachQuery<Q extends PerCitizenQueries>(
  q: Queryable,
  queries: Q,
  cpr: string,
): Promise<RowsOf<Q>> {
  const rows = {} as RowsOf<Q>;
  for (const name of Object.keys(queries) as (keyof Q)[]) rows[name] = (await queries[name]!(q, cpr)) as Row[];
  return rows;
}

/** On SQLite: one round trip, the transaction's own view; in a unit of work a prepared statement run
 *  synchronously on the connection it holds (src/store/statements.ts). */
async function loadSqliteAggregate<Q extends PerCitizenQueries>(
  q: Queryable,
  queries: Q,
  cpr: string,
): Promise<RowsOf<Q>> {
  let compiled = compiledInTransactions.get(queries);
  if (!compiled) {
    compiled = (async () => {
      const tables = new Map<string, string[]>();
      for (const name of Object.keys(queries)) {
        const table = /^select \* from `(\w+)`/.exec(queries[name]!(q, CPR_MARK).toSQL().sql)?.[1];
        if (table && !tables.has(table)) {
          const rows = (await q.raw('select name from pragma_table_info(?)', [table])) as { name: string }[];
          tables.set(
            table,
            rows.map((r) => r.name),
          );
        }
      }
      return compileAggregate(q, queries, (t) => tables.get(t)!);
    })();
    compiledInTransactions.set(queries, compiled);
  }
  const aggregate = (await compiled) as CompiledAggregate<Q>;
  const held = heldConnection(q);
  const row = held
    ? (held.statement(aggregate.sql).get(aggregate.bindingsFor(cpr)) as Row)
    : ((await q.raw(aggregate.sql, aggregate.bindingsFor(cpr) as Knex.RawBinding[])) as Row[])[0];
  return aggregate.rowsFrom(Object.values(row!));
}
