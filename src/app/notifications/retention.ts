// Retention of delivered notifications as a policy of the deletion engine (src/app/retention/): outbox rows
// delivered (WSRM terminated, WSB pushed) more than OUTBOX_RETENTION_DAYS ago are deleted with their payloads
// (D-217). delivered_at carries real time, so the policy is made with the run's real instant.
import { countDeliveredBefore, deleteDeliveredBefore } from '../../outbox/retention.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export function deliveredNotificationRetention(retentionDays: number, nowMs: number): RetentionPolicy {
  const cutoff = new Date(nowMs - retentionDays * 86_400_000).toISOString();
  return {
    ruleId: 'D-217',
    what: `delivered notifications older than ${retentionDays} days (OUTBOX_RETENTION_DAYS), with their payloads`,
    countDue: (db) => countDeliveredBefore(db, cutoff),
    deleteDue: (trx, _today, limit) => deleteDeliveredBefore(trx, cutoff, limit),
  };
}
