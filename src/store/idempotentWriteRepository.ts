// The idempotent_write rows (src/store/migrations/017_idempotent_write.ts): a write's claim on (organisation,
// message identifier), made in the write's own transaction, its response once it has one, and the pruning.
import type { Knex } from 'knex';
import { countRows, type Queryable } from './queryable.ts';
import { deleteWhere, insertRow, rowWhere, updateWhere } from './statements.ts';

export interface IdempotencyKey {
  organisationType: number;
  organisationCode: string;
  messageIdentifier: string;
}

export interface IdempotentWrite {
  operation: string;
  requestDigest: string;
  /** The typed response, JSON. */
  response: string;
  acceptedAt: number;
}

const whereKey = (k: IdempotencyKey) => ({
  organisation_type: k.organisationType,
  organisation_code: k.organisationCode,
  message_identifier: k.messageIdentifier,
});

/** The write the organisation made under the identifier since `sinceMs`, or null. In a unit of work on SQLite a
 *  prepared statement on the held connection (src/store/statements.ts), so it needs no COMMIT of the open group. */
export async function findIdempotentWrite(
  q: Queryable,
  key: IdempotencyKey,
  sinceMs: number,
): Promise<IdempotentWrite | null> {
  const row = await rowWhere(q, 'idempotent_write', whereKey(key));
  if (!row || Number(row.accepted_at) < sinceMs) return null;
  return {
    operation: String(row.operation),
    requestDigest: String(row.request_digest),
    response: String(row.response),
    acceptedAt: Number(row.accepted_at),
  };
}

/** Claims the identifier for this write (an expired claim older than `expiredBeforeMs` gives way); throws a
 *  unique violation when another write holds it — after waiting for that write's transaction on PostgreSQL. */
export async function claimIdempotentWrite(
  trx: Knex.Transaction,
  key: IdempotencyKey,
  write: Omit<IdempotentWrite, 'response'>,
  expiredBeforeMs: number,
): Promise<void> {
  const held = await rowWhere(trx, 'idempotent_write', whereKey(key));
  // the expired claim read here, and only it (another transaction may have replaced it meanwhile on PostgreSQL)
  if (held && Number(held.accepted_at) < expiredBeforeMs)
    await deleteWhere(trx, 'idempotent_write', { ...whereKey(key), accepted_at: held.accepted_at });
  // at once: its duplicate key is how a second write with this identifier learns of the first (src/app/idempotency.ts)
  await insertRow(
    trx,
    'idempotent_write',
    {
      ...whereKey(key),
      operation: write.operation,
      request_digest: write.requestDigest,
      response: '',
      accepted_at: write.acceptedAt,
    },
    { now: true },
  );
}

export async function recordIdempotentResponse(
  trx: Knex.Transaction,
  key: IdempotencyKey,
  response: string,
): Promise<void> {
  await updateWhere(trx, 'idempotent_write', whereKey(key), { response });
}

/** How many claims were accepted before `beforeMs`. */
export function countIdempotentWritesBefore(q: Queryable, beforeMs: number): Promise<number> {
  return countRows(q('idempotent_write').where('accepted_at', '<', beforeMs));
}

/** Deletes the claims accepted before `beforeMs`; returns how many. With a `limit` (a batch of the deletion
 *  engine) the oldest `limit` of them, by accepted_at (its key has three columns, so the batch is bounded by the
 *  accepted_at of the limit-th oldest: a few more when several share that millisecond). */
export async function pruneIdempotentWrites(trx: Knex.Transaction, beforeMs: number, limit?: number): Promise<number> {
  const due = () => trx('idempotent_write').where('accepted_at', '<', beforeMs);
  if (limit === undefined) return Number(await due().del());
  const last = (await due()
    .orderBy('accepted_at')
    .offset(limit - 1)
    .first('accepted_at')) as { accepted_at: number | string } | undefined;
  return Number(await (last ? due().andWhere('accepted_at', '<=', Number(last.accepted_at)) : due()).del());
}
