// The citizen's person category (personkategori / visitationskategori, PersonCategoryTypeIdentifier): periods
// like the contact groups', registered by a jobcentre or municipality (PersonRegistrationService
// Create/UpdatePersonCategory) and reset to 'Ikke visiteret' by DFDG's move batch (R-BAT-01). Which categories a
// contact group admits (the person-category matrix) is data here: the seeds name 'Ikke visiteret' and the
// registration categories applicant (ansøger) and recipient (modtager) of contact groups 2, 12, 26–29 (R-BAT-02,
// R-BAT-03); the 2022-3 matrix shows ids 4–15 without names or columns (visitation-absence.md §2.9, §4.2), so
// they are admitted in every contact group (D-258).
import type { IsoDate } from './types.ts';

export type { PersonCategoryPeriod } from './types.ts';

export const PersonCategory = { IkkeVisiteret: 1, Ansoeger: 2, Modtager: 3 } as const;

/** The contact groups whose citizens are applicants or recipients (R-BAT-02, R-BAT-03). */
export const APPLICANT_CONTACT_GROUPS: ReadonlySet<number> = new Set([2, 12, 26, 27, 28, 29]);

/** Whether `category` may be registered for a citizen in `contactGroup` (the person-category matrix, D-258). */
export function categoryAdmitted(category: number, contactGroup: number): boolean {
  if (category === PersonCategory.Ansoeger || category === PersonCategory.Modtager)
    return APPLICANT_CONTACT_GROUPS.has(contactGroup);
  return true;
}

/** Applicant and recipient are registration categories (tilmeldekategori, kept as person categories 2/3: D-265):
 *  the enrollment and KY decide them, not a jobcentre's assessment. */
export const isRegistrationCategory = (category: number): boolean =>
  category === PersonCategory.Ansoeger || category === PersonCategory.Modtager;

/** Applicant and recipient need an open enrollment (4656 otherwise). */
export const needsEnrollment = isRegistrationCategory;

/** A change of jobcentre affiliation a jobcentre or STAR registered (UpdatePersonJobcenter): a manual takeover
 *  when the new jobcentre registered it itself (R-BAT-01). */
export interface JobcentreChange {
  id: string;
  cpr: string;
  fromJobcenterCode: string;
  jobcenterCode: string;
  changeDate: IsoDate;
  registeredBy: { organisationType: number; organisationCode: string };
  registeredAt: string;
}
