// R-ABS-05 — 001 N3: "Derfor oprettes et nyt fraværsforhold 'Fritaget for rådighed under uddannelses tilbud -
// minkerhverv eller følgeerhverv'" for the education pool of the mink agreement; the rules (LAB § 97b) were
// expected from 19 Mar 2021. The id is not given: 80 is our choice. Best reading: no start before 19 Mar 2021.
import { violation, type ValidationRule } from '../engine.ts';
import { newStartOrType, type AbsenceChange } from '../absence-change.ts';

export const MINK_ABSENCE_TYPE = 80;
export const MINK_ABSENCE_FROM = '2021-03-19';

export const minkAbsence: ValidationRule<AbsenceChange> = {
  id: 'R-ABS-05',
  title: 'The mink-industry absence cannot start before 19 Mar 2021',
  source: '001 N0, N3',
  validFrom: '2021-03-15',
  validTo: null,
  evaluate(change) {
    const absence = newStartOrType(change);
    if (!absence || absence.absenceType !== MINK_ABSENCE_TYPE || absence.startDate >= MINK_ABSENCE_FROM) return null;
    return violation(
      minkAbsence,
      'AbsenceStartBeforeTypeInForce',
      `the mink absence cannot start before ${MINK_ABSENCE_FROM}`,
    );
  },
};
