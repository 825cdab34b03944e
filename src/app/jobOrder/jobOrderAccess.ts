// Which job orders an authority or company may read and change (R-JO-01): an order the caller may not read is
// answered as unknown (4920), so that internal orders do not leak; only its primary authorities change it (an
// outside reader may not, R-JO-03: 4926). A company sees its orders without JobordreStilling (R-JO-12).
import type { JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType, type AuthorityActor, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { companyView, isPrimary, mayRead } from '../../rules/index.ts';
import { findJobOrder, readersOf } from '../../store/jobOrderRepository.ts';
import type { Queryable } from '../../store/queryable.ts';

/** The job order if `by` may read it, else 4920 as if unknown. */
export async function readableOrder(
  db: Queryable,
  by: AuthorityActor,
  id: string,
  businessDate: IsoDate,
): Promise<JobOrder> {
  const order = await findJobOrder(db, id.toLowerCase());
  if (!order || !mayRead(order, await readersOf(db, order.id), by, businessDate))
    throw fault('UnknownJobOrder', `CompanyRecruitmentIdentifier ${id}`);
  return order;
}

/** A job order `by` may change: one of its primary authorities. */
export async function ownOrder(
  db: Queryable,
  by: AuthorityActor,
  id: string,
  businessDate: IsoDate,
): Promise<JobOrder> {
  const order = await readableOrder(db, by, id, businessDate);
  if (!isPrimary(order, by))
    throw fault('JobOrderReadOnly', `organisation ${by.organisationType}/${by.organisationCode}`);
  return order;
}

/** The order as `by` sees it. */
export const shownTo = (by: AuthorityActor, order: JobOrder): JobOrder =>
  by.organisationType === OrganisationType.Virksomhed ? companyView(order) : order;
