// R-JO-07 — 000 §6.2: a jobcentre may not place candidates on a job order whose primary authorities are
// a-kasser — until the order is handed over to a jobcentre (R-JO-08).
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PlacementCommand } from './job-order-command.ts';

export const jobcentreNotOnAkasseOrders: ValidationRule<PlacementCommand> = {
  id: 'R-JO-07',
  title: 'Jobcentres cannot place on job orders where a-kasser are the primary authorities',
  source: '000 §6.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.actor.organisationType !== OrganisationType.Jobcenter) return null;
    if (!c.order.primary.every((p) => p.organisationType === OrganisationType.AKasse)) return null;
    return violation(this, 'JobcenterCannotPlaceOnAkasseOrder', `the primary authorities are a-kasser`);
  },
};
