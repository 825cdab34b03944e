// The NUPH's retention policies (slettepolitik) for the deletion engine (src/app/retention/policy.ts):
// R-DEL-04 — an answered NUPH and its answer are deleted 6 years after the answer date;
// R-DEL-05 — an unanswered NUPH (open or withdrawn) is deleted 6 years after the notification date.
// Due "on or after" the date 6 years on (src/rules/del/r-del-04-05-nuph-retention.ts). Questions and documents
// about a NUPH are the NUPH dialog's (R-DEL-06); their rows are not touched here.
import type { IsoDate } from '../../domain/types.ts';
import { answeredNuphRetention, nuphDueIfOnOrBefore, unansweredNuphRetention } from '../../rules/index.ts';
import type { Queryable, Transaction } from '../../store/queryable.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

/** Ids per DELETE … WHERE id IN (…): below every dialect's parameter limit. */
const CHUNK = 500;

async function deleteIn(trx: Transaction, table: string, column: string, ids: readonly string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += CHUNK)
    deleted += Number(
      await trx(table)
        .whereIn(column, ids.slice(i, i + CHUNK))
        .delete(),
    );
  return deleted;
}

const answeredDue = (q: Queryable, today: IsoDate) =>
  q('nuph_answer').where('answered_on', '<=', nuphDueIfOnOrBefore(today));

const unansweredDue = (q: Queryable, today: IsoDate) =>
  q('nuph')
    .where('notified_on', '<=', nuphDueIfOnOrBefore(today))
    .whereNotExists(q('nuph_answer').select('nuph_answer.id').whereRaw('nuph_answer.nuph_id = nuph.id'));

async function countOf(query: ReturnType<typeof answeredDue>): Promise<number> {
  const [row] = (await query.count({ n: '*' })) as { n: number | string }[];
  return Number(row?.n ?? 0);
}

export const answeredNuphPolicy: RetentionPolicy = {
  ruleId: answeredNuphRetention.id,
  what: 'answered NUPHs and their answers, 6 years after the answer date',
  countDue: (db, today) => countOf(answeredDue(db, today)),
  async deleteDue(trx, today) {
    const ids = ((await answeredDue(trx, today).select('nuph_id')) as { nuph_id: string }[]).map((r) => r.nuph_id);
    await deleteIn(trx, 'nuph_answer', 'nuph_id', ids);
    return deleteIn(trx, 'nuph', 'id', ids);
  },
};

export const unansweredNuphPolicy: RetentionPolicy = {
  ruleId: unansweredNuphRetention.id,
  what: 'unanswered NUPHs, 6 years after the notification date',
  countDue: (db, today) => countOf(unansweredDue(db, today)),
  async deleteDue(trx, today) {
    const ids = ((await unansweredDue(trx, today).select('nuph.id')) as { id: string }[]).map((r) => r.id);
    return deleteIn(trx, 'nuph', 'id', ids);
  },
};

/** The NUPH area's policies, for the engine's registry (src/app/retention/policies.ts). */
export const nuphRetentionPolicies: readonly RetentionPolicy[] = [answeredNuphPolicy, unansweredNuphPolicy];
