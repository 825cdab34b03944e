// The rules of areas KF, ABS and NOT (../shared/contracts/release-rules.md §2.1, §2.3, §2.9) as handlers use
// them: one ordered list of validations for every absence change, and the derivations DFDG applies itself.
// Not code of their own: R-KF-10 (end reason 45 is accepted by R-KF-14), R-KF-18 (read access, with the
// threshold from hoursThreshold), R-ABS-03 and R-ABS-04 (codelists/absence-types.json).
import type { ValidationRule } from './engine.ts';
import type { AbsenceChange } from './absence-change.ts';
import { absence75ByOwnAkasse } from './kf/r-kf-06-absence-75-by-own-akasse.ts';
import { noOverlappingAbsence75 } from './kf/r-kf-09-no-overlapping-absence-75.ts';
import { phasedOutEndReasons } from './kf/r-kf-11-phased-out-end-reasons.ts';
import { endReasonsOnlyOnAbsence75 } from './kf/r-kf-12-end-reasons-only-on-absence-75.ts';
import { endReason49ByDfdg } from './kf/r-kf-13-end-reason-49-by-dfdg.ts';
import { endReasonsFrom2024_1 } from './kf/r-kf-14-end-reasons-from-2024-1.ts';
import { deleteHistoricalAbsences } from './abs/r-abs-01-delete-historical-absences.ts';
import { onlyFutureAbsencesDeletable } from './abs/r-abs-01-only-future-before-2021-1.ts';
import { absence77 } from './abs/r-abs-02-absence-77.ts';
import { minkAbsence } from './abs/r-abs-05-mink-absence.ts';

export type { AbsenceChange } from './absence-change.ts';
export type { Receiver } from './not/receiver.ts';

/** Validation of every change to an absence; evaluate with firstViolation(). R-KF-13 precedes R-KF-14 so 49 from an authority reads "reserved for DFDG". */
export const absenceChangeRules: readonly ValidationRule<AbsenceChange>[] = Object.freeze([
  absence75ByOwnAkasse,
  noOverlappingAbsence75,
  phasedOutEndReasons,
  endReasonsOnlyOnAbsence75,
  endReason49ByDfdg,
  endReasonsFrom2024_1,
  onlyFutureAbsencesDeletable,
  deleteHistoricalAbsences,
  absence77,
  minkAbsence,
]);

export { EndReason } from './kf/end-reasons.ts';
export { hoursThreshold, responsibleAuthority } from './kf/r-kf-01-akasse-owns-first-period.ts';
export { automaticAbsence75 } from './kf/r-kf-02-automatic-absence-75.ts';
export { contactProcessResponsibility } from './kf/r-kf-03-responsibility-from-counter.ts';
export { isTransitionGroup } from './kf/r-kf-04-transition-group.ts';
export { absence75OnMembershipChange } from './kf/r-kf-07-akasse-change-keeps-absence-75.ts';
export { thresholdReached } from './kf/r-kf-08-end-at-threshold.ts';
export { transitionMarking } from './kf/r-kf-13-end-reason-49-by-dfdg.ts';
export { contactGroupForClientCategory } from './kf/r-kf-15-uden-ydelse-contact-group.ts';
export { absence75ActiveForContactGroup, absence75ActiveOnRegistration } from './kf/r-kf-17-retroactive-absence-75-inactive.ts';
export { NON_DELETABLE_ABSENCE_TYPES } from './abs/r-abs-01-delete-historical-absences.ts';
export { MINK_ABSENCE_TYPE } from './abs/r-abs-05-mink-absence.ts';
export { personExempts } from './abs/r-abs-06-person-exempts.ts';
export { EXEMPTING_ABSENCE_TYPES } from './abs/r-abs-07-exempting-absence-types.ts';
export { absenceNotificationReceivers } from './not/r-not-01-absence-receivers.ts';
