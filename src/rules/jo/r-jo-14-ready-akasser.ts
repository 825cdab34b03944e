// R-JO-14 — 003 N2: an a-kasse can be chosen as the responsible authority only once it has declared itself
// ready to receive and handle job orders (integration of its case system with JobAG). Best reading: choosing
// an a-kasse that is not ready is refused. Readiness: `npm run cli -- joborder-ready <a-kasse>` or the
// scenario's `jobOrderReadyAkasser`.
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { JobOrderCommand } from './job-order-command.ts';

export const readyAkasser: ValidationRule<JobOrderCommand> = {
  id: 'R-JO-14',
  title: 'Only a-kasser ready for job orders can be responsible for one',
  source: '003 N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.order.responsible.organisationType !== OrganisationType.AKasse || c.responsibleReady) return null;
    return violation(this, 'AkasseNotReadyForJobOrders', `a-kasse ${c.order.responsible.organisationCode}`);
  },
};
