// R-PLAN-08 — 000 §3.5; 004 §3.2 (existing behaviour, confirmed in release 2023-4): an a-kasse may create and
// update activities of type 'Kursus' with course category 52 'A-kasse aktivitet' and grant frame 16 'A-kasse
// aktivitet'; other combinations from an a-kasse are refused (best reading).
import { ActivationType, COURSE_CATEGORY_AKASSE_ACTIVITY, GRANT_FRAME_AKASSE_ACTIVITY } from '../../domain/activity.ts';
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';

export const akasseCourseActivities: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-08',
  title: "An a-kasse's activity is a Kursus with course category 52 and grant frame 16",
  source: '000 §3.5; 004 §3.2',
  validFrom: null,
  validTo: null,
  evaluate(c) {
    if (c.actor.kind !== 'authority' || c.actor.organisationType !== OrganisationType.AKasse) return null;
    const a = c.after;
    if (
      a.activationType === ActivationType.Kursus &&
      a.courseCategory === COURSE_CATEGORY_AKASSE_ACTIVITY &&
      a.grantFrame === GRANT_FRAME_AKASSE_ACTIVITY
    )
      return null;
    return violation(
      this,
      'AkasseActivityNotAllowed',
      `course category ${a.courseCategory ?? '(none)'}, grant frame ${a.grantFrame ?? '(none)'}`,
    );
  },
};
