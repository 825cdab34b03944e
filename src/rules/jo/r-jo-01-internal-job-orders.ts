// R-JO-01 — 001 N0, N4: a jobcentre or a recruitment collaboration may register an internal job order; it
// is "ikke automatisk tilgængelig" through DFDG for other jobcentres, to read or update. Who may read: STAR,
// the order's primary authorities and the authorities invited to become one (D-121), every jobcentre once it is shared (R-JO-02) or when an a-kasse runs it
// (jobcentre systems must receive a-kasser's job orders, joborder.md §8, S5), a jobcentre one of whose
// citizens was placed on it (R-JO-03), and the company itself unless the order is 'Fejlrettet' (R-JO-13).
// Before the release there were no internal orders: 001 N0 makes it possible "at registrere interne jobordrer
// uden at jobordren automatisk bliver tilgængelig via DFDG … i resten af jobcentrene", so until then every
// order was available to every jobcentre, as a shared one is now.
import { OrganisationType, type IsoDate } from '../../domain/types.ts';
import { sameAuthority, type Authority, type JobOrder } from '../../domain/jobOrder.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { visibleToCompany } from './r-jo-13-fejlrettet.ts';

export const internalJobOrders: RuleMeta = {
  id: 'R-JO-01',
  title: 'Internal job orders are not available to other jobcentres',
  source: '001 N0, N4',
  validFrom: '2021-03-15',
  validTo: null,
};

export const isPrimary = (order: JobOrder, a: Authority) => order.primary.some((p) => sameAuthority(p, a));
/** Named as primary authority by another, not yet accepted (D-121). */
export const isInvited = (order: JobOrder, a: Authority) => (order.invited ?? []).some((p) => sameAuthority(p, a));

/** Every jobcentre reads the order and places on it: it was shared (R-JO-02), or R-JO-01 is not yet in force. */
export const sharedWithAllJobcentres = (order: JobOrder, businessDate: IsoDate): boolean =>
  order.availableToAll || !inForce(internalJobOrders, businessDate);

export function mayRead(
  order: JobOrder,
  readers: readonly Authority[],
  caller: Authority,
  businessDate: IsoDate,
): boolean {
  if (caller.organisationType === OrganisationType.STAR || isPrimary(order, caller) || isInvited(order, caller))
    return true;
  if (caller.organisationType === OrganisationType.Virksomhed)
    return caller.organisationCode === order.company?.cvr && visibleToCompany(order);
  const akasseOrder = order.responsible.organisationType === OrganisationType.AKasse;
  if (
    caller.organisationType === OrganisationType.Jobcenter &&
    (sharedWithAllJobcentres(order, businessDate) || akasseOrder)
  )
    return true;
  return readers.some((r) => sameAuthority(r, caller));
}
