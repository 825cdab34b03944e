// R-KF-13 — 000 §2.2: "Det er alene DFDG, der sætter afslutningsårsag id 49 'Nytænkning 24, dp. kontaktforløb
// efter gl. regler' i forbindelse med opmærkning af borgere, der er omfattet af overgangsregler i lovens § 5,
// stk. 2". Authorities are refused; DFDG's own marking ends the transition group's absences 75 (A-03, A-05).
import { addDays } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { newEnding, type AbsenceChange } from '../absence-change.ts';
import { absences75 } from '../citizen-on-date.ts';
import { EndReason } from './end-reasons.ts';
import { isTransitionGroup } from './r-kf-04-transition-group.ts';

export const endReason49ByDfdg: ValidationRule<AbsenceChange> = {
  id: 'R-KF-13',
  title: 'End reason 49 can only be set by DFDG',
  source: '000 §2.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(change) {
    const absence = newEnding(change);
    if (!absence || absence.endReason !== EndReason.TransitionRules || change.actor.kind === 'dfdg') return null;
    return violation(endReason49ByDfdg, 'EndReasonReservedForDfdg', 'end reason 49 is set by DFDG only');
  },
};

/**
 * DFDG's marking of a transition-group citizen: every open absence 75 ends with reason 49 on the day
 * before the business date, but never before the absence's own start date.
 */
export function transitionMarking(
  state: CitizenState,
  businessDate: IsoDate,
): { absenceId: string; endDate: IsoDate; endReason: 49 }[] {
  if (!isTransitionGroup(state, businessDate)) return [];
  const dayBefore = addDays(businessDate, -1);
  return absences75(state)
    .filter((a) => a.endDate === null)
    .map((a) => ({
      absenceId: a.id,
      endDate: dayBefore < a.startDate ? a.startDate : dayBefore,
      endReason: EndReason.TransitionRules,
    }));
}
