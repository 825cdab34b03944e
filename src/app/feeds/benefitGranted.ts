// KY's 'Ydelse er givet' (R-BAT-03): an applicant (ansøger) in contact group 2, 12, 26, 27, 28 or 29 becomes a
// recipient (modtager) from the event's date; the 19-day batch (R-BAT-02, applicantDeadline.ts) then passes them
// over. Anyone else — a recipient already, another group, no applicant period — is left as they are.
import { RegistrationCategory, type FeedAnswer, type KyEvent } from '../../domain/feedEvent.ts';
import { addDays } from '../../domain/dates.ts';
import type { CitizenState } from '../../domain/types.ts';
import { applicationGranted, benefitGranted, contactGroupOn, whileInForce } from '../../rules/index.ts';
import {
  insertRegistrationCategory,
  registrationCategoriesOf,
  updateRegistrationCategory,
} from '../../store/feedRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';

export async function applyBenefitGranted(w: WriteContext, citizen: CitizenState, e: KyEvent): Promise<FeedAnswer> {
  const cpr = citizen.person.cpr;
  const periods = await registrationCategoriesOf(w.trx, cpr);
  const group = contactGroupOn(citizen, e.date);
  const applicant = whileInForce(benefitGranted, w.businessDate, null, () =>
    applicationGranted(periods, group, e.date),
  );
  if (!applicant) return { changed: false, cpr, effects: ['no applicant in contact groups 2/12/26-29: unchanged'] };
  if (applicant.startDate < e.date) {
    await updateRegistrationCategory(w.trx, { ...applicant, endDate: addDays(e.date, -1) });
    await insertRegistrationCategory(w.trx, {
      id: timeOrderedUuid(),
      cpr,
      category: RegistrationCategory.Modtager,
      startDate: e.date,
      endDate: applicant.endDate,
    });
  } else {
    await updateRegistrationCategory(w.trx, { ...applicant, category: RegistrationCategory.Modtager });
  }
  return { changed: true, cpr, effects: [`applicant → recipient from ${e.date}`] };
}
