// One PostgreSQL statement for a set of per-citizen queries, as src/store/perCitizenAggregate.ts makes one for
// SQLite, and for several citizens at once: each query (a knex `select * from one table where … cpr … [order
// by …]`) becomes a scalar subquery about `c.cpr` that aggregates its rows to a JSON array — `json_agg(t order by
// …)` with the query's own order, so the order is the aggregate's, not left to the subquery — over the CPRs of
// one array parameter: one row per citizen, one array per query. A citizen's six round trips (twelve with the
// contact process of a write) become one; the reads of one moment share one (src/store/citizenReader.ts).
// pg parses the json columns; their values are what the driver's rows hold once citizenRows.ts has normalised
// them (numeric as a JSON number instead of a string; booleans and nulls alike). The statement is prepared once
// per connection (a named pg statement: its subqueries are parsed and planned once, not per request); its result
// columns are json whatever the tables' columns, so a migration that adds a column cannot invalidate it.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { PerCitizenQueries, RowsOf } from './perCitizenQueries.ts';
import type { Queryable } from './queryable.ts';

type Row = Record<string, unknown>;

/** Stands in for the CPR while compiling, to find which placeholder carries it. */
const CPR_MARK = '\u0000cpr\u0000';

/** What knex compiles a per-citizen query to on PostgreSQL: one table, a where clause, an order by of columns. */
const QUERY_SHAPE = /^select \* from "(\w+)"( where .*?)?(?: order by ((?:"\w+" (?:asc|desc)(?:, )?)+))?$/;

export interface PostgresAggregate<Q extends PerCitizenQueries> {
  readonly sql: string;
  /** The name it is prepared under on each connection (from its text: one text, one name). */
  readonly name: string;
  /** The bindings for these CPRs (distinct). */
  bindingsFor(cprs: readonly string[]): Knex.RawBinding[];
  /** Each citizen's rows from the statement's rows (one per CPR). */
  rowsFrom(rows: readonly Row[]): Map<string, RowsOf<Q>>;
}

/** A PostgreSQL array literal of text values. */
const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export function compilePostgresAggregate<Q extends PerCitizenQueries>(q: Queryable, queries: Q): PostgresAggregate<Q> {
  const names = Object.keys(queries) as (keyof Q & string)[];
  const parts: string[] = [];
  const template: Knex.RawBinding[] = [];
  for (const name of names) {
    const { sql, bindings } = queries[name]!(q, CPR_MARK).toSQL();
    const shape = QUERY_SHAPE.exec(sql);
    if (!shape) throw new Error(`per-citizen query ${name} is not a select * from one table: ${sql}`);
    const [, table, where = '', order] = shape;
    let at = 0;
    let cprs = 0;
    // the CPR's placeholder becomes the outer row's CPR; the others stay bindings, in order
    const correlated = where.replace(/\?/g, () => {
      const binding = bindings[at++] as Knex.RawBinding;
      if (binding !== CPR_MARK) {
        template.push(binding);
        return '?';
      }
      cprs++;
      return 'c.cpr';
    });
    if (cprs !== 1 || at !== bindings.length)
      throw new Error(`per-citizen query ${name} must bind the CPR exactly once: ${sql}`);
    const agg = `json_agg(t${order ? ` order by ${order}` : ''})`;
    parts.push(`(select coalesce(${agg}, '[]'::json) from (select * from "${table}"${correlated}) t) as "${name}"`);
  }
  const sql = `select c.cpr, ${parts.join(', ')} from unnest(?::text[]) as c(cpr)`;
  return {
    sql,
    name: `dfdg_per_citizen_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`,
    bindingsFor: (cprs) => [...template, textArray(cprs)],
    rowsFrom(rows) {
      const byCpr = new Map<string, RowsOf<Q>>();
      for (const row of rows) {
        const of = {} as RowsOf<Q>;
        for (const name of names) of[name] = row[name] as Row[];
        byCpr.set(String(row.cpr), of);
      }
      return byCpr;
    },
  };
}

const compiled = new WeakMap<object, PostgresAggregate<PerCitizenQueries>>();

function aggregateOf<Q extends PerCitizenQueries>(q: Queryable, queries: Q): PostgresAggregate<Q> {
  let aggregate = compiled.get(queries) as PostgresAggregate<Q> | undefined;
  if (!aggregate) {
    aggregate = compilePostgresAggregate(q, queries);
    compiled.set(queries, aggregate as PostgresAggregate<PerCitizenQueries>);
  }
  return aggregate;
}

/** The rows of each of these citizens (distinct CPRs) through `q`, a PostgreSQL knex or transaction (seeing its
 *  own writes): one round trip, one snapshot. */
export async function loadPostgresAggregates<Q extends PerCitizenQueries>(
  q: Queryable,
  queries: Q,
  cprs: readonly string[],
): Promise<Map<string, RowsOf<Q>>> {
  const aggregate = aggregateOf(q, queries);
  const result = (await q
    .raw(aggregate.sql, aggregate.bindingsFor(cprs))
    .options({ name: aggregate.name })) as unknown as { rows: Row[] };
  return aggregate.rowsFrom(result.rows);
}

/** One citizen's rows through `q`. */
export async function loadPostgresAggregate<Q extends PerCitizenQueries>(
  q: Queryable,
  queries: Q,
  cpr: string,
): Promise<RowsOf<Q>> {
  return (await loadPostgresAggregates(q, queries, [cpr])).get(cpr)!;
}
