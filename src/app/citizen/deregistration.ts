// Afmelding: the citizen's open enrollment ends on `date` with a cancellation reason, the contact group its
// category put the citizen in closes with it, and job orders lose the citizen as a candidate where the rules
// say so (R-JO-09: no longer insured unemployed; R-JO-10: no open contact group — on a later date the
// nightly candidate check does it). Used by CancelUnemploymentEnrollment and by DFDG's own deregistration
// after a missed self-booking deadline (R-MTG-09). The cancellation is notified as
// GetCancelUnemploymentEnrollmentVersion4, the closed contact group as GetContactGroupVersion4. An applicant or
// recipient period (person category 2/3, which needs the enrollment: 4656) ends with it (D-265).
import { isRegistrationCategory } from '../../domain/personCategory.ts';
import type { CitizenState, Enrollment, IsoDate } from '../../domain/types.ts';
import { cancellationMessages } from '../../outbox/registrationMessages.ts';
import { contactGroupForClientCategory, registrationReceivers } from '../../rules/index.ts';
import { loadCitizenState, updateEnrollment } from '../../store/citizenRepository.ts';
import { removeLeavingCandidates } from '../jobOrder/candidateRemoval.ts';
import type { WriteContext } from '../context.ts';
import { saveContactGroup } from './contactGroupChange.ts';
import { endCategoryOn } from './personCategories.ts';

export async function deregister(
  c: WriteContext,
  state: CitizenState,
  open: Enrollment,
  date: IsoDate,
  reason: number,
): Promise<void> {
  const cancelled = { ...open, endDate: date, endReason: reason };
  await updateEnrollment(c.trx, cancelled);
  await c.outbox.enqueue(cancellationMessages(cancelled, registrationReceivers(state, c.businessDate), c));
  const group = contactGroupForClientCategory(open.clientCategory);
  const openGroup = state.contactGroups.find((g) => g.endDate === null && g.contactGroup === group);
  if (openGroup) await saveContactGroup(c, state, { ...openGroup, endDate: date });
  const registration = state.personCategories.find(
    (p) => isRegistrationCategory(p.category) && p.startDate <= date && (p.endDate === null || p.endDate > date),
  );
  if (registration) await endCategoryOn(c, registration, date);
  await removeLeavingCandidates(c, (await loadCitizenState(c.trx, state.person.cpr))!);
}
