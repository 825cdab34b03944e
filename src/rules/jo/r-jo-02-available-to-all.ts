// R-JO-02 — 001 N4: the owning jobcentre, or one of the primary authorities of the recruitment
// collaboration, must actively choose to make the job order available to all jobcentres; chosen at
// registration it takes effect at once. A-kasser run their orders among a-kasser (R-JO-06, R-JO-07), so only a
// jobcentre among the primary authorities may share, or a company registering its own order in JobAG with a
// jobcentre responsible (docs/contract-decisions.md).
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { JobOrderCommand } from './job-order-command.ts';
import { isPrimary } from './r-jo-01-internal-job-orders.ts';

export const availableToAll: ValidationRule<JobOrderCommand> = {
  id: 'R-JO-02',
  title: 'Making a job order available to all jobcentres is the active choice of a primary jobcentre',
  source: '001 N4',
  validFrom: '2021-03-15',
  validTo: null,
  evaluate(c) {
    if (!c.order.availableToAll) return null;
    if (c.actor.organisationType === OrganisationType.Jobcenter && isPrimary(c.order, c.actor)) return null;
    // A company creating its own order in JobAG with a jobcentre responsible may make it national at once.
    const company =
      c.actor.organisationType === OrganisationType.Virksomhed &&
      c.actor.organisationCode === c.order.company?.cvr &&
      c.order.responsible.organisationType === OrganisationType.Jobcenter;
    if (company) return null;
    return violation(
      this,
      'ShareNotAllowed',
      `organisation ${c.actor.organisationType}/${c.actor.organisationCode} cannot share the job order`,
    );
  },
};
