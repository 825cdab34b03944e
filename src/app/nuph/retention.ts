// The NUPH's retention policies (slettepolitik) for the deletion engine (src/app/retention/policy.ts):
// R-DEL-04 — an answered NUPH and its answer are deleted 6 years after the answer date;
// R-DEL-05 — an unanswered NUPH (open or withdrawn) is deleted 6 years after the notification date.
// Due "on or after" the date 6 years on (src/rules/del/r-del-04-05-nuph-retention.ts). A deleted NUPH takes its
// dialog (questions, replies, documents) with it; documents go earlier on their own, 12 months after storage (R-DEL-06).
import type { IsoDate } from '../../domain/types.ts';
import { answeredNuphRetention, nuphDueIfOnOrBefore, unansweredNuphRetention } from '../../rules/index.ts';
import { deleteNuphsWithDialog } from '../../store/nuphRepository.ts';
import { countRows, type Queryable } from '../../store/queryable.ts';
import { keysOfSome } from '../../store/batchDelete.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

const answeredDue = (q: Queryable, today: IsoDate) =>
  q('nuph_answer').where('answered_on', '<=', nuphDueIfOnOrBefore(today));

const unansweredDue = (q: Queryable, today: IsoDate) =>
  q('nuph')
    .where('notified_on', '<=', nuphDueIfOnOrBefore(today))
    .whereNotExists(q('nuph_answer').select('nuph_answer.id').whereRaw('nuph_answer.nuph_id = nuph.id'));

export const answeredNuphPolicy: RetentionPolicy = {
  ruleId: answeredNuphRetention.id,
  what: 'answered NUPHs and their answers, 6 years after the answer date',
  countDue: (db, today) => countRows(answeredDue(db, today)),
  async deleteDue(trx, today, limit) {
    return deleteNuphsWithDialog(trx, await keysOfSome(answeredDue(trx, today), 'nuph_id', limit));
  },
};

export const unansweredNuphPolicy: RetentionPolicy = {
  ruleId: unansweredNuphRetention.id,
  what: 'unanswered NUPHs, 6 years after the notification date',
  countDue: (db, today) => countRows(unansweredDue(db, today)),
  async deleteDue(trx, today, limit) {
    return deleteNuphsWithDialog(trx, await keysOfSome(unansweredDue(trx, today), 'nuph.id', limit));
  },
};

/** The NUPH area's policies, for the engine's registry (src/app/retention/policies.ts). */
export const nuphRetentionPolicies: readonly RetentionPolicy[] = [answeredNuphPolicy, unansweredNuphPolicy];
