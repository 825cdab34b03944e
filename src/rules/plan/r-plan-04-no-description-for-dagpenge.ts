// R-PLAN-04 — 000 §3.5: neither an a-kasse nor a jobcentre may register a plan description ("For at jeg kan nå
// mit mål, har vi aftalt") in a jobplan for a dagpenge recipient (contact group 1 on the day).
import { violation, type ValidationRule } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { PlanCommand } from './plan-command.ts';

const DAGPENGEMODTAGER = 1;

export const noDescriptionForDagpenge: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-04',
  title: 'No plan description in the jobplan for dagpenge recipients',
  source: '000 §3.5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.plan.description === null || contactGroupOn(c.citizen, c.date) !== DAGPENGEMODTAGER) return null;
    return violation(this, 'PlanDescriptionNotAllowed', `the citizen is in contact group 1 on ${c.date}`);
  },
};
