// R-NOT-08 — 000 §6.5: every update of a job order gives webservice messages to all parties of the order.
// Best reading: every primary authority, the coordinator (the responsible authority), and the
// jobcentres or a-kasser of the placed citizens. R-NOT-11 — 001 N4: the jobcentre of an outside citizen
// placed on an internal order gets a technical message: it is a party as a reader (R-JO-03).
import { OrganisationType } from '../../domain/types.ts';
import type { Authority, Candidate, JobOrder } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';

export const jobOrderParties: RuleMeta = {
  id: 'R-NOT-08',
  title: 'A job order update notifies all parties',
  source: '000 §6.5',
  validFrom: '2023-12-04',
  validTo: null,
};

export const outsideJobcentreMessage: RuleMeta = {
  id: 'R-NOT-11',
  title: 'The jobcentre of an outside citizen placed on an internal job order gets a technical message',
  source: '001 N4',
  validFrom: '2021-03-15',
  validTo: null,
};

export function jobOrderReceivers(
  order: JobOrder,
  readers: readonly Authority[],
  candidates: readonly Candidate[],
): Receiver[] {
  const all: Authority[] = [order.responsible, ...order.primary, ...(order.invited ?? []), ...readers];
  for (const c of candidates.filter((x) => !x.removed)) {
    all.push({ organisationType: OrganisationType.Jobcenter, organisationCode: c.jobcenterCode });
    if (c.akasseCode !== null) all.push({ organisationType: OrganisationType.AKasse, organisationCode: c.akasseCode });
  }
  return uniqueReceivers(all.map((a) => ({ ...a, subQueue: null })));
}
