// R-PLAN-03 — 000 §3.5 (with its "OBS"): while the contact process is with the a-kasse the jobcentre cannot
// publish a jobplan; if the dagpenge recipient is registered in another contact group it may (A-22: any group
// other than 1, even with absence 75 open).
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { PlanCommand } from './plan-command.ts';
import { inAkassePeriod } from './r-plan-01-akasse-writes-jobplan.ts';

export const jobcentrePublication: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-03',
  title: 'The jobcentre cannot publish a jobplan during the a-kasse period (unless the contact group changed)',
  source: '000 §3.5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.action !== 'publish' || c.actor.organisationType !== OrganisationType.Jobcenter) return null;
    if (!inAkassePeriod(c.citizen, c.date)) return null;
    return violation(
      this,
      'JobcentrePublicationDuringAkassePeriod',
      `absence 75 is active on ${c.date} and the citizen is in contact group ${contactGroupOn(c.citizen, c.date)}`,
    );
  },
};
