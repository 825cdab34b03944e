// The seam between an activity and the contact-person register (R-OTH-07, C-10): an activity that carries a
// professional contact (type 3 'Personlig jobformidler', 2 'Udslusningskoordinator', 15 'Mentor') has it recorded
// as the citizen's contact person in the activity's transaction, marked as the activity's, so PersonContactService
// refuses to change it (60016) and a later UpdateActivity replaces it (D-197).
import type { ActivityContactRegistration } from '../../domain/activity.ts';
import type { CitizenState } from '../../domain/types.ts';
import type { WriteContext } from '../context.ts';
import { registerActivityContact } from '../personContact/activityContacts.ts';

export async function recordActivityContact(
  w: WriteContext,
  citizen: CitizenState,
  registration: ActivityContactRegistration,
): Promise<void> {
  const { contact } = registration;
  await registerActivityContact(w, citizen, registration.activityId, {
    contactType: contact.contactType,
    startDate: registration.startDate,
    endDate: registration.endDate,
    externalCaseWorkerId: null,
    givenName: contact.givenName,
    surname: contact.surname,
    phone: contact.telephone,
    email: contact.email,
  });
}
