// What an authority or company reads of job orders (JobOrderService): one order, a search, and an order's
// candidate log, each only as far as R-JO-01 lets the caller read (jobOrderAccess.ts). An order is shown with
// its current candidates; a company never sees orders with status 4 'Fejlrettet' (R-JO-13).
import { JobOrderStatus, type Candidate, type JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType, type AuthorityActor } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { candidateLog, candidatesOf, searchJobOrders, type CandidateLogEntry } from '../../store/jobOrderRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { ReadContext } from '../context.ts';
import { readableOrder, shownTo } from './jobOrderAccess.ts';

/** A job order as the caller sees it, with its candidates (removed ones included; the answer leaves them out). */
export interface ShownJobOrder {
  order: JobOrder;
  candidates: Candidate[];
}

/** SearchCompanyRecruitment answers at most this many orders. */
const SEARCH_LIMIT = 500;

async function shown(db: Queryable, by: AuthorityActor, order: JobOrder): Promise<ShownJobOrder> {
  return { order: shownTo(by, order), candidates: await candidatesOf(db, order.id) };
}

export async function jobOrderFor(r: ReadContext, by: AuthorityActor, id: string): Promise<ShownJobOrder> {
  return shown(r.db, by, await readableOrder(r.db, by, id, r.businessDate));
}

export interface JobOrderCriteria {
  cvr?: string;
  type?: number;
  status?: number;
  freeText?: string;
}

/** The orders `by` may read that meet the criteria; a company searches its own CVR only. */
export async function findJobOrdersFor(
  db: Queryable,
  by: AuthorityActor,
  criteria: JobOrderCriteria,
): Promise<ShownJobOrder[]> {
  const company = by.organisationType === OrganisationType.Virksomhed;
  if (company && criteria.cvr !== undefined && criteria.cvr !== by.organisationCode)
    throw fault('NotAuthorized', 'a company reads its own job orders');
  const found = await searchJobOrders(db, {
    cvr: company ? by.organisationCode : criteria.cvr,
    type: criteria.type,
    status: criteria.status,
    hiddenStatus: company ? JobOrderStatus.Corrected : undefined,
    visibleTo:
      by.organisationType === OrganisationType.STAR || company
        ? undefined
        : { ...by, jobcentre: by.organisationType === OrganisationType.Jobcenter },
    limit: SEARCH_LIMIT,
  });
  // Free text is matched here, on the (at most 500) orders the criteria select.
  const text = criteria.freeText?.toLocaleLowerCase('da');
  const matches = (o: JobOrder) =>
    !text || [o.title, o.position, o.description].some((f) => f?.toLocaleLowerCase('da').includes(text));
  const result = [];
  for (const o of found.filter(matches)) result.push(await shown(db, by, o));
  return result;
}

/** Every placement event of an order `by` may read, oldest first. */
export async function candidateLogFor(
  r: ReadContext,
  by: AuthorityActor,
  jobOrderId: string,
): Promise<CandidateLogEntry[]> {
  const order = await readableOrder(r.db, by, jobOrderId, r.businessDate);
  return candidateLog(r.db, order.id);
}
