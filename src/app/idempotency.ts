// Idempotent writes (issue 12 defect 10, D-148): a write that carries a message identifier (the WS-Addressing
// MessageID header or the x-requestId HTTP header) the same organisation used for an accepted write within the
// last 24 hours is not written again — the caller gets the earlier write's response (its receipt) back; the
// same identifier with another request is 4977. The look-up and the claim are the first statements of the
// write's transaction, so two identical requests at once make one write: the second finds the first's claim, or
// its claim fails on the key (on PostgreSQL after waiting for the first to commit), and it answers with the first
// one's response; a write that fails leaves no claim, so its retry runs.
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
import type { Caller, WriteContext } from './context.ts';
import { inTransaction } from './unitOfWork.ts';

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

function earlierResponse<T>(request: IdempotentRequest, earlier: IdempotentWrite): T {
  if (earlier.operation !== request.operation || earlier.requestDigest !== request.requestDigest)
    throw fault(
      'IdentifierInUse',
      `MessageID ${request.messageIdentifier} was used for another request of this organisation within 24 hours`,
    );
  return JSON.parse(earlier.response) as T;
}

/**
 * Runs a write once per (organisation, message identifier) within 24 hours: one unit of work that first looks the
 * identifier up — in the write's own transaction, so on SQLite it is a statement of the group-commit member and
 * the open group need not commit first (src/store/groupCommit.ts) —, answers an earlier write's response when there
 * is one, else claims the identifier, runs `work` and remembers its response. Two requests with one identifier in
 * the same group: the second finds the first's claim (the members run one after another on the one connection)
 * and answers its response once the group committed. Without a message identifier `work` just runs in its unit of
 * work.
 */
export async function idempotentWrite<T>(
  db: Knex,
  caller: Caller,
  request: IdempotentRequest | null,
  work: (w: WriteContext) => Promise<T>,
  nowMs: number = Date.now(),
): Promise<T> {
  if (request === null) return inTransaction(db, caller, work);
  const since = nowMs - IDEMPOTENCY_WINDOW_MS;
  try {
    return await inTransaction(db, caller, async (w) => {
      const earlier = await findIdempotentWrite(w.trx, request, since);
      if (earlier) return earlierResponse<T>(request, earlier);
      await claimIdempotentWrite(w.trx, request, { ...request, acceptedAt: nowMs }, since);
      const response = await work(w);
      await recordIdempotentResponse(w.trx, request, JSON.stringify(response));
      return response;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // another transaction with this identifier committed first (its claim is what failed here; PostgreSQL)
    const first = await findIdempotentWrite(db, request, since);
    if (!first) throw err;
    return earlierResponse(request, first);
  }
}
