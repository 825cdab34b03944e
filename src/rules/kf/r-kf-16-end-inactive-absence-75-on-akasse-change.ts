// R-KF-16 — 004 §1.1 "Afslutning af fravær ved skift af a-kasse": "Når en borger skiftede a-kasse, mens han var
// registreret med et inaktivt fravær 75 … i en af kontaktgrupperne 24, 25, 13 blev fraværet ikke afsluttet.
// Fejlen er rettet." Superseded for changes from 1 Jan 2024 by R-KF-07 (A-06). End reason 43 is our reading.
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { SICK_OR_JOBAFKLARING_CONTACT_GROUPS, absences75, contactGroupOn } from '../citizen-on-date.ts';
import { EndReason } from './end-reasons.ts';

export const endInactiveAbsence75OnAkasseChange: RuleMeta = {
  id: 'R-KF-16',
  title: '(2022 trial) A change of a-kasse ends an inactive absence 75 in contact group 13, 24 or 25',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: '2024-01-01',
};

/** The absence 75 DFDG ends on a change of a-kasse on `changeDate` under the 2022 rule, or null. */
export function trialEndOnAkasseChange(
  state: CitizenState,
  changeDate: IsoDate,
): { absenceId: string; endDate: IsoDate; endReason: number } | null {
  if (!inForce(endInactiveAbsence75OnAkasseChange, changeDate)) return null;
  const contactGroup = contactGroupOn(state, changeDate);
  if (contactGroup === null || !SICK_OR_JOBAFKLARING_CONTACT_GROUPS.has(contactGroup)) return null;
  const absence = absences75(state).find((a) => !a.active && a.endDate === null && a.startDate <= changeDate);
  return absence ? { absenceId: absence.id, endDate: changeDate, endReason: EndReason.LeftTrialAkasse } : null;
}
