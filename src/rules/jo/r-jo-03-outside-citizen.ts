// R-JO-03 — 001 N4: when a citizen outside the primary authorities' jobcentres is placed on an internal job
// order, that citizen's jobcentre gets a technical message from DFDG (R-NOT-11) and may see the order but
// not edit it.
import { OrganisationType } from '../../domain/types.ts';
import type { Authority, JobOrder } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';
import { isPrimary } from './r-jo-01-internal-job-orders.ts';

export const outsideCitizen: RuleMeta = {
  id: 'R-JO-03',
  title: 'Placing an outside citizen on an internal job order lets that jobcentre read it',
  source: '001 N4',
  validFrom: '2021-03-15',
  validTo: null,
};

/** The jobcentre that becomes a read-only party when a citizen of `jobcenterCode` is placed, or null. */
export function outsideJobcentre(order: JobOrder, jobcenterCode: string): Authority | null {
  const jobcentre = { organisationType: OrganisationType.Jobcenter, organisationCode: jobcenterCode };
  if (order.availableToAll || isPrimary(order, jobcentre)) return null;
  return jobcentre;
}
