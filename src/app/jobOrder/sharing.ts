// Passing a job order on: sharing it with every jobcentre (R-JO-02), which its primary authorities may do, and
// handing it over to another authority as responsible (R-JO-08), which then runs it alone. A hand-over is also
// a changed order and passes the update rules (an a-kasse receiving it, R-JO-05, R-JO-14).
import type { JobOrder } from '../../domain/jobOrder.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import { handOverRules, jobOrderShareRules, jobOrderUpdateRules } from '../../rules/index.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { ownOrder, readableOrder } from './jobOrderAccess.ts';
import { saveJobOrder } from './jobOrderChanges.ts';
import { jobOrderCommand } from './jobOrderParties.ts';

/** Makes one of `by`'s orders available to all jobcentres; returns its id. */
export async function shareJobOrder(w: WriteContext, by: AuthorityActor, id: string): Promise<string> {
  const before = await ownOrder(w.trx, by, id, w.businessDate);
  const after = { ...before, availableToAll: true, version: before.version + 1 };
  enforceRules(jobOrderShareRules, await jobOrderCommand(w.trx, by, after), w.businessDate);
  await saveJobOrder(w, after);
  return after.id;
}

/** Hands an order `by` may read over to `receiver` for `reason` (HandOverReasonTypeIdentifier); returns its id. */
export async function handOverJobOrder(
  w: WriteContext,
  by: AuthorityActor,
  id: string,
  receiver: { organisationType: number; organisationCode: string },
  reason: number,
): Promise<string> {
  const before = await readableOrder(w.trx, by, id, w.businessDate);
  requireCodeListValue('joborder-handover-reasons', reason, w.businessDate, 'HandOverReasonTypeIdentifier');
  enforceRules(handOverRules, { order: before, actor: by, receiver, reason }, w.businessDate);
  const after: JobOrder = {
    ...before,
    responsible: receiver,
    primary: [receiver],
    invited: [],
    version: before.version + 1,
  };
  enforceRules(jobOrderUpdateRules, await jobOrderCommand(w.trx, by, after), w.businessDate);
  await saveJobOrder(w, after);
  return after.id;
}
