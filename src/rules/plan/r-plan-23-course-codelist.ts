// R-PLAN-23 — 004 §3.2 (release 2022-1): course category 38 'Andet' is redefined (no ret og pligt, no
// co-financing, outside the indsatsgaranti), and only the ids listed in C-13 are active
// (codelists/activity-course-categories.json, A-51): a course activity with an unlisted category is refused.
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';
import { newlyInvalidValue } from './retired-activity-values.ts';

export const courseCodelist2022: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-23',
  title: 'Only the course categories listed in C-13 are active (38 redefined)',
  source: '004 §3.2',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c, date) {
    const value = newlyInvalidValue(c, 'courseCategory', 'activity-course-categories', date, ['expired', 'unknown']);
    return value === null ? null : violation(this, 'RetiredActivityValue', `CourseCategoryIdentifier ${value}`);
  },
};
