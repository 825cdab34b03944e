// R-JO-03 — 001 N4: when a citizen outside the primary authorities' jobcentres is placed on an internal job
// order, that citizen's jobcentre gets a technical message from DFDG (R-NOT-11) and may see the order but
// not edit it. Before release 2021-1 every jobcentre read every order (R-JO-01), so nobody became a reader.
import { OrganisationType, type IsoDate } from '../../domain/types.ts';
import type { Authority, JobOrder } from '../../domain/jobOrder.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { isPrimary, sharedWithAllJobcentres } from './r-jo-01-internal-job-orders.ts';

export const outsideCitizen: RuleMeta = {
  id: 'R-JO-03',
  title: 'Placing an outside citizen on an internal job order lets that jobcentre read it',
  source: '001 N4',
  validFrom: '2021-03-15',
  validTo: null,
};

/** The jobcentre that becomes a read-only party when a citizen of `jobcenterCode` is placed, or null. */
export function outsideJobcentre(order: JobOrder, jobcenterCode: string, businessDate: IsoDate): Authority | null {
  const jobcentre = { organisationType: OrganisationType.Jobcenter, organisationCode: jobcenterCode };
  if (
    !inForce(outsideCitizen, businessDate) ||
    sharedWithAllJobcentres(order, businessDate) ||
    isPrimary(order, jobcentre)
  )
    return null;
  return jobcentre;
}
