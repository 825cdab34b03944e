// R-ABS-01 — 001 N2 (release 2021-1): "Denne release muliggør sletning af historisk og aktuel fravær, der har
// startdato før dags dato, dog med undtagelse af enkelte fraværstyper." The excluded types are not listed
// they are kept here as configuration, and absences DFDG registered itself are never an authority's
// to delete.
import { AbsenceTypes } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { AbsenceChange } from '../absence-change.ts';

/** Absence types that cannot be deleted once release 2021-1 is in force. */
export const NON_DELETABLE_ABSENCE_TYPES: ReadonlySet<number> = new Set([AbsenceTypes.KontaktforloebHosAkassen]);

export const deleteHistoricalAbsences: ValidationRule<AbsenceChange> = {
  id: 'R-ABS-01',
  title: 'Historical and current absences may be deleted, except excluded types',
  source: '001 N0, N2',
  validFrom: '2021-03-15',
  validTo: null,
  evaluate({ kind, before, actor }) {
    if (kind !== 'delete' || !before) return null;
    if (NON_DELETABLE_ABSENCE_TYPES.has(before.absenceType)) {
      return violation(
        deleteHistoricalAbsences,
        'AbsenceTypeNotDeletable',
        `absences of type ${before.absenceType} cannot be deleted`,
      );
    }
    if (before.createdByDfdg && actor.kind === 'authority') {
      return violation(
        deleteHistoricalAbsences,
        'AbsenceTypeNotDeletable',
        'an absence registered by DFDG cannot be deleted',
      );
    }
    return null;
  },
};
