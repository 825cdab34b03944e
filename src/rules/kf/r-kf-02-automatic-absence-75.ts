// R-KF-02 — 000 §1.2: "vil der som hovedregel ske en automatisk registrering af fravær 75 'Kontaktforløb er
// hos a-kassen', når en borger bliver tilmeldt som dagpengemodtager … uanset om tilmeldingen sker på Jobnet,
// i jobcentret eller i a-kassen", decided from the dagpengetæller (R-KF-03) and never for the transition
// group (R-KF-04), but again after a deregistration for work (R-KF-05). From 1 Jan 2024.
import { ClientCategory, type CitizenState, type Enrollment, type IsoDate } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { absences75 } from '../citizen-on-date.ts';
import { contactProcessResponsibility } from './r-kf-03-responsibility-from-counter.ts';
import { isTransitionGroup } from './r-kf-04-transition-group.ts';
import { NEW_RULES_FROM } from './r-kf-05-re-registration-after-work.ts';

export const automaticAbsence75Rule: RuleMeta = {
  id: 'R-KF-02',
  title: 'DFDG registers absence 75 when a citizen registers as dagpengemodtager',
  source: '000 §1.2; 003 N3',
  validFrom: '2023-12-04',
  validTo: null,
};

/**
 * The absence 75 DFDG registers for a new enrollment, or null. `state` is the citizen before the
 * enrollment was added. The channel of the enrollment plays no part.
 */
export function automaticAbsence75(
  state: CitizenState,
  enrollment: Enrollment,
  businessDate: IsoDate,
): { startDate: IsoDate } | null {
  const date = enrollment.enrollmentDate;
  if (!inForce(automaticAbsence75Rule, businessDate)) return null;
  if (enrollment.clientCategory !== ClientCategory.Dagpengemodtager || date < NEW_RULES_FROM) return null;
  if (isTransitionGroup(state, date)) return null;
  // An absence 75 still running on or after the enrollment date would overlap the new one (R-KF-09).
  if (absences75(state).some((a) => a.endDate === null || a.endDate >= date)) return null;
  if (contactProcessResponsibility(state.benefitsAccount, date) === 'jobcenter') return null;
  return { startDate: date };
}
