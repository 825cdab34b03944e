// How far ahead a deregistration (afmelding) may be dated: 4322 "The cancellation date must be today, maximum 30
// days after or 60 in case of a less intensive effort" (visitation-absence.md §2.2). A less intensive effort
// ("mindre intensiv indsats", LAB) is what the absences 'på vej … (inden for 6 uger)' record: 43 efterløn/fleksydelse,
// 44 folkepension, 45 job, 46 barsel and 77 erhvervsuddannelse (release-rules R-ABS-02: 77 is "a new kind of
// mindre intensiv indsats"). The citizen is in one when such an absence is active on the business date (D-80).
import { addDays } from '../domain/dates.ts';
import type { CitizenState, IsoDate } from '../domain/types.ts';
import { activeAbsenceOn } from './citizen-on-date.ts';

export const LESS_INTENSIVE_EFFORT_ABSENCE_TYPES: ReadonlySet<number> = new Set([43, 44, 45, 46, 77]);

export function inLessIntensiveEffort(state: CitizenState, date: IsoDate): boolean {
  return activeAbsenceOn(state, LESS_INTENSIVE_EFFORT_ABSENCE_TYPES, date);
}

/** The last date a cancellation registered on `businessDate` may carry. */
export function latestCancellationDate(state: CitizenState, businessDate: IsoDate): IsoDate {
  return addDays(businessDate, inLessIntensiveEffort(state, businessDate) ? 60 : 30);
}
