// R-KF-04 — 000 §1.2 (Overgangsregler): "Dagpengemodtagere, som er ledige henover den 1. januar 2024, er de
// eneste, der er omfattet af overgangsreglerne og skal fortsætte deres kontaktforløb hos jobcentret".
// No marking exists (000 §2.1 was withdrawn), so membership of the group is derived.
import { addDays } from '../../domain/dates.ts';
import { ClientCategory, type CitizenState, type IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { enrolledOn } from '../citizen-on-date.ts';
import { NEW_RULES_FROM, deregisteredForWorkSinceNewRules } from './r-kf-05-re-registration-after-work.ts';

export const transitionGroup: RuleMeta = {
  id: 'R-KF-04',
  title: 'Dagpenge recipients unemployed across 1 Jan 2024 stay with the jobcentre',
  source: '000 §1.2, §2.1, §2.2; 003 N3',
  validFrom: NEW_RULES_FROM,
  validTo: null,
};

/**
 * On `date` (from 1 Jan 2024): the citizen had a dagpenge enrollment covering both 31 Dec 2023 and
 * 1 Jan 2024, and has not since been deregistered because of work (R-KF-05).
 */
export function isTransitionGroup(state: CitizenState, date: IsoDate): boolean {
  if (date < NEW_RULES_FROM) return false;
  const lastOldDay = addDays(NEW_RULES_FROM, -1);
  const unemployedAcross = state.enrollments.some(
    (e) =>
      e.clientCategory === ClientCategory.Dagpengemodtager &&
      enrolledOn(e, lastOldDay) &&
      enrolledOn(e, NEW_RULES_FROM),
  );
  return unemployedAcross && !deregisteredForWorkSinceNewRules(state, date);
}
