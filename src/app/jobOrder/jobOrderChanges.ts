// Every change to a job order or one of its candidates goes through here: the rows (and the candidate log),
// then GetCompanyRecruitmentVersion4 and the Jobordre / Jobordreformidling webservice messages to every party
// of the order (R-NOT-08, R-NOT-11), in the caller's transaction.
import type { Candidate, JobOrder } from '../../domain/jobOrder.ts';
import { jobOrderMessages } from '../../outbox/jobOrderMessages.ts';
import type { ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import { jobOrderReceivers } from '../../rules/index.ts';
import {
  candidatesOf,
  insertJobOrder,
  readersOf,
  saveCandidate,
  updateJobOrder,
} from '../../store/jobOrderRepository.ts';
import type { WriteContext } from '../context.ts';

async function notify(
  c: WriteContext,
  order: JobOrder,
  change: ChangeTypeId,
  what: 'Jobordre' | 'Jobordreformidling',
): Promise<void> {
  const candidates = await candidatesOf(c.trx, order.id);
  const receivers = jobOrderReceivers(order, await readersOf(c.trx, order.id), candidates);
  await c.outbox.enqueue(jobOrderMessages(order, candidates, change, what, receivers, c));
}

/** A created (version 1) or changed (version + 1) job order. */
export async function saveJobOrder(c: WriteContext, order: JobOrder): Promise<void> {
  if (order.version === 1) await insertJobOrder(c.trx, order);
  else await updateJobOrder(c.trx, order);
  await notify(c, order, order.version === 1 ? 1 : 2, 'Jobordre');
}

/** A placed (version 1) or changed candidate: logged, and the order's parties told. */
export async function saveCandidateChange(c: WriteContext, order: JobOrder, candidate: Candidate): Promise<void> {
  await saveCandidate(c.trx, candidate, c.actor);
  await notify(c, order, 2, 'Jobordreformidling');
}
