// R-BAT-06 — 004 §3.1 (OBS), release 2022-1: when a citizen in contact group 12 or 28 turns 30, DFDG changes the
// contact group to 2 'Kontanthjælpsmodtager' (from 12) or 26 'Overgangsydelsesmodtager efter LAB' (from 28) —
// the mapping is a best reading — from the 30th birthday, and inactivates Min plan. It applies to the
// participants of the job-directed trial too (nothing tells them apart here).
import { birthdayOfAge } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

export const youthGroupsAt30: RuleMeta = {
  id: 'R-BAT-06',
  title: 'Contact groups 12 and 28 change to 2 and 26 at age 30, and Min plan is inactivated',
  source: '004 §3.1',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/** Youth contact group → the group DFDG moves the citizen to at 30. */
export const GROUP_AT_30: ReadonlyMap<number, number> = new Map([
  [12, 2],
  [28, 26],
]);

export interface GroupChangeAt30 {
  from: number;
  to: number;
  /** The 30th birthday: the first day in the new group. */
  date: IsoDate;
}

/** The change DFDG makes on `businessDate`: the citizen is 30 and was in group 12 or 28 on the 30th birthday (still open). */
export function groupChangeAt30(state: CitizenState, businessDate: IsoDate): GroupChangeAt30 | null {
  const birthday = birthdayOfAge(state.person.birthDate, 30);
  if (birthday > businessDate) return null;
  const from = contactGroupOn(state, birthday);
  const to = from === null ? undefined : GROUP_AT_30.get(from);
  if (from === null || to === undefined) return null;
  const open = state.contactGroups.find((g) => g.endDate === null);
  if (open?.contactGroup !== from) return null; // the group changed since the birthday: nothing to move
  return { from, to, date: birthday };
}
