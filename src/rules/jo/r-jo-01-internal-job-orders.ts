// R-JO-01 — 001 N0, N4: a jobcentre or a recruitment collaboration may register an internal job order; it
// is "ikke automatisk tilgængelig" through DFDG for other jobcentres, to read or update. Who may read: STAR,
// the order's primary authorities, every jobcentre once it is shared (R-JO-02) or when an a-kasse runs it
// (jobcentre systems must receive a-kasser's job orders, joborder.md §8, S5), a jobcentre one of whose
// citizens was placed on it (R-JO-03), and the company itself unless the order is 'Fejlrettet' (R-JO-13).
import { OrganisationType } from '../../domain/types.ts';
import { sameAuthority, type Authority, type JobOrder } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';
import { visibleToCompany } from './r-jo-13-fejlrettet.ts';

export const internalJobOrders: RuleMeta = {
  id: 'R-JO-01',
  title: 'Internal job orders are not available to other jobcentres',
  source: '001 N0, N4',
  validFrom: '2021-03-15',
  validTo: null,
};

export const isPrimary = (order: JobOrder, a: Authority) => order.primary.some((p) => sameAuthority(p, a));

export function mayRead(order: JobOrder, readers: readonly Authority[], caller: Authority): boolean {
  if (caller.organisationType === OrganisationType.STAR || isPrimary(order, caller)) return true;
  if (caller.organisationType === OrganisationType.Virksomhed) return caller.organisationCode === order.company.cvr && visibleToCompany(order);
  const akasseOrder = order.responsible.organisationType === OrganisationType.AKasse;
  if (caller.organisationType === OrganisationType.Jobcenter && (order.availableToAll || akasseOrder)) return true;
  return readers.some((r) => sameAuthority(r, caller));
}
