// Retention of the queue of messages to UDB as a policy of the deletion engine (src/app/retention/): a message UDB
// accepted more than OUTBOX_RETENTION_DAYS ago is deleted, as delivered notifications are (D-217); one not yet
// accepted is kept however old (D-298). sent_at carries real time, so the policy is made with the run's real instant.
import { countUdbMessagesSentBefore, deleteUdbMessagesSentBefore } from '../../store/udbRepository.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export function sentUdbMessageRetention(retentionDays: number, nowMs: number): RetentionPolicy {
  const cutoff = nowMs - retentionDays * 86_400_000;
  return {
    ruleId: 'D-298',
    what: `messages UDB accepted more than ${retentionDays} days ago (OUTBOX_RETENTION_DAYS)`,
    countDue: (db) => countUdbMessagesSentBefore(db, cutoff),
    deleteDue: (trx, _today, limit) => deleteUdbMessagesSentBefore(trx, cutoff, limit),
  };
}
