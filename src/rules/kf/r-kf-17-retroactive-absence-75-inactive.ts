// R-KF-17 — 004 §1.1: "Hvis en a-kasse efterregistrerede fravær 75 … på borgere i kontaktgrupperne 24, 25 og
// 13 … Fremover bliver efterregistrerede fravær 75 automatisk inaktiveret ved registrering." No conversion
// of earlier registrations. While inactive, absence 75 does not make the a-kasse responsible.
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { SICK_OR_JOBAFKLARING_CONTACT_GROUPS, contactGroupOn } from '../citizen-on-date.ts';

export const retroactiveAbsence75Inactive: RuleMeta = {
  id: 'R-KF-17',
  title: 'An absence 75 registered retroactively for a citizen in contact group 13, 24 or 25 is stored inactive',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
};

/** absence 75 is inactive while the citizen is in contact group 13, 24 or 25, active otherwise. */
export function absence75ActiveForContactGroup(contactGroup: number): boolean {
  return !SICK_OR_JOBAFKLARING_CONTACT_GROUPS.has(contactGroup);
}

/** The active flag a newly registered absence is stored with. */
export function absence75ActiveOnRegistration(state: CitizenState, absence: Absence, businessDate: IsoDate): boolean {
  if (!inForce(retroactiveAbsence75Inactive, businessDate)) return true;
  if (absence.absenceType !== AbsenceTypes.KontaktforloebHosAkassen || absence.startDate >= businessDate) return true;
  const contactGroup = contactGroupOn(state, businessDate);
  return contactGroup === null || absence75ActiveForContactGroup(contactGroup);
}
