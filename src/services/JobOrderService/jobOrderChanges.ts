// Every change to a job order or one of its candidates goes through here: the rows (and the candidate log),
// then GetCompanyRecruitmentVersion4 and the Jobordre / Jobordreformidling webservice messages to every party
// of the order (R-NOT-08, R-NOT-11), in the caller's transaction.
import type { Knex } from 'knex';
import type { RequestUserMetadataType } from '../../contract/generated/types.ts';
import type { Candidate, JobOrder } from '../../domain/jobOrder.ts';
import type { Actor, IsoDate } from '../../domain/types.ts';
import { jobOrderMessages } from '../../outbox/jobOrderMessages.ts';
import { enqueue } from '../../outbox/outbox.ts';
import type { ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import { jobOrderReceivers } from '../../rules/not/r-not-08-joborder-parties.ts';
import { candidatesOf, insertJobOrder, readersOf, saveCandidate, updateJobOrder } from '../../store/jobOrderRepository.ts';
import { toCompanyRecruitmentInfo } from './mapping.ts';

export interface JobOrderChangeContext {
  db: Knex;
  actor: Actor;
  user: RequestUserMetadataType | null;
  businessDate: IsoDate;
  now: string;
}

async function notify(c: JobOrderChangeContext, order: JobOrder, change: ChangeTypeId, what: 'Jobordre' | 'Jobordreformidling'): Promise<void> {
  const candidates = await candidatesOf(c.db, order.id);
  const receivers = jobOrderReceivers(order, await readersOf(c.db, order.id), candidates);
  const info = toCompanyRecruitmentInfo(order, candidates);
  await enqueue(c.db as Knex.Transaction, jobOrderMessages(order, info, change, what, receivers, { actor: c.actor, user: c.user, now: c.now }), c.now);
}

/** A created (version 1) or changed (version + 1) job order. */
export async function saveJobOrder(c: JobOrderChangeContext, order: JobOrder): Promise<void> {
  if (order.version === 1) await insertJobOrder(c.db, order);
  else await updateJobOrder(c.db, order);
  await notify(c, order, order.version === 1 ? 1 : 2, 'Jobordre');
}

/** A placed (version 1) or changed candidate: logged, and the order's parties told. */
export async function saveCandidateChange(c: JobOrderChangeContext, order: JobOrder, candidate: Candidate): Promise<void> {
  await saveCandidate(c.db, candidate, c.actor);
  await notify(c, order, 2, 'Jobordreformidling');
}
