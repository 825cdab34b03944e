// R-PLAN-20 — 004 §3.8 (release 2022-1, a bug fix): job-search requirements may be registered for citizens in
// contact group 7 'Fleksjobvisiteret (ledig)'. Which other groups take them is not in the sources; best reading
// (D-176): the groups of benefit recipients who must seek work — 1, 2, 12, 26, 27, 28, 29 — and, from release
// 2022-1, 7; another contact group (or none) on the requirement's start day is refused (5029).
import { violation, type RuleMeta, type ValidationRule, inForce } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { JobSearchRequirementCommand } from './plan-command.ts';

const FLEKSJOBVISITERET = 7;
const BENEFIT_GROUPS: ReadonlySet<number> = new Set([1, 2, 12, 26, 27, 28, 29]);

export const flexjobRequirementsMeta: RuleMeta = {
  id: 'R-PLAN-20',
  title: 'Job-search requirements allowed for flex-job-approved unemployed citizens',
  source: '004 §3.8',
  validFrom: '2022-03-14',
  validTo: null,
};

export const requirementGroups: ValidationRule<JobSearchRequirementCommand> = {
  ...flexjobRequirementsMeta,
  validFrom: null,
  evaluate(c, businessDate) {
    const group = contactGroupOn(c.citizen, c.requirement.startDate);
    if (group !== null && BENEFIT_GROUPS.has(group)) return null;
    if (group === FLEKSJOBVISITERET && inForce(flexjobRequirementsMeta, businessDate)) return null;
    return violation(
      flexjobRequirementsMeta,
      'JobSearchRequirementContactGroup',
      `contact group ${group ?? 'none'} on ${c.requirement.startDate}`,
    );
  },
};
