// Bounded deletes for the deletion engine's batches (src/app/retention/engine.ts): at most `limit` of the rows a
// query selects, by their key, in one statement that every dialect runs (`DELETE … WHERE key IN (SELECT key …
// LIMIT n)`; TOP on SQL Server). Without a limit, every row the query selects.
import type { Knex } from 'knex';
import type { Transaction } from './queryable.ts';

/** Deletes at most `limit` (all when undefined) of the rows of `table` that `due` (a query on `table`) selects. */
export async function deleteSome(
  trx: Transaction,
  table: string,
  key: string,
  due: Knex.QueryBuilder,
  limit: number | undefined,
): Promise<number> {
  if (limit === undefined) return Number(await due.delete());
  return Number(await trx(table).whereIn(key, due.clearSelect().select(key).limit(limit)).delete());
}

/** The keys of at most `limit` (all when undefined) of the rows `due` selects: for a batch whose dependent rows go
 *  first, so both deletes name the same rows. */
export async function keysOfSome(due: Knex.QueryBuilder, key: string, limit: number | undefined): Promise<string[]> {
  const q = due.clearSelect().select(key);
  const rows = (await (limit === undefined ? q : q.limit(limit))) as Record<string, unknown>[];
  return rows.map((r) => String(r[key.split('.').pop()!]));
}

/** Ids per DELETE … WHERE … IN (…): below every dialect's parameter limit. */
export const IDS_PER_DELETE = 500;

/** Runs `del` on `ids` in slices of IDS_PER_DELETE; returns the sum of what it returned. */
export async function deleteInSlices(
  ids: readonly string[],
  del: (some: string[]) => Promise<number>,
): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += IDS_PER_DELETE) deleted += await del(ids.slice(i, i + IDS_PER_DELETE));
  return deleted;
}
