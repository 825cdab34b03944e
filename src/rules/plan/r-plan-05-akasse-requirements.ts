// R-PLAN-05 — 003 N4: the a-kasse registers job-search requirements throughout the unemployment period, before
// and after the transfer to the jobcentre (absence 75 open or not). Best reading of "the unemployment period"
// (D-176): the member is enrolled as dagpengemodtager on the requirement's start day; outside it the a-kasse's
// requirement is refused (5024).
import { ClientCategory, OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { enrolledOn } from '../citizen-on-date.ts';
import type { JobSearchRequirementCommand } from './plan-command.ts';

export const akasseRequirementsInUnemployment: ValidationRule<JobSearchRequirementCommand> = {
  id: 'R-PLAN-05',
  title: 'The a-kasse registers job-search requirements for the whole unemployment period',
  source: '003 N4',
  validFrom: null,
  validTo: null,
  evaluate(c) {
    if (c.actor.organisationType !== OrganisationType.AKasse) return null;
    const day = c.requirement.startDate;
    const unemployed = c.citizen.enrollments.some(
      (e) => e.clientCategory === ClientCategory.Dagpengemodtager && enrolledOn(e, day),
    );
    if (unemployed) return null;
    return violation(this, 'NotInUnemploymentPeriod', `not enrolled as dagpengemodtager on ${day}`);
  },
};
