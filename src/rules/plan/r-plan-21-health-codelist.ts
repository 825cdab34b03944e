// R-PLAN-21 — 004 §3.2 (release 2022-1): health activity 7 'Helbredsmæssige tiltag' is retired — no new activities
// with it, existing ones may still be updated; id 8 'Sundhedstilbud der ikke er kommunale' is new
// (codelists/activity-health-types.json).
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';
import { newlyInvalidValue } from './retired-activity-values.ts';

export const healthCodelist2022: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-21',
  title: 'Health activity 7 is retired for new registrations; 8 is new',
  source: '004 §3.2',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c, date) {
    const value = newlyInvalidValue(c, 'healthType', 'activity-health-types', date);
    return value === null ? null : violation(this, 'RetiredActivityValue', `HealthActivityTypeIdentifier ${value}`);
  },
};
