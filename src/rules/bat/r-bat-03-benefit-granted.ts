// R-BAT-03 — 000 §1.12: when the benefit office (KY) reports 'Ydelse er givet' for a citizen in contact group 2,
// 12, 26, 27, 28 or 29 registered as applicant (ansøger), DFDG changes the registration category to recipient
// (modtager); R-BAT-02's batch then passes the citizen over. Fixed in release 2023-4. A citizen who is no
// applicant (already a recipient, or another group) is left as they are: a second 'Ydelse er givet' changes
// nothing. The categories are the person categories 2 'Ansøger' / 3 'Modtager' (D-265).
import type { IsoDate, PersonCategoryPeriod } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { BENEFIT_APPLICATION_CONTACT_GROUPS, openApplicantPeriod } from './benefit-application.ts';

export const benefitGranted: RuleMeta = {
  id: 'R-BAT-03',
  title: "KY's 'Ydelse er givet' switches an applicant in contact groups 2/12/26-29 to recipient",
  source: '000 §1.12',
  validFrom: '2023-12-04',
  validTo: null,
};

/** The applicant period 'Ydelse er givet' on `date` ends (the recipient period starts that day), or null. */
export function applicationGranted(
  periods: readonly PersonCategoryPeriod[],
  contactGroup: number | null,
  date: IsoDate,
): PersonCategoryPeriod | null {
  if (contactGroup === null || !BENEFIT_APPLICATION_CONTACT_GROUPS.has(contactGroup)) return null;
  return openApplicantPeriod(periods, date);
}
