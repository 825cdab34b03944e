// Inserting many rows at once (the synthetic citizens of `generate-citizens`, not the request path): on PostgreSQL
// one statement per table and chunk with the rows as one JSON parameter (`json_populate_recordset`, so neither the
// 65,535-parameter limit nor knex's statement building per row is in the way); elsewhere knex's multi-row INSERT,
// in statements below SQLite's 32,766 parameters and 500 terms of a compound SELECT (knex's multi-row form there).
import type { Transaction } from './queryable.ts';

const SQLITE_PARAMETERS = 32_000;
const SQLITE_COMPOUND_TERMS = 500;

export async function bulkInsert(
  trx: Transaction,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (trx.client.dialect === 'postgresql') {
    const list = columns.map((c) => `"${c}"`).join(', ');
    await trx.raw(`insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?)`, [
      JSON.stringify(rows),
    ]);
    return;
  }
  const perStatement = Math.max(1, Math.min(SQLITE_COMPOUND_TERMS, Math.floor(SQLITE_PARAMETERS / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) await trx(table).insert(rows.slice(i, i + perStatement));
}
