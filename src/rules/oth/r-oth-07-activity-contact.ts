// R-OTH-07 — 004 §1.9: a contact person of type 3 'Personlig jobformidler' created inside an activity (indsats) can
// only be updated through that activity, i.e. ActivityService; through the contact person webservice DFDG answers
// 60016 "Fagprofessionel kontakt kan kun opdateres via ActivityService", which replaced an unspecified error in
// release 2022-1. Best reading (D-9xx): every contact that belongs to an activity (also a mentor or an
// udslusningskoordinator, whose data come from an activity, C-10), and deletion as well as update.
// Two units, one rule: the unspecified error (1100 "An error has occurred") before the release, 60016 from it.
import { violation, type ValidationRule } from '../engine.ts';
import type { PersonContactChange } from './person-contact-change.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

const ownedByActivity = (c: PersonContactChange) => c.kind !== 'create' && c.before?.activityId != null;

export const activityContactOnlyViaActivityService: ValidationRule<PersonContactChange> = {
  id: 'R-OTH-07',
  title: 'A contact person that belongs to an activity is changed only through ActivityService (60016)',
  source: '004 §1.9',
  validFrom: RELEASE_2022_1,
  validTo: null,
  evaluate(change) {
    if (!ownedByActivity(change)) return null;
    return violation(
      activityContactOnlyViaActivityService,
      'ProfessionalContactOnlyViaActivityService',
      `the contact person belongs to activity ${change.before!.activityId}`,
    );
  },
};

export const activityContactUnspecifiedBefore2022_1: ValidationRule<PersonContactChange> = {
  id: 'R-OTH-07',
  title: 'Before release 2022-1 a change of an activity’s contact person was refused with an unspecified error',
  source: '004 §1.9',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate(change) {
    if (!ownedByActivity(change)) return null;
    return violation(
      activityContactUnspecifiedBefore2022_1,
      'UnspecifiedError',
      `the contact person belongs to activity ${change.before!.activityId}`,
    );
  },
};
