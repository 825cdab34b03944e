// R-PLAN-22 — 004 §3.2 (release 2022-1): social activity 8 'Øvrige tiltag' is retired — no new activities with it,
// existing ones may still be updated; ids 16 and 17 are new (codelists/activity-social-types.json).
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';
import { newlyInvalidValue } from './retired-activity-values.ts';

export const socialCodelist2022: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-22',
  title: 'Social activity 8 is retired for new registrations; 16 and 17 are new',
  source: '004 §3.2',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c, date) {
    const value = newlyInvalidValue(c, 'socialType', 'activity-social-types', date);
    return value === null ? null : violation(this, 'RetiredActivityValue', `SocialActivityTypeIdentifier ${value}`);
  },
};
