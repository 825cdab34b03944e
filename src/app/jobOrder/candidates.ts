// Placing citizens on job orders and changing their placement (JobOrderService, joborder.md §5): only on an
// open order, with a status an authority may set, one active candidacy per citizen and order, under the
// placement rules (R-JO-06, R-JO-07). The primary authorities place, on a shared order every jobcentre
// (R-JO-02); placing another jobcentre's citizen makes that jobcentre a reader of the order (R-JO-03).
import { JobOrderStatus, type Candidate, type JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  currentAkasse,
  isPrimary,
  outsideJobcentre,
  placementRules,
  sharedWithAllJobcentres,
} from '../../rules/index.ts';
import { addReader, candidatesOf, findCandidate } from '../../store/jobOrderRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { ownOrder, readableOrder } from './jobOrderAccess.ts';
import { requireAuthorityPlacementStatus } from './jobOrderCodes.ts';
import { saveCandidateChange } from './jobOrderChanges.ts';

/** What a request says about a placement. */
export type Placement = Pick<Candidate, 'status' | 'comment' | 'url'>;

/** The candidate with this id on the order, or 4931. */
async function candidateOn(db: Queryable, order: JobOrder, id: string): Promise<Candidate> {
  const candidate = await findCandidate(db, id.toLowerCase());
  if (!candidate || candidate.jobOrderId !== order.id) throw fault('UnknownCandidate', `CandidateIdentifier ${id}`);
  return candidate;
}

/** The citizen's active candidacy on the order, if any (one per citizen and order). */
async function activeCandidacy(db: Queryable, orderId: string, cpr: string): Promise<Candidate | undefined> {
  return (await candidatesOf(db, orderId)).find((c) => c.cpr === cpr && !c.removed);
}

/** Places the citizen on an order `by` may read, under the caller's candidate id; returns the order's id. */
export async function placeCandidate(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  ids: { jobOrderId: string; candidateId: string },
  p: Placement,
): Promise<string> {
  const order = await readableOrder(w.trx, by, ids.jobOrderId, w.businessDate);
  if (order.status !== JobOrderStatus.Open) throw fault('JobOrderNotOpen', `status ${order.status}`);
  requireAuthorityPlacementStatus(p.status, w.businessDate);
  const id = ids.candidateId.toLowerCase();
  if (await findCandidate(w.trx, id)) throw fault('IdentifierInUse', `CandidateIdentifier ${id}`);
  if (await activeCandidacy(w.trx, order.id, citizen.person.cpr))
    throw fault('AlreadyCandidate', `job order ${order.id}`);
  const candidate: Candidate = {
    id,
    jobOrderId: order.id,
    cpr: citizen.person.cpr,
    ...p,
    placedBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    jobcenterCode: citizen.person.jobcenterCode,
    akasseCode: currentAkasse(citizen, w.businessDate),
    removed: false,
    changedAt: w.now,
    version: 1,
  };
  enforceRules(placementRules, { order, actor: by, candidate, citizen }, w.businessDate);
  // Primary authorities place; on a shared order (R-JO-02, or any order before R-JO-01) every jobcentre does;
  // an outside reader does not (R-JO-03).
  const shared = sharedWithAllJobcentres(order, w.businessDate) && by.organisationType === OrganisationType.Jobcenter;
  if (!isPrimary(order, by) && !shared)
    throw fault('JobOrderReadOnly', `organisation ${by.organisationType}/${by.organisationCode}`);
  const reader = outsideJobcentre(order, candidate.jobcenterCode, w.businessDate);
  if (reader) await addReader(w.trx, order.id, reader);
  await saveCandidateChange(w, order, candidate);
  return order.id;
}

/** The order whose placements `by` may change (UpdateJobordreFormidling, joborder.md §4.3, §8): one of `by`'s
 *  orders, or any order it reads for STAR (Alle borgere). */
async function orderToChangePlacementOn(w: WriteContext, by: AuthorityActor, jobOrderId: string): Promise<JobOrder> {
  return by.organisationType === OrganisationType.STAR
    ? readableOrder(w.trx, by, jobOrderId, w.businessDate)
    : ownOrder(w.trx, by, jobOrderId, w.businessDate);
}

/** Changes the citizen's active placement on an order `by` may change placements on; returns the order's id. */
export async function changeCandidate(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  ids: { jobOrderId: string; candidateId: string },
  p: Placement,
): Promise<string> {
  const order = await orderToChangePlacementOn(w, by, ids.jobOrderId);
  const before = await candidateOn(w.trx, order, ids.candidateId);
  if (before.cpr !== citizen.person.cpr || before.removed)
    throw fault('UnknownCandidate', `CandidateIdentifier ${ids.candidateId}`);
  return changePlacement(w, order, before, p);
}

/** Changes the citizen's active placement on an order (UpdateCandidateOnCompanyRecruitmentEvent, joborder.md
 *  §4.3), the citizen's candidacy found by CPR; returns the order's id. */
export async function changePlacementOf(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  jobOrderId: string,
  p: Placement,
): Promise<string> {
  const order = await orderToChangePlacementOn(w, by, jobOrderId);
  const before = await activeCandidacy(w.trx, order.id, citizen.person.cpr);
  if (!before) throw fault('UnknownCandidate', 'the citizen is not a candidate on the job order');
  return changePlacement(w, order, before, p);
}

async function changePlacement(w: WriteContext, order: JobOrder, before: Candidate, p: Placement): Promise<string> {
  requireAuthorityPlacementStatus(p.status, w.businessDate);
  await saveCandidateChange(w, order, { ...before, ...p, changedAt: w.now, version: before.version + 1 });
  return order.id;
}
