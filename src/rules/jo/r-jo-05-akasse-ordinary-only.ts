// R-JO-05 — 000 §6.1, §6.2; 003 N2: "ligesom jobcentrene" a-kasser may create job orders of type 1
// 'Ordinær job' and place citizens on them; a company in JobAG chooses a jobcentre or an a-kasse as
// responsible. Best reading: an a-kasse responsible for any other type is refused.
import { OrganisationType } from '../../domain/types.ts';
import { ORDINARY_JOB } from '../../domain/jobOrder.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { JobOrderCommand } from './job-order-command.ts';

export const akasseOrdinaryOnly: ValidationRule<JobOrderCommand> = {
  id: 'R-JO-05',
  title: 'An a-kasse may be responsible for ordinary job orders (type 1) only',
  source: '000 §6.1, §6.2; 003 N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    const akasseResponsible = c.order.responsible.organisationType === OrganisationType.AKasse;
    if (!akasseResponsible || c.order.type === ORDINARY_JOB) return null;
    return violation(this, 'AkasseJobOrderTypeNotAllowed', `job order type ${c.order.type}`);
  },
};
