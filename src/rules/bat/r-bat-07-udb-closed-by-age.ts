// R-BAT-07 — 004 §3.5 (existing rule): the nightly batch closes the UDB subscription when the citizen turns 30, or
// 25 when the citizen is in contact group 1 (on the 25th birthday), with close reason 5 'Alder'.
import { birthdayOfAge } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { UdbCloseReason } from '../../domain/udb.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { RuleMeta } from '../engine.ts';

export const udbClosedByAge: RuleMeta = {
  id: 'R-BAT-07',
  title: 'UDB subscription closed by age (reason 5): 30, or 25 in contact group 1',
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

export interface UdbClosing {
  date: IsoDate;
  reason: number | null;
  ruleId: string;
}

/** The age closing due on `businessDate`: on the 25th birthday in contact group 1, else on the 30th; null before. */
export function udbAgeClosing(state: CitizenState, businessDate: IsoDate): UdbClosing | null {
  const at25 = birthdayOfAge(state.person.birthDate, 25);
  if (at25 <= businessDate && contactGroupOn(state, at25) === 1)
    return { date: at25, reason: UdbCloseReason.Alder, ruleId: udbClosedByAge.id };
  const at30 = birthdayOfAge(state.person.birthDate, 30);
  return at30 <= businessDate ? { date: at30, reason: UdbCloseReason.Alder, ruleId: udbClosedByAge.id } : null;
}
