// KY's 'Ydelse er givet' (R-BAT-03): an applicant (person category 2 'Ansøger') in contact group 2, 12, 26, 27, 28
// or 29 becomes a recipient (3 'Modtager') from the event's date, registered by DFDG; the 19-day batch (R-BAT-02,
// applicantDeadline.ts) then passes them over. The applicant/recipient state is the person category, the one
// PersonRegistrationService shows and changes (D-265). Anyone else — a recipient already, another group, no
// applicant period — is left as they are, so the same decision sent twice (under two event ids) changes once.
import { PersonCategory } from '../../domain/personCategory.ts';
import type { FeedAnswer, KyEvent } from '../../domain/feedEvent.ts';
import type { CitizenState } from '../../domain/types.ts';
import { applicationGranted, benefitGranted, contactGroupOn, whileInForce } from '../../rules/index.ts';
import { replaceCategoryFrom } from '../citizen/personCategories.ts';
import type { WriteContext } from '../context.ts';

export async function applyBenefitGranted(w: WriteContext, citizen: CitizenState, e: KyEvent): Promise<FeedAnswer> {
  const cpr = citizen.person.cpr;
  const group = contactGroupOn(citizen, e.date);
  const applicant = whileInForce(benefitGranted, w.businessDate, null, () =>
    applicationGranted(citizen.personCategories, group, e.date),
  );
  if (!applicant) return { changed: false, cpr, effects: ['no applicant in contact groups 2/12/26-29: unchanged'] };
  await replaceCategoryFrom(w, citizen, applicant, PersonCategory.Modtager, e.date, applicant.endDate);
  return { changed: true, cpr, effects: [`applicant → recipient from ${e.date}`] };
}
