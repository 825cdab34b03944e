// What the rules ask of a citizen's state on a given day. Periods are inclusive, an open end runs
// on (release-rules A-58). Deleted absences are skipped even if a caller leaves them in the state.
import { overlaps, within } from '../domain/dates.ts';
import {
  AbsenceTypes,
  type Absence,
  type AkasseMembership,
  type CitizenState,
  type Enrollment,
  type IsoDate,
} from '../domain/types.ts';
import { absencesOf } from '../domain/citizenAbsences.ts';

/** Contact groups 13 'Jobafklaring', 24 'Sygemeldt fra beskæftigelse', 25 'Sygemeldt fra ledighed' (004 §1.1). */
export const SICK_OR_JOBAFKLARING_CONTACT_GROUPS: ReadonlySet<number> = new Set([13, 24, 25]);

/**
 * An enrollment's end date is its cancellation date, the first day without enrollment (as the enrollment
 * service reads it: a re-registration may start that day), so the enrollment covers [enrollmentDate, endDate).
 */
export function enrolledOn(enrollment: Enrollment, date: IsoDate): boolean {
  return enrollment.enrollmentDate <= date && (enrollment.endDate === null || date < enrollment.endDate);
}

export function contactGroupOn(state: CitizenState, date: IsoDate): number | null {
  return state.contactGroups.find((p) => within(date, p.startDate, p.endDate))?.contactGroup ?? null;
}

export function membershipsOn(state: CitizenState, date: IsoDate): AkasseMembership[] {
  return state.memberships.filter((m) => within(date, m.startDate, m.endDate));
}

/** The a-kasse the citizen is a member of on `date`, or null. */
export function currentAkasse(state: CitizenState, date: IsoDate): string | null {
  return state.memberships.find((m) => within(date, m.startDate, m.endDate))?.akasseCode ?? null;
}

export function isMemberOf(state: CitizenState, akasseCode: string, date: IsoDate): boolean {
  return membershipsOn(state, date).some((m) => m.akasseCode === akasseCode);
}

/** Absence 75 'Kontaktforløb er hos a-kassen', as a set of absence types. */
export const ABSENCE_75: ReadonlySet<number> = new Set([AbsenceTypes.KontaktforloebHosAkassen]);

/** The citizen's non-deleted absences 75 'Kontaktforløb er hos a-kassen'. */
export function absences75(state: CitizenState): Absence[] {
  return absencesOf(state, ABSENCE_75).filter((a) => a.deletedOn === null);
}

export function absenceCovers(absence: Absence, date: IsoDate): boolean {
  return absence.deletedOn === null && within(date, absence.startDate, absence.endDate);
}

/** Whether an active absence of one of `types` covers `date`. */
export function activeAbsenceOn(state: CitizenState, types: ReadonlySet<number>, date: IsoDate): boolean {
  return absencesOf(state, types).some((a) => a.active && absenceCovers(a, date));
}

export function absencesOverlap(a: Absence, b: Absence): boolean {
  return overlaps(a.startDate, a.endDate, b.startDate, b.endDate);
}
