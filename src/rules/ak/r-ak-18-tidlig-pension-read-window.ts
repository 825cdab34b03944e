// R-AK-18 — 004 §6.1: UDK reports Tidlig pension and Kompensationsbeløb to DFDG for the a-kasse's handling of
// efterløn; an a-kasse may read them (GetTidligPension) for its current members and, after a membership ended,
// until 3½ years after it ended, but only while the citizen has not become a member of another a-kasse since.
// "Until 3½ years after" is read as calendar months: a membership ended on 1 Jan 2022 may be read through
// 1 Jul 2025 inclusive (the rule's test: 30 Jun 2025 allowed, 2 Jul 2025 refused; D-213). Before release 2022-1
// only current members may read (the operation is the release's).
import { addMonths } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { isMemberOf } from '../citizen-on-date.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

/** 3½ years. */
export const TIDLIG_PENSION_READ_MONTHS = 42;

export const tidligPensionReadWindow: RuleMeta = {
  id: 'R-AK-18',
  title: 'An a-kasse reads Tidlig pension data until 3½ years after membership ends, unless the citizen joined another',
  source: '004 §6.1',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/** May a-kasse `akasseCode` read the citizen's Tidlig pension data on `date`? */
export function akasseMayReadTidligPension(state: CitizenState, akasseCode: string, date: IsoDate): boolean {
  if (isMemberOf(state, akasseCode, date)) return true;
  if (!inForce(tidligPensionReadWindow, date)) return false;
  const ended = state.memberships
    .filter((m) => m.akasseCode === akasseCode && m.endDate !== null && m.endDate < date)
    .map((m) => m.endDate!)
    .sort();
  const lastEnd = ended[ended.length - 1];
  if (lastEnd === undefined || date > addMonths(lastEnd, TIDLIG_PENSION_READ_MONTHS)) return false;
  const joinedAnother = state.memberships.some(
    (m) => m.akasseCode !== akasseCode && m.startDate > lastEnd && m.startDate <= date,
  );
  return !joinedAnother;
}
