// Every change to a job order or one of its candidates goes through here: the rows (and the candidate log),
// then GetCompanyRecruitmentVersion4 and the Jobordreformidling webservice message to every party of the order
// (R-NOT-08, R-NOT-11), and the Jobordre webservice message to every jobcentre, kommune and a-kasse that
// subscribes to it (Afsendelsesstrategi "Alle jobordre", joborder.md §6.1 [F]), in the caller's transaction.
import type { Candidate, JobOrder } from '../../domain/jobOrder.ts';
import { jobOrderMessages } from '../../outbox/jobOrderMessages.ts';
import { subscribersOf } from '../../outbox/subscriptions.ts';
import { WSB, type ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import { OrganisationType } from '../../domain/types.ts';
import { jobOrderReceivers } from '../../rules/index.ts';
import {
  candidatesOf,
  insertJobOrder,
  readersOf,
  saveCandidate,
  updateJobOrder,
} from '../../store/jobOrderRepository.ts';
import type { WriteContext } from '../context.ts';

/** Who gets "all job orders" (Jobordre WSB): jobcentres, municipalities and a-kasser. */
const ALL_JOB_ORDERS = [OrganisationType.Jobcenter, OrganisationType.Kommune, OrganisationType.AKasse];

async function notify(
  c: WriteContext,
  order: JobOrder,
  change: ChangeTypeId,
  what: 'Jobordre' | 'Jobordreformidling',
): Promise<void> {
  const candidates = await candidatesOf(c.trx, order.id);
  const receivers = jobOrderReceivers(order, await readersOf(c.trx, order.id), candidates);
  const wsbReceivers =
    what === 'Jobordre'
      ? (await subscribersOf(c.trx, WSB.Jobordre.entityName, ALL_JOB_ORDERS)).map((s) => ({ ...s, subQueue: null }))
      : receivers;
  await c.outbox.enqueue(jobOrderMessages(order, candidates, change, what, receivers, wsbReceivers, c));
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
