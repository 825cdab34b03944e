// R-KF-14 — 002 N2 (release 2024-1): "Herefter kan følgende anvendes ved ophør af a-kassens periode med ansvar
// for kontaktforløbet: Periode med kontaktforløb i a-kassen er afsluttet (id 41), Borger er i målgruppe for
// uddannelsespålæg (id 45), Udmeldt af forsikringssystemet (id 48)"; 49 stays DFDG's (R-KF-13).
import { AbsenceTypes } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { newEnding, type AbsenceChange } from '../absence-change.ts';
import { EndReason } from './end-reasons.ts';

export const END_REASONS_FOR_AUTHORITIES: ReadonlySet<number> = new Set([
  EndReason.PeriodCompleted,
  EndReason.UddannelsespaalaegTargetGroup,
  EndReason.LeftInsuranceSystem,
]);

export const endReasonsFrom2024_1: ValidationRule<AbsenceChange> = {
  id: 'R-KF-14',
  title: 'Authorities end absence 75 only with end reasons 41, 45 or 48',
  source: '002 N2; 000 §2.2',
  validFrom: '2024-03-18',
  validTo: null,
  evaluate(change) {
    const absence = newEnding(change);
    if (!absence || absence.absenceType !== AbsenceTypes.KontaktforloebHosAkassen || change.actor.kind !== 'authority')
      return null;
    if (END_REASONS_FOR_AUTHORITIES.has(absence.endReason)) return null;
    return violation(
      endReasonsFrom2024_1,
      'EndReasonNotAllowedForAbsenceType',
      `end reason ${absence.endReason} cannot end absence 75; use 41, 45 or 48`,
    );
  },
};
