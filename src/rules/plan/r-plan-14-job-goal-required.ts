// R-PLAN-14 — 004 §3.1: in a jobplan for contact groups 12 and 28 the job goal is a concrete ESCO-STAR title or
// free text, and the plan description may be filled in (R-PLAN-04 concerns contact group 1 only); a jobplan
// published without a job goal is refused. DFDG's plan service says the same of every jobplan (its 8015 "Goal
// has to be specified when publishing this plan type"), so the facade refuses it for every jobplan (5027, D-173).
import { JOBPLAN } from '../../domain/plan.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PlanCommand } from './plan-command.ts';

export const jobGoalRequired: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-14',
  title: 'A jobplan is published with a job goal (ESCO-STAR title or free text)',
  source: '004 §3.1',
  validFrom: '2022-04-01',
  validTo: null,
  evaluate(c) {
    if (c.action !== 'publish' || c.plan.planType !== JOBPLAN || c.plan.jobGoals.length > 0) return null;
    return violation(this, 'JobGoalRequired', 'the jobplan has no job goal');
  },
};
