// R-PLAN-13 — 004 §3.1; 000 §3.3: young people in contact groups 12 and 28 who are uddannelsesparat or
// aktivitetsparat may get a plan of type 'Jobplan' instead of the uddannelsespålæg (a trial from 1 April 2022,
// permanent from 1 January 2024); obviously education-ready young people (åbenlyst uddannelsesparate) are
// excluded (best reading: refused, 5026). The assessment comes with the draft (EducationReadinessTypeIdentifier).
import { EducationReadiness, JOBPLAN } from '../../domain/plan.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { PlanCommand } from './plan-command.ts';

export const YOUTH_JOBPLAN_GROUPS: ReadonlySet<number> = new Set([12, 28]);

export const youthJobplan: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-13',
  title: 'Young people in contact groups 12 and 28 may get a jobplan, not the obviously education-ready',
  source: '004 §3.1; 000 §3.3',
  validFrom: '2022-04-01',
  validTo: null,
  evaluate(c) {
    const group = contactGroupOn(c.citizen, c.date);
    if (c.plan.planType !== JOBPLAN || group === null || !YOUTH_JOBPLAN_GROUPS.has(group)) return null;
    if (c.plan.educationReadiness !== EducationReadiness.AabenlystUddannelsesparat) return null;
    return violation(this, 'JobplanNotForEducationReadyYouth', `contact group ${group}, åbenlyst uddannelsesparat`);
  },
};
