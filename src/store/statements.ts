// The statements of the hot write path, written once for every dialect: insert rows, read one row by key.
// Inside a unit of work on the embedded SQLite database (a group-commit member, src/store/sqliteClient.ts) each
// runs as a prepared statement, cached by its SQL text, synchronously on the connection the member holds —
// without knex's query builder, compiler and runner (~30 µs of CPU per statement, more than most statements
// cost SQLite). Everywhere else (PostgreSQL, SQL Server, SQLite outside a unit of work) the same call is a knex
// query on the caller's transaction or database — except that a PostgreSQL transaction's INSERTs are held and sent
// together (src/store/deferredInserts.ts).
import type { Queryable, Transaction } from './queryable.ts';
import type { Knex } from 'knex';
import { hold, holdable, postgresTransactionConnection, type PgConnection } from './deferredInserts.ts';
import { sendHeld } from './postgresClient.ts';
import { heldConnection, type HeldConnection } from './sqliteClient.ts';

export type Row = Record<string, unknown>;

/** Rows per INSERT: keeps well under SQL Server's 2,100 parameters and PostgreSQL's 65,535 (and SQLite's 32,766). */
export const ROWS_PER_INSERT = 100;

const sqlCache = new Map<string, string>();

const quote = (name: string) => `"${name}"`;

/** What better-sqlite3 binds: numbers, strings, bigints, buffers and null (booleans as 0/1, as knex does). */
function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.valueOf();
  return v;
}

