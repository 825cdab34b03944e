// Retention of the audit trail and of idempotent writes: audit events older than the retention period
// (AUDIT_RETENTION_DAYS, D-147) and the message identifiers of writes accepted more than 24 hours ago (D-148)
// are deleted, in one transaction. Nightly under `npm start` and on demand (`npm run cli -- audit-retention`).
// Audit events carry the facade clock's time (a test clock's business date), so their age is measured on it;
// message identifiers carry real time.
import type { Knex } from 'knex';
import { systemClock, type Clock } from '../clock.ts';
import { pruneAuditEvents } from '../store/auditRepository.ts';
import { pruneIdempotentWrites } from '../store/idempotentWriteRepository.ts';
import { IDEMPOTENCY_WINDOW_MS } from './idempotency.ts';

export async function runAuditRetention(
  db: Knex,
  retentionDays: number,
  clock: Clock = systemClock,
  nowMs: number = Date.now(),
): Promise<{ auditEvents: number; messageIdentifiers: number }> {
  // occurred_at is an xs:dateTime with offset, compared as text with a UTC cutoff: good to the hour, ample for days
  const cutoff = new Date(Date.parse(clock.nowDateTime()) - retentionDays * 86_400_000).toISOString();
  return db.transaction(async (trx) => ({
    auditEvents: await pruneAuditEvents(trx, cutoff),
    messageIdentifiers: await pruneIdempotentWrites(trx, nowMs - IDEMPOTENCY_WINDOW_MS),
  }));
}
