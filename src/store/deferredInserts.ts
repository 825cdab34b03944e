// A unit of work's INSERTs on PostgreSQL, sent together. Each statement there is a round trip, and a round trip
// was ~350 µs of CPU on this VM (the facade's ~190 µs: knex, pg, the `writev` that wakes the server; the server's
// ~170 µs), 11 of them per CreateIndkaldelse. The rows a unit of work inserts through src/store/statements.ts are
// held instead, on its transaction's connection, and sent as ONE statement — each table's INSERT in a WITH of the
// last's — just before the next statement that could see them or depend on them (src/store/postgresClient.ts):
// - a SELECT that names none of the held tables runs first: it cannot read their rows (no views, no functions
//   reading tables in this schema);
// - any other statement (an UPDATE, a DELETE, an INSERT through knex, a SAVEPOINT, the COMMIT) sends them first;
//   a ROLLBACK drops them (and a BEGIN: rows still held then belong to no transaction any more);
// - a table is held once: its next rows join its held INSERT, so its serial values (`sequence` of the outbox:
//   the delivery order) follow the order of the calls, as the rows of one INSERT follow its VALUES;
// - foreign keys hold: PostgreSQL checks them at the end of the statement, when the rows of all its INSERTs are
//   in (as the messages and payloads of one outbox write always were).
// An error of a held INSERT (a duplicate key, say) comes from the statement that sends it, and fails the unit of
// work as it would have failed at the INSERT; a caller that handles an INSERT's own error inserts at once
// (`insertRow(…, { now: true })`). SQLite (one connection, statements in process) and SQL Server insert at once.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

interface HeldInsert {
  table: string;
  columns: readonly string[];
  rows: Row[];
}

/** The pg connection of a transaction (what knex hands its queries to). */
export type PgConnection = object;

const held = new WeakMap<PgConnection, HeldInsert[]>();

const quote = (name: string) => `"${name}"`;

/** The connection of `trx` when it is a PostgreSQL transaction; null otherwise. */
export async function postgresTransactionConnection(trx: Knex | Knex.Transaction): Promise<PgConnection | null> {
  if (trx.client.dialect !== 'postgresql' || !(trx as Knex.Transaction).isTransaction) return null;
  return (await trx.client.acquireConnection()) as PgConnection;
}

/** Bindings per sent statement at most (PostgreSQL takes 65,535). */
const MAX_BINDINGS = 30_000;

/**
 * Holds `rows` (all with the same columns, `holdable`; at most `maxRows`) of `table` on `connection` until the
 * next statement that must see them: added to the held INSERT of `table` when it has the same columns and room
 * for them (`maxRows` per INSERT; its rows keep the order of the calls), else as its own. False when they cannot
 * be held before what is held is sent (`table` held with other columns or no room): send it, then hold them.
 */
export function hold(connection: PgConnection, table: string, rows: readonly Row[], maxRows: number): boolean {
  let list = held.get(connection);
  if (!list) held.set(connection, (list = []));
  const columns = Object.keys(rows[0]!);
  const bindings = list.reduce((n, h) => n + h.columns.length * h.rows.length, 0) + columns.length * rows.length;
  if (bindings > MAX_BINDINGS) return false;
  const same = list.find((h) => h.table === table);
  if (!same) {
    list.push({ table, columns, rows: [...rows] });
    return true;
  }
  if (same.rows.length + rows.length > maxRows || !sameColumns(same.columns, columns)) return false;
  same.rows.push(...rows);
  return true;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Whether `rows` can be held: every value a string, number, bigint, boolean or null. An object (a Date, a
 *  buffer: a document's chunk reuses its buffer) could change before the rows are sent, and undefined is knex's
 *  DEFAULT: such rows are inserted at once. */
export function holdable(rows: readonly Row[]): boolean {
  for (const row of rows)
    for (const key in row) {
      const value = row[key];
      const type = typeof value;
      if (value !== null && type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'bigint')
        return false;
    }
  return true;
}

const READ = /^\s*select\b/i;
/** A ROLLBACK (or ROLLBACK TO SAVEPOINT: the SAVEPOINT sent what was held before it) drops the rows held; so does a
 *  BEGIN, should a transaction have ended without either reaching the connection (they were never committed). */
const DROP = /^\s*(rollback|begin)\b/i;
const tableWords = new Map<string, RegExp>();
/** Whether `sql` names `table`. */
function mentions(sql: string, table: string): boolean {
  let word = tableWords.get(table);
  if (!word) tableWords.set(table, (word = new RegExp(`\\b${table}\\b`)));
  return word.test(sql);
}

/** What the statement `sql` asks of the rows held on `connection`: send them first, drop them, or nothing. */
export function before(connection: PgConnection, sql: string): 'send' | 'drop' | 'none' {
  const list = held.get(connection);
  if (!list || list.length === 0) return 'none';
  if (DROP.test(sql)) return 'drop';
  if (!READ.test(sql)) return 'send';
  return list.some((h) => mentions(sql, h.table)) ? 'send' : 'none';
}

/** Takes the rows held on `connection` as one statement (`$n` placeholders), its bindings, and the name it is
 *  prepared under (from its text: the same unit of work sends the same text, planned once per connection);
 *  null when none. */
export function take(connection: PgConnection): { sql: string; bindings: unknown[]; options: { name: string } } | null {
  const list = held.get(connection);
  if (!list || list.length === 0) return null;
  held.delete(connection);
  const bindings: unknown[] = [];
  const inserts = list.map(({ table, columns, rows }) => {
    const values = rows.map((row) => {
      const placeholders = columns.map((c) => {
        bindings.push(row[c]);
        return `$${bindings.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    return `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${values.join(', ')}`;
  });
  const last = inserts.pop()!;
  const sql = inserts.length
    ? `with ${inserts.map((insert, i) => `${quote(`held_${i}`)} as (${insert})`).join(', ')} ${last}`
    : last;
  let name = names.get(sql);
  if (!name) {
    name = `dfdg_held_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;
    if (names.size < MAX_NAMES) names.set(sql, name);
  }
  return { sql, bindings, options: { name } };
}

/** The statements' names by text (bounded: a text beyond it is hashed at each use). */
const names = new Map<string, string>();
const MAX_NAMES = 1000;

/** Drops the rows held on `connection` (its transaction rolled back). */
export function drop(connection: PgConnection): void {
  held.delete(connection);
}
