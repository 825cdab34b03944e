// R-DEL-07 as a policy of the scheduled deletion engine (src/app/retention/policy.ts): a sanction is deleted from
// 6 years after the earlier of its limitation and served dates (the limitation date without a served date). The
// date is computed when the sanction is written (`delete_from`, sanctionDeletionDate), so counting and deleting
// are one indexed range query. A sanction has no dependent rows.
import type { RetentionPolicy } from '../retention/policy.ts';
import { countSanctionsDue, deleteSanctionsDue } from '../../store/sanctionRepository.ts';

export const sanctionRetention: RetentionPolicy = {
  ruleId: 'R-DEL-07',
  what: 'sanctions, 6 years after the earlier of the limitation date and the served date',
  countDue: (db, today) => countSanctionsDue(db, today),
  deleteDue: (trx, today, limit) => deleteSanctionsDue(trx, today, limit),
};
