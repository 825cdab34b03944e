// R-BAT-05 — 000 §1.7: DFDG ends an activity supplement when the citizen turns 30, with effect from the 30th
// birthday (born 10 May 1994 → ended with effect from 10 May 2024). Best reading: it also ends the
// supplement when the citizen's contact group is one where the supplement is not lawful, with effect from the
// first day in that group. The end date kept is the day of effect (D-250). Notification: R-NOT-04.
import { birthdayOfAge } from '../../domain/dates.ts';
import type { ActivitySupplement, SupplementEndReason } from '../../domain/activitySupplement.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2023_4 } from '../ak/r-ak-01-nuph-lists.ts';
import { SUPPLEMENT_AGE_LIMIT, SUPPLEMENT_CONTACT_GROUPS } from '../plan/r-plan-17-supplement-contact-group-5.ts';

export const supplementEndsAt30: RuleMeta = {
  id: 'R-BAT-05',
  title: 'DFDG ends the activity supplement when the citizen turns 30 (or leaves a lawful contact group)',
  source: '000 §1.7',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export interface SupplementEnding {
  supplementId: string;
  endDate: IsoDate;
  endReason: SupplementEndReason;
}

/** The first day after the supplement's start that its contact group is not lawful, up to `businessDate`. */
function leftLawfulGroups(state: CitizenState, from: IsoDate, businessDate: IsoDate): IsoDate | null {
  const starts = state.contactGroups
    .filter((g) => g.startDate <= businessDate && (g.endDate === null || g.endDate >= from))
    .filter((g) => !SUPPLEMENT_CONTACT_GROUPS.has(g.contactGroup))
    .map((g) => (g.startDate > from ? g.startDate : from))
    .sort();
  return starts[0] ?? null;
}

/** The open supplements DFDG ends on `businessDate`: the earlier of the 30th birthday and the move out of a lawful group, once reached. */
export function supplementEndings(
  state: CitizenState,
  supplements: readonly ActivitySupplement[],
  businessDate: IsoDate,
): SupplementEnding[] {
  const birthday30 = birthdayOfAge(state.person.birthDate, SUPPLEMENT_AGE_LIMIT);
  const endings: SupplementEnding[] = [];
  for (const s of supplements) {
    if (s.endDate !== null) continue;
    const groupEnd = leftLawfulGroups(state, s.eventDate, businessDate);
    const ageEnd = birthday30 <= businessDate ? birthday30 : null;
    if (ageEnd !== null && (groupEnd === null || ageEnd <= groupEnd))
      endings.push({ supplementId: s.id, endDate: ageEnd < s.eventDate ? s.eventDate : ageEnd, endReason: 'age30' });
    else if (groupEnd !== null) endings.push({ supplementId: s.id, endDate: groupEnd, endReason: 'contactGroup' });
  }
  return endings;
}
