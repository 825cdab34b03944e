// Retention of the audit trail and of idempotent writes, as two policies of the deletion engine
// (src/app/retention/): audit events older than the retention period (AUDIT_RETENTION_DAYS, D-147) and the
// message identifiers of writes accepted more than 24 hours ago (D-148). The engine's nightly job `retention`
// runs them with the others; `npm run cli -- audit-retention` runs these two alone (runAuditRetention).
// Audit events carry the facade clock's time (a test clock's business date), so their age is counted in days
// on the run's business date: an event of a day before `today - AUDIT_RETENTION_DAYS` is due (occurred_at is
// an xs:dateTime with offset, compared as text with that date). Message identifiers carry real time, so their
// policy is made with the run's real instant.
import type { Knex } from 'knex';
import { systemClock, type Clock } from '../clock.ts';
import { addDays } from '../domain/dates.ts';
import type { IsoDate } from '../domain/types.ts';
import { countAuditEventsBefore, pruneAuditEvents } from '../store/auditRepository.ts';
import { countIdempotentWritesBefore, pruneIdempotentWrites } from '../store/idempotentWriteRepository.ts';
import { IDEMPOTENCY_WINDOW_MS } from './idempotency.ts';
import type { RetentionPolicy } from './retention/policy.ts';
import { runRetention } from './retention/engine.ts';

export function auditEventRetention(retentionDays: number): RetentionPolicy {
  const cutoff = (today: IsoDate) => addDays(today, -retentionDays);
  return {
    ruleId: 'D-147',
    what: `audit events older than ${retentionDays} days (AUDIT_RETENTION_DAYS)`,
    countDue: (db, today) => countAuditEventsBefore(db, cutoff(today)),
    deleteDue: (trx, today, limit) => pruneAuditEvents(trx, cutoff(today), limit),
  };
}

/** `nowMs`: the real instant the run stands for (its slot, or now). */
export function messageIdentifierRetention(nowMs: number): RetentionPolicy {
  const before = nowMs - IDEMPOTENCY_WINDOW_MS;
  return {
    ruleId: 'D-148',
    what: 'message identifiers of idempotent writes accepted more than 24 hours ago',
    countDue: (db) => countIdempotentWritesBefore(db, before),
    deleteDue: (trx, _today, limit) => pruneIdempotentWrites(trx, before, limit),
  };
}

/** The two policies alone, as of the clock's business date (the `audit-retention` command); a failure is thrown. */
export async function runAuditRetention(
  db: Knex,
  retentionDays: number,
  clock: Clock = systemClock,
  nowMs: number = Date.now(),
): Promise<{ auditEvents: number; messageIdentifiers: number }> {
  const policies = [auditEventRetention(retentionDays), messageIdentifierRetention(nowMs)];
  const run = await runRetention(db, policies, clock.today(), 'delete');
  const [events, identifiers] = run.outcomes;
  for (const o of run.outcomes) if (o.error !== null) throw new Error(`${o.ruleId}: ${o.error}`);
  return { auditEvents: events!.rows!, messageIdentifiers: identifiers!.rows! };
}
