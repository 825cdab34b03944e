// R-ABS-02 — 001 N3: "Fraværstypen blev implementeret med patchen d. 26 januar 2021, men kan først tages i
// brug pr. 15 marts 2021. Personer, der inden for 6 uger påbegynder en erhvervsuddannelse … kan nu blive
// omfattet af denne nye fraværstype", for all LAB § 106 target groups except uddannelseshjælpsmodtagere
// (contact group 12). Best reading: refuse a start before 15 Mar 2021 and contact group 12 on the start date.
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { newStartOrType, type AbsenceChange } from '../absence-change.ts';
import { contactGroupOn } from '../citizen-on-date.ts';

export const ABSENCE_77_FROM = '2021-03-15';
const UDDANNELSESHJAELP_CONTACT_GROUP = 12;

export const absence77: ValidationRule<AbsenceChange> = {
  id: 'R-ABS-02',
  title: 'Absence 77 from 15 Mar 2021, not for contact group 12',
  source: '001 N0, N3; 004 §2.1; 000 §7.1',
  validFrom: '2021-01-26',
  validTo: null,
  evaluate(change) {
    const absence = newStartOrType(change);
    if (!absence || absence.absenceType !== AbsenceTypes.PaaVejPaaErhvervsuddannelse) return null;
    if (absence.startDate < ABSENCE_77_FROM) {
      return violation(absence77, 'AbsenceStartBeforeTypeInForce', `absence 77 cannot start before ${ABSENCE_77_FROM}`);
    }
    if (contactGroupOn(change.state, absence.startDate) === UDDANNELSESHJAELP_CONTACT_GROUP) {
      return violation(
        absence77,
        'EducationNotAllowedForContactGroup',
        'absence 77 is not for uddannelseshjælpsmodtagere (contact group 12)',
      );
    }
    return null;
  },
};

/** The other side of R-ABS-02: an active absence 77 still running on or after `from` keeps the citizen out of
 *  contact group 12 (4645 on CreateContactGroup, visitation-absence.md §4.1); null when nothing conflicts. */
export function absence77ConflictingWithContactGroup(
  state: CitizenState,
  contactGroup: number,
  from: IsoDate,
): Absence | null {
  if (contactGroup !== UDDANNELSESHJAELP_CONTACT_GROUP) return null;
  const conflicting = (a: Absence) =>
    a.active &&
    a.deletedOn === null &&
    a.absenceType === AbsenceTypes.PaaVejPaaErhvervsuddannelse &&
    (a.endDate === null || a.endDate >= from);
  return state.absences.find(conflicting) ?? null;
}
