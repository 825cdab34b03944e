// R-KF-07 — 000 §1.2: "Skifter borgeren under kontaktforløbet a-kasse, bliver fraværet ikke lukket, da alle
// a-kasser fra 2024 har kontaktforløb med deres medlemmer." Before 2024 the trial rule R-KF-16 applied (A-06).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { trialEndOnAkasseChange } from './r-kf-16-end-inactive-absence-75-on-akasse-change.ts';

export const akasseChangeKeepsAbsence75: RuleMeta = {
  id: 'R-KF-07',
  title: 'Changing a-kasse does not end absence 75',
  source: '000 §1.2',
  validFrom: '2024-01-01',
  validTo: null,
};

/** What a change of a-kasse membership on `changeDate` does to absence 75: end it (R-KF-16) or nothing. */
export function absence75OnMembershipChange(
  state: CitizenState,
  changeDate: IsoDate,
): { absenceId: string; endDate: IsoDate; endReason: number } | null {
  if (inForce(akasseChangeKeepsAbsence75, changeDate)) return null;
  return trialEndOnAkasseChange(state, changeDate);
}
