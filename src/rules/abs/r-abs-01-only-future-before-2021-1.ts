// R-ABS-01, the phase before release 2021-1 — 001 N2: "Hidtil har jobcentre og a-kasser været i stand til at
// slette fejlregistreret fravær og fritagelser, hvis de var fremtidige, dvs. med en startdato fra dags dato
// eller derefter." Same rule id as deleteHistoricalAbsences: it is the same rule in its earlier period.
import { violation, type ValidationRule } from '../engine.ts';
import type { AbsenceChange } from '../absence-change.ts';

export const onlyFutureAbsencesDeletable: ValidationRule<AbsenceChange> = {
  id: 'R-ABS-01',
  title: 'Before release 2021-1 only future absences may be deleted',
  source: '001 N2',
  validFrom: null,
  validTo: '2021-03-15',
  evaluate({ kind, before }, businessDate) {
    if (kind !== 'delete' || !before || before.startDate >= businessDate) return null;
    return violation(
      onlyFutureAbsencesDeletable,
      'OnlyFutureAbsenceDeletable',
      `the absence started ${before.startDate}, before ${businessDate}`,
    );
  },
};
