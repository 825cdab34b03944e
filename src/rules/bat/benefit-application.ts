// What R-BAT-02 and R-BAT-03 share: the contact groups whose citizens apply for a benefit and are registered as
// applicants (ansøger) until the benefit office (KY) decides (000 §1.12, §1.16). The applicant/recipient state is
// the person category 2 'Ansøger' / 3 'Modtager' (one source of truth, D-265).
import { APPLICANT_CONTACT_GROUPS, PersonCategory } from '../../domain/personCategory.ts';
import type { IsoDate, PersonCategoryPeriod } from '../../domain/types.ts';
import { within } from '../../domain/dates.ts';

/** Contact groups 2, 12, 26, 27, 28, 29 (000 §1.12, §1.16). */
export const BENEFIT_APPLICATION_CONTACT_GROUPS: ReadonlySet<number> = APPLICANT_CONTACT_GROUPS;

/** The applicant period (person category 2) open on `date`, or null. */
export function openApplicantPeriod(
  periods: readonly PersonCategoryPeriod[],
  date: IsoDate,
): PersonCategoryPeriod | null {
  return periods.find((p) => p.category === PersonCategory.Ansoeger && within(date, p.startDate, p.endDate)) ?? null;
}
