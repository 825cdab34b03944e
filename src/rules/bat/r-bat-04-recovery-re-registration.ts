// R-BAT-04 — 004 §1.8 (bug fix of release 2022-1): DFDG's recovery batch (raskmelding, the end of a sickness) does
// not register the citizen again as unemployed (gentilmelding) when (a) their status on the day before the first
// day of sickness was 'Ikke tilmeldt', or (b) their contact group on that day differs from their current one, the
// group after recovery. An older, historical registration must not trigger a re-registration (the bug): before
// the release, any enrollment before the sickness did (reproduced for business dates before 2022-1).
import { addDays } from '../../domain/dates.ts';
import type { Absence, CitizenState, Enrollment, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { contactGroupOn, enrolledOn } from '../citizen-on-date.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

export const noWrongReRegistration: RuleMeta = {
  id: 'R-BAT-04',
  title: "No re-registration at recovery when 'Ikke tilmeldt' before the sickness or the contact group changed",
  source: '004 §1.8',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export type RecoveryDecision =
  | { reRegister: true; clientCategory: number; date: IsoDate }
  | { reRegister: false; reason: 'alreadyRegistered' | 'notRegisteredBefore' | 'contactGroupChanged' };

/** The first day after the sickness: the day the citizen is registered again. */
export const recoveryDate = (sickness: Absence): IsoDate => addDays(sickness.endDate!, 1);

/** The decision of the recovery batch on `businessDate` for an ended `sickness` (R-BAT-04 in force). */
export function recoveryReRegistration(
  state: CitizenState,
  sickness: Absence,
  businessDate: IsoDate,
): RecoveryDecision {
  const date = recoveryDate(sickness);
  if (state.enrollments.some((e) => enrolledOn(e, date))) return { reRegister: false, reason: 'alreadyRegistered' };
  const dayBefore = addDays(sickness.startDate, -1);
  const before = state.enrollments.find((e) => enrolledOn(e, dayBefore));
  if (!before) return { reRegister: false, reason: 'notRegisteredBefore' };
  if (contactGroupOn(state, dayBefore) !== contactGroupOn(state, businessDate))
    return { reRegister: false, reason: 'contactGroupChanged' };
  return { reRegister: true, clientCategory: before.clientCategory, date };
}

/** The batch before release 2022-1 (the bug): the latest enrollment before the sickness, however old, re-registers. */
export function formerRecoveryReRegistration(state: CitizenState, sickness: Absence): RecoveryDecision {
  const date = recoveryDate(sickness);
  if (state.enrollments.some((e) => enrolledOn(e, date))) return { reRegister: false, reason: 'alreadyRegistered' };
  const earlier = state.enrollments
    .filter((e: Enrollment) => e.enrollmentDate < sickness.startDate)
    .sort((a, b) => (a.enrollmentDate < b.enrollmentDate ? -1 : 1))
    .at(-1);
  if (!earlier) return { reRegister: false, reason: 'notRegisteredBefore' };
  return { reRegister: true, clientCategory: earlier.clientCategory, date };
}
