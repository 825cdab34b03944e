// What R-BAT-02 and R-BAT-03 share: the contact groups whose citizens apply for a benefit and are registered as
// applicants (ansøger) until the benefit office (KY) decides (000 §1.12, §1.16).
import { RegistrationCategory, type RegistrationCategoryPeriod } from '../../domain/feedEvent.ts';
import type { IsoDate } from '../../domain/types.ts';
import { within } from '../../domain/dates.ts';

/** Contact groups 2, 12, 26, 27, 28, 29 (000 §1.12, §1.16). */
export const BENEFIT_APPLICATION_CONTACT_GROUPS: ReadonlySet<number> = new Set([2, 12, 26, 27, 28, 29]);

/** The applicant period open on `date`, or null. */
export function openApplicantPeriod(
  periods: readonly RegistrationCategoryPeriod[],
  date: IsoDate,
): RegistrationCategoryPeriod | null {
  return (
    periods.find((p) => p.category === RegistrationCategory.Ansoeger && within(date, p.startDate, p.endDate)) ?? null
  );
}
