// Idempotent writes (issue 12 defect 10, D-148): a write that carries a message identifier (the WS-Addressing
// MessageID header or the x-requestId HTTP header) the same organisation used for an accepted write within the
// last 24 hours is not written again — the caller gets the earlier write's response (its receipt) back; the
// same identifier with another request is 4977. The claim is the first statement of the write's transaction, so
// two identical requests at once make one write: the second's claim fails on the key (on PostgreSQL after
// waiting for the first to commit) and it answers with the first one's response; a write that fails leaves no
// claim, so its retry runs.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { fault } from '../faults/catalogue.ts';
import {
  claimIdempotentWrite,
  findIdempotentWrite,
  recordIdempotentResponse,
  type IdempotencyKey,
  type IdempotentWrite,
} from '../store/idempotentWriteRepository.ts';
import { isUniqueViolation } from '../store/uniqueViolation.ts';
import type { WriteContext } from './context.ts';

/** How long an accepted write's identifier is remembered. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;

export interface IdempotentRequest extends IdempotencyKey {
  /** Service and operation, e.g. AbsenceRegistrationService.CreateAbsence. */
  operation: string;
  /** SHA-256 of the operation and the typed request. */
  requestDigest: string;
}

export function requestDigest(operation: string, request: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(JSON.stringify(request)).digest('hex');
}

/** Inside the write's transaction: claim, do the work, remember its response. */
export type OnceInside = <T>(w: WriteContext, work: () => Promise<T>) => Promise<T>;

function earlierResponse<T>(request: IdempotentRequest, earlier: IdempotentWrite): T {
  if (earlier.operation !== request.operation || earlier.requestDigest !== request.requestDigest)
    throw fault(
      'IdentifierInUse',
      `MessageID ${request.messageIdentifier} was used for another request of this organisation within 24 hours`,
    );
  return JSON.parse(earlier.response) as T;
}

/**
 * Runs a write once per (organisation, message identifier) within 24 hours. `write` opens the unit of work and
 * calls the given `inside` in its transaction around the work; without a message identifier it just runs.
 */
export async function idempotentWrite<T>(
  db: Knex,
  request: IdempotentRequest | null,
  write: (inside: OnceInside) => Promise<T>,
  nowMs: number = Date.now(),
): Promise<T> {
  if (request === null) return write((_w, work) => work());
  const since = nowMs - IDEMPOTENCY_WINDOW_MS;
  const earlier = await findIdempotentWrite(db, request, since);
  if (earlier) return earlierResponse(request, earlier);
  const inside: OnceInside = async (w, work) => {
    await claimIdempotentWrite(w.trx, request, { ...request, acceptedAt: nowMs }, since);
    const response = await work();
    await recordIdempotentResponse(w.trx, request, JSON.stringify(response));
    return response;
  };
  try {
    return await write(inside);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // another request with this identifier committed first (its claim is what failed here)
    const first = await findIdempotentWrite(db, request, since);
    if (!first) throw err;
    return earlierResponse(request, first);
  }
}
