// R-BAT-02 — 000 §1.16: DFDG's batch ends the registration of citizens in contact groups 2, 12, 26, 27, 28 or
// 29 who have been registered as applicants (ansøger) for more than 19 days without KY's 'Ydelse er givet'
// (best reading A-37: they are deregistered). Fixed in release 2023-4 (the batch had not been running); its
// first run catches every applicant older than 19 days. An applicant whose benefit was granted is a recipient
// (R-BAT-03) and has no open applicant period.
import { daysBetween } from '../../domain/dates.ts';
import type { IsoDate, PersonCategoryPeriod } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { BENEFIT_APPLICATION_CONTACT_GROUPS, openApplicantPeriod } from './benefit-application.ts';

export const applicantDeadline: RuleMeta = {
  id: 'R-BAT-02',
  title: 'Applicants with no benefit decision after 19 days are deregistered by the nightly batch',
  source: '000 §1.16',
  validFrom: '2023-12-04',
  validTo: null,
};

/** Days an applicant may wait for KY's decision; the batch ends the registration after them. */
export const APPLICANT_DAYS = 19;

/** The applicant period the batch ends on `date`: open, in one of the groups, begun more than 19 days before. */
export function overdueApplication(
  periods: readonly PersonCategoryPeriod[],
  contactGroup: number | null,
  date: IsoDate,
): PersonCategoryPeriod | null {
  if (contactGroup === null || !BENEFIT_APPLICATION_CONTACT_GROUPS.has(contactGroup)) return null;
  const open = openApplicantPeriod(periods, date);
  return open && daysBetween(open.startDate, date) > APPLICANT_DAYS ? open : null;
}
