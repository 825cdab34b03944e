// R-ABS-02 — 001 N3: "Fraværstypen blev implementeret med patchen d. 26 januar 2021, men kan først tages i
// brug pr. 15 marts 2021. Personer, der inden for 6 uger påbegynder en erhvervsuddannelse … kan nu blive
// omfattet af denne nye fraværstype", for all LAB § 106 target groups except uddannelseshjælpsmodtagere
// (contact group 12). Best reading: refuse a start before 15 Mar 2021 and contact group 12 on the start date;
// from the other side, a move into contact group 12 while an absence 77 lasts is 4645 (visitation-absence.md §4.1).
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { newStartOrType, type AbsenceChange } from '../absence-change.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

export const ABSENCE_77_FROM = '2021-03-15';
const UDDANNELSESHJAELP_CONTACT_GROUP = 12;
const ABSENCE_77: ReadonlySet<number> = new Set([AbsenceTypes.PaaVejPaaErhvervsuddannelse]);

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

/** A jobcentre's move of the citizen into a contact group from a date (PersonRegistrationService.CreateContactGroup). */
export interface ContactGroupEntry {
  state: CitizenState;
  contactGroup: number;
  from: IsoDate;
}

/** The same rule seen from the contact group: no move into group 12 while an absence 77 lasts on or after the move. */
export const contactGroup12WithAbsence77: ValidationRule<ContactGroupEntry> = {
  ...absence77,
  evaluate({ state, contactGroup, from }) {
    if (contactGroup !== UDDANNELSESHJAELP_CONTACT_GROUP) return null;
    const conflicting = absencesOf(state, ABSENCE_77).find(
      (a: Absence) => a.active && a.deletedOn === null && (a.endDate === null || a.endDate >= from),
    );
    return conflicting
      ? violation(absence77, 'ContactGroupConflictsWithAbsence', `absence 77 ${conflicting.id} in contact group 12`)
      : null;
  },
};
