// R-KF-09 — 000 §2.2: "Hvis medlemmet genindplaceres i perioden, hvor a-kassen har ansvaret for
// kontaktforløbet, skal der (modsat i forsøget) ikke registreres en slutdato på fravær id 75 … for derefter at
// registrere et nyt fravær id 75 med ny startdato." Best reading: a second absence 75 overlapping another
// one of the same citizen is refused.
import { AbsenceTypes } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { AbsenceChange } from '../absence-change.ts';
import { absences75, absencesOverlap } from '../citizen-on-date.ts';

export const noOverlappingAbsence75: ValidationRule<AbsenceChange> = {
  id: 'R-KF-09',
  title: 'A citizen has at most one absence 75 on any day',
  source: '000 §2.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate({ kind, after, state }) {
    if (
      (kind !== 'create' && kind !== 'update') ||
      !after ||
      after.absenceType !== AbsenceTypes.KontaktforloebHosAkassen
    )
      return null;
    const other = absences75(state).find((a) => a.id !== after.id && absencesOverlap(a, after));
    return other
      ? violation(
          noOverlappingAbsence75,
          'OverlappingAbsence75',
          `overlaps absence 75 ${other.id} starting ${other.startDate}`,
        )
      : null;
  },
};
