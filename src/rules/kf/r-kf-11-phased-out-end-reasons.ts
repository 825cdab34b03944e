// R-KF-11 — 000 §2.2: "afslutningsårsagerne id 42, 43, 44 og 46 ikke kan benyttes, når fraværets slutdato er
// 1. januar 2024 eller senere. Årsagerne vil udgå i en senere release"; 002 N2 (release 2024-1): they "er
// derfor fjernet som registreringsmulighed". Stored rows that carry them stay readable.
import { violation, type ValidationRule } from '../engine.ts';
import { newEnding, type AbsenceChange } from '../absence-change.ts';
import { EndReason } from './end-reasons.ts';

export const PHASED_OUT_END_REASONS: ReadonlySet<number> = new Set([
  EndReason.MunicipalityNotInTrial,
  EndReason.LeftTrialAkasse,
  EndReason.EarlyEffortNeeded,
  EndReason.NewDagpengeRight,
]);
/** End dates from this day on may not carry a phased-out reason (from release 2023-4). */
export const PHASED_OUT_FOR_END_DATES_FROM = '2024-01-01';
/** Release 2024-1: the reasons are removed for any end date. */
export const PHASED_OUT_REMOVED_FROM = '2024-03-18';

export const phasedOutEndReasons: ValidationRule<AbsenceChange> = {
  id: 'R-KF-11',
  title: 'End reasons 42, 43, 44 and 46 are phased out',
  source: '000 §2.2; 002 N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(change, businessDate) {
    const absence = newEnding(change);
    if (!absence || !PHASED_OUT_END_REASONS.has(absence.endReason)) return null;
    if (businessDate >= PHASED_OUT_REMOVED_FROM) {
      return violation(
        phasedOutEndReasons,
        'EndReasonPhasedOut',
        `end reason ${absence.endReason} was removed in release 2024-1`,
      );
    }
    // An absence without an end date runs past 1 Jan 2024, so it counts as a late end date.
    if (absence.endDate === null || absence.endDate >= PHASED_OUT_FOR_END_DATES_FROM) {
      return violation(
        phasedOutEndReasons,
        'EndReasonPhasedOut',
        `end reason ${absence.endReason} cannot end an absence on or after 2024-01-01`,
      );
    }
    return null;
  },
};
