// Retention of the client coverage report's counts (D-304): client_call rows of a business day more than 180 days
// before the run's business date are deleted by the deletion engine, like the audit trail's default (D-147).
// The rows name organisations and operations, never a citizen; the period only bounds the table.
import { addDays } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import { countClientCallsBefore, deleteClientCallsBefore } from '../../store/clientCallRepository.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export const CLIENT_CALL_RETENTION_DAYS = 180;

const cutoff = (today: IsoDate) => addDays(today, -CLIENT_CALL_RETENTION_DAYS);

export const clientCallRetention: RetentionPolicy = {
  ruleId: 'D-304',
  what: `client coverage report counts (client_call) of days more than ${CLIENT_CALL_RETENTION_DAYS} days ago`,
  countDue: (db, today) => countClientCallsBefore(db, cutoff(today)),
  deleteDue: (trx, today, limit) => deleteClientCallsBefore(trx, cutoff(today), limit),
};
