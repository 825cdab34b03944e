// R-KF-12 — 000 §2.2: the new reasons 48 and 49 "kun tillades som afslutningsårsag på fravær 75" and "har samme
// validering, som de øvrige afslutningsårsager, hvilket betyder, at de ikke kan benyttes ved afslutning af
// fravær 'Sygdom – sygemelding'" (absence 11).
import { AbsenceTypes } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { newEnding, type AbsenceChange } from '../absence-change.ts';
import { ABSENCE_75_END_REASONS, EndReason } from './end-reasons.ts';

const ONLY_ON_ABSENCE_75: ReadonlySet<number> = new Set([EndReason.LeftInsuranceSystem, EndReason.TransitionRules]);

export const endReasonsOnlyOnAbsence75: ValidationRule<AbsenceChange> = {
  id: 'R-KF-12',
  title: 'End reasons 48 and 49 only on absence 75; no absence-75 end reason on absence 11',
  source: '000 §2.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(change) {
    const absence = newEnding(change);
    if (!absence) return null;
    const { absenceType, endReason } = absence;
    if (ONLY_ON_ABSENCE_75.has(endReason) && absenceType !== AbsenceTypes.KontaktforloebHosAkassen) {
      return violation(
        endReasonsOnlyOnAbsence75,
        'EndReasonNotAllowedForAbsenceType',
        `end reason ${endReason} may only end absence 75, not ${absenceType}`,
      );
    }
    if (ABSENCE_75_END_REASONS.has(endReason) && absenceType === AbsenceTypes.SygdomSygemelding) {
      return violation(
        endReasonsOnlyOnAbsence75,
        'EndReasonNotAllowedForAbsenceType',
        `end reason ${endReason} cannot end absence 11`,
      );
    }
    return null;
  },
};