function insertSql(table: string, columns: readonly string[], count: number): string {
  const key = `${table}\u0000${columns.join('\u0000')}\u0000${count}`;
  let sql = sqlCache.get(key);
  if (!sql) {
    const one = `(${columns.map(() => '?').join(', ')})`;
    sql = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array(count).fill(one).join(', ')}`;
    sqlCache.set(key, sql);
  }
  return sql;
}

function insertPrepared(connection: HeldConnection, table: string, rows: readonly Row[]): void {
  const columns = Object.keys(rows[0]!);
  const values: unknown[] = [];
  for (const row of rows) for (const c of columns) values.push(bindable(row[c]));
  connection.statement(insertSql(table, columns, rows.length)).run(values);
}

/**
 * Inserts `rows` (all with the same columns) in the caller's transaction, in order, `perStatement` rows per
 * INSERT (SQL Server does not promise identity values in VALUES-list order: pass 1 where the order of an
 * identity column matters there). In a PostgreSQL transaction the rows are held and sent with the unit of
 * work's other INSERTs, before the next statement that could see them (src/store/deferredInserts.ts).
 */
export async function insertRows(
  trx: Transaction,
  table: string,
  rows: readonly Row[],
  perStatement = ROWS_PER_INSERT,
): Promise<void> {
  const connection = heldConnection(trx);
  const postgres = connection ? null : await postgresTransactionConnection(trx);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    if (connection) insertPrepared(connection, table, chunk);
    else if (postgres && holdable(chunk)) await holdRows(trx, postgres, table, chunk);
    else await trx(table).insert(chunk);
  }
}

async function holdRows(trx: Transaction, connection: PgConnection, table: string, rows: readonly Row[]) {
  if (hold(connection, table, rows, ROWS_PER_INSERT)) return;
  await sendHeld(trx, connection);
  if (!hold(connection, table, rows, ROWS_PER_INSERT)) await trx(table).insert(rows); // more than one statement may bind
}

/**
 * Inserts `parent` rows, then `child` rows that reference them (`insertRows` each). On PostgreSQL, when each
 * fits one INSERT, as ONE statement — the parent's INSERT in a WITH of the child's — so one round trip instead
 * of two: the foreign key is checked at the end of the statement, when the parent rows are there, and the
 * parent's rows take their serial values in the order given, as in an INSERT of their own. (In a transaction
 * both are held instead, when they can be, and sent in one statement with its other INSERTs.)
 */
export async function insertWithChildren(
  trx: Transaction,
  parent: { table: string; rows: readonly Row[] },
  child: { table: string; rows: readonly Row[] },
  parentPerStatement = ROWS_PER_INSERT,
): Promise<void> {
  const postgres = trx.client.dialect === 'postgresql';
  const held = postgres && (trx as Knex.Transaction).isTransaction && holdable(parent.rows) && holdable(child.rows);
  const together =
    postgres &&
    !held &&
    parent.rows.length > 0 &&
    child.rows.length > 0 &&
    parent.rows.length <= parentPerStatement &&
    child.rows.length <= ROWS_PER_INSERT;
  if (!together) {
    await insertRows(trx, parent.table, parent.rows, parentPerStatement);
    await insertRows(trx, child.table, child.rows);
    return;
  }
  const first = trx(parent.table).insert(parent.rows).toSQL();
  const then = trx(child.table).insert(child.rows).toSQL();
  await trx.raw(`with ${quote('parent_rows')} as (${first.sql}) ${then.sql}`, [...first.bindings, ...then.bindings]);
}

/** Inserts `row` (`insertRows`); `now`: at once on PostgreSQL too, for a caller that handles the INSERT's own error
 *  (a duplicate key). */
export async function insertRow(trx: Transaction, table: string, row: Row, o: { now?: boolean } = {}): Promise<void> {
  const connection = heldConnection(trx);
  if (connection) insertPrepared(connection, table, [row]);
  else if (o.now) await trx(table).insert(row);
  else await insertRows(trx, table, [row]);
}

function selectSql(table: string, column: string, orderBy: string | null): string {
  const key = `${table}\u0000${column}\u0000${orderBy ?? 'limit 1'}`;
  let sql = sqlCache.get(key);
  if (!sql) {
    const where = `select * from ${quote(table)} where ${quote(column)} = ?`;
    sql = orderBy === null ? `${where} limit 1` : `${where} order by ${quote(orderBy)}`;
    sqlCache.set(key, sql);
  }
  return sql;
}

/** The row of `table` whose `column` is `value` (a key: at most one row), or undefined. */
export async function rowByKey(
  q: Queryable,
  table: string,
  column: string,
  value: string | number,
): Promise<Row | undefined> {
  const connection = heldConnection(q);
  if (!connection) return (await q(table).where(column, value).first()) as Row | undefined;
  return connection.statement(selectSql(table, column, null)).get([value]) as Row | undefined;
}

function cachedSql(key: string, make: () => string): string {
  let sql = sqlCache.get(key);
  if (!sql) sqlCache.set(key, (sql = make()));
  return sql;
}

const equalities = (columns: readonly string[]) => columns.map((c) => `${quote(c)} = ?`).join(' and ');

/** The row of `table` whose columns are the values of `key` (a key of the table: at most one row), or undefined. */
export async function rowWhere(q: Queryable, table: string, key: Row): Promise<Row | undefined> {
  const connection = heldConnection(q);
  if (!connection) return (await q(table).where(key).first()) as Row | undefined;
  const columns = Object.keys(key);
  const sql = cachedSql(`select\u0000${table}\u0000${columns.join('\u0000')}`, () => {
    return `select * from ${quote(table)} where ${equalities(columns)} limit 1`;
  });
  return connection.statement(sql).get(columns.map((c) => bindable(key[c]))) as Row | undefined;
}

/** Deletes the rows of `table` whose columns are the values of `where`. */
export async function deleteWhere(trx: Transaction, table: string, where: Row): Promise<void> {
  const connection = heldConnection(trx);
  if (!connection) {
    await trx(table).where(where).del();
    return;
  }
  const columns = Object.keys(where);
  const sql = cachedSql(`delete\u0000${table}\u0000${columns.join('\u0000')}`, () => {
    return `delete from ${quote(table)} where ${equalities(columns)}`;
  });
  connection.statement(sql).run(columns.map((c) => bindable(where[c])));
}

/** Sets the columns of `set` on the rows of `table` whose columns are the values of `where`. */
export async function updateWhere(trx: Transaction, table: string, where: Row, set: Row): Promise<void> {
  const connection = heldConnection(trx);
  if (!connection) {
    await trx(table).where(where).update(set);
    return;
  }
  const [columns, changed] = [Object.keys(where), Object.keys(set)];
  const sql = cachedSql(`update\u0000${table}\u0000${changed.join('\u0000')}\u0001${columns.join('\u0000')}`, () => {
    return `update ${quote(table)} set ${changed.map((c) => `${quote(c)} = ?`).join(', ')} where ${equalities(columns)}`;
  });
  connection.statement(sql).run([...changed.map((c) => bindable(set[c])), ...columns.map((c) => bindable(where[c]))]);
}

/** The rows of `table` whose `column` is `value`, ordered by `orderBy`. */
export async function rowsWhere(
  q: Queryable,
  table: string,
  column: string,
  value: string | number,
  orderBy: string,
): Promise<Row[]> {
  const connection = heldConnection(q);
  if (!connection) return (await q(table).where(column, value).orderBy(orderBy)) as Row[];
  return connection.statement(selectSql(table, column, orderBy)).all([value]) as Row[];
}
