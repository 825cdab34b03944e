// R-JO-11 — 000 §6.3; 003 N0, N2: the new free-text field JobordreStilling; when a job order is created at
// least one of title, JobordreStilling and stillingsbetegnelse (ESCO-STAR, ConceptUriDa) must be filled in.
import { violation, type ValidationRule } from '../engine.ts';
import type { JobOrderCommand } from './job-order-command.ts';

export const titleRequired: ValidationRule<JobOrderCommand> = {
  id: 'R-JO-11',
  title: 'A new job order names its job: title, JobordreStilling or ESCO-STAR occupation',
  source: '000 §6.3; 003 N0, N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    const o = c.order;
    if (o.title !== null || o.position !== null || o.conceptUri !== null) return null;
    return violation(
      this,
      'JobOrderTitleRequired',
      'CompanyRecruitmentTitle, JobordreStilling and ConceptUriDa are all empty',
    );
  },
};
