// Who runs a job order: the responsible authority (tovholder) and the primary authorities of a recruitment
// collaboration, all of them jobcentres or a-kasser. An authority creates orders it is responsible for itself;
// a company (JobAG) names the jobcentre or a-kasse it chose, for its own CVR only. Another authority named as
// primary is invited, not made primary: a collaboration is "efter aftale" (003 N2), so it becomes primary when it
// names itself on the order (D-121). What the JO rules are given of an order: whether its responsible a-kasse is
// ready for job orders (R-JO-14).
import { sameAuthority, type Authority, type JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType, type AuthorityActor } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import type { JobOrderCommand } from '../../rules/index.ts';
import { isReadyForJobOrders } from '../../store/jobOrderRepository.ts';
import type { Queryable } from '../../store/queryable.ts';

/** The organisation types that recruit: responsible and primary authorities are of these. */
export const RECRUITING_TYPES: ReadonlySet<number> = new Set([OrganisationType.Jobcenter, OrganisationType.AKasse]);

export function uniqueAuthorities(authorities: Authority[]): Authority[] {
  return authorities.filter((a, i) => authorities.findIndex((b) => sameAuthority(a, b)) === i);
}

/**
 * The primary and invited authorities after `by` names `named` on an order whose primaries were `before`: those
 * already primary stay, `by` itself becomes primary (it accepts, or names itself), every other one is invited.
 * The responsible authority is always primary.
 */
export function namedParties(
  by: Authority,
  responsible: Authority,
  before: readonly Authority[],
  named: readonly Authority[],
): { primary: Authority[]; invited: Authority[] } {
  const accepted = (a: Authority) => sameAuthority(a, by) || before.some((p) => sameAuthority(p, a));
  const primary = uniqueAuthorities([responsible, ...named.filter(accepted)]);
  const invited = uniqueAuthorities(named.filter((a) => !primary.some((p) => sameAuthority(p, a))));
  return { primary, invited };
}

/** Responsible, primary and invited authorities of a new order `by` creates, with the ones the request names. */
export function partiesOnCreate(
  by: AuthorityActor,
  request: { responsible: Authority | null; primaries: Authority[]; company: { cvr: string } | null },
): { responsible: Authority; primary: Authority[]; invited: Authority[] } {
  const caller = { organisationType: by.organisationType, organisationCode: by.organisationCode };
  const named = request.responsible;
  let responsible: Authority;
  if (caller.organisationType === OrganisationType.Virksomhed) {
    if (!named || !RECRUITING_TYPES.has(named.organisationType))
      throw fault(
        'InvalidMessage',
        'a company names the jobcentre or a-kasse responsible for its job order in ResponsibleAuthority',
      );
    if (request.company && request.company.cvr !== caller.organisationCode)
      throw fault('NotAuthorized', 'a company creates job orders for its own CVR only');
    responsible = named;
  } else {
    if (!RECRUITING_TYPES.has(caller.organisationType))
      throw fault('NotAuthorized', 'jobcentres, a-kasser and companies create job orders');
    if (named && !sameAuthority(named, caller))
      throw fault('NotAuthorized', 'an authority creates job orders it is responsible for itself');
    responsible = caller;
  }
  return { responsible, ...namedParties(caller, responsible, [], request.primaries) };
}

/** What the JO rules look at when `by` makes `order` so. */
export async function jobOrderCommand(db: Queryable, by: AuthorityActor, order: JobOrder): Promise<JobOrderCommand> {
  const akasse = order.responsible.organisationType === OrganisationType.AKasse;
  return {
    order,
    actor: by,
    responsibleReady: !akasse || (await isReadyForJobOrders(db, order.responsible.organisationCode)),
  };
}
