// What the absence × contact group × person category matrix of 2022-3 (visitation-absence.md §2.9, V8) still says
// after the page was flattened: the cells lost their columns, but each absence type's row keeps the person
// categories it names at all. A category (4–15) that no cell of a row names can have that absence in no contact
// group — that, and only that, the facade refuses (D-267): 4654 when a person category is registered over such an
// absence, 4592 when temporary work shorter than 15 days is registered for a citizen in such a category. Rows 3,
// 4, 8, 10, 11 name every category; rows 5, 12 and up were not retrieved (nothing is refused for them); the
// facade's own ids 1–3 ('Ikke visiteret', applicant, recipient, D-258) are not the matrix's and are never refused.
import { daysBetween } from './dates.ts';
import type { IsoDate } from './types.ts';

/** Person categories of the matrix (4–15). */
const MATRIX_CATEGORIES: ReadonlySet<number> = new Set([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);

/** Per absence type whose row names only some categories: the categories any of its cells names. */
const CATEGORIES_NAMED: ReadonlyMap<number, ReadonlySet<number>> = new Map([
  [1, new Set([4, 5, 6, 7, 8, 9, 10, 11])], // Uddannelse
  [2, new Set([4, 5, 6, 8, 9, 10, 11])], // MidlertidigtArbejde
  [6, new Set([4, 5, 6, 7, 8])], // Under18OgUdenForældreMedForsørgelsespligt
  [7, new Set([4, 5, 6, 7, 8])], // KanIkkeFåFoertidspensionEllerFolkepension
  [9, new Set([4, 5, 8])], // Friperiode
]);

/** The absence types whose row rules out some category: what a person-category registration reads (4654). */
export const ABSENCE_TYPES_LIMITING_CATEGORIES: ReadonlySet<number> = new Set(CATEGORIES_NAMED.keys());

/** Whether the matrix allows `absenceType` with person category `category` in no contact group at all. */
export function absenceNeverWithCategory(absenceType: number, category: number): boolean {
  const named = CATEGORIES_NAMED.get(absenceType);
  return named !== undefined && MATRIX_CATEGORIES.has(category) && !named.has(category);
}

/** Absence type 2 'Midlertidigt arbejde' (temporary work). */
export const TEMPORARY_WORK = 2;
/** Temporary work shorter than this many days is what 4592 refuses. */
export const TEMPORARY_WORK_MIN_DAYS = 15;

/** 4592: temporary work with an end date, shorter than 15 days (both days counted), for a citizen whose person
 *  category on the start date can have temporary work in no contact group. */
export function shortTemporaryWorkRefused(
  absence: { absenceType: number; startDate: IsoDate; endDate: IsoDate | null },
  categoryOnStart: number | null,
): boolean {
  if (absence.absenceType !== TEMPORARY_WORK || absence.endDate === null || categoryOnStart === null) return false;
  const days = daysBetween(absence.startDate, absence.endDate) + 1;
  return days < TEMPORARY_WORK_MIN_DAYS && absenceNeverWithCategory(TEMPORARY_WORK, categoryOnStart);
}
