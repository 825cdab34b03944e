// R-PLAN-02 — 003 N4: only the a-kasse registers job goals during its period of responsibility, only the
// jobcentre once responsibility has passed to it (R-PLAN-01). A draft or a publication with job goals by the
// other party is refused (5021, no code in the sources).
import { violation, type ValidationRule } from '../engine.ts';
import type { PlanCommand } from './plan-command.ts';
import { planResponsibility } from './r-plan-01-akasse-writes-jobplan.ts';

export const jobGoalsByResponsible: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-02',
  title: 'Only the responsible authority may register job goals',
  source: '003 N4',
  validFrom: '2024-01-01',
  validTo: null,
  evaluate(c, businessDate) {
    if (c.plan.jobGoals.length === 0) return null;
    const responsible = planResponsibility(c.citizen, c.date, businessDate);
    if (c.actor.organisationType === responsible) return null;
    return violation(
      this,
      'JobGoalNotResponsibleAuthority',
      `organisation type ${responsible} is responsible for the job goals on ${c.date}`,
    );
  },
};
