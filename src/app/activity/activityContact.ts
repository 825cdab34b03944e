// The seam between an activity and the contact-person register (R-OTH-07, C-10): an activity that carries a
// professional contact (type 3 'Personlig jobformidler', 2 'Udslusningskoordinator', 15 'Mentor') has it recorded
// as the citizen's contact person in the activity's transaction, marked as the activity's, so PersonContactService
// refuses to change it (60016) and a later UpdateActivity replaces it (D-197). Scenario fixtures record an
// activity's contact through activityContactFields too (src/cli/scenario.ts).
import type { ActivityContactRegistration } from '../../domain/activity.ts';
import type { PersonContactFields } from '../../domain/personContact.ts';
import type { CitizenState } from '../../domain/types.ts';
import type { WriteContext } from '../context.ts';
import { registerActivityContact } from '../personContact/activityContacts.ts';

/** What the contact-person register holds about an activity's contact: its type and names, for the activity's
 *  period; the activity names no external case-worker id. */
export function activityContactFields(registration: ActivityContactRegistration): PersonContactFields {
  const { contact } = registration;
  return {
    contactType: contact.contactType,
    startDate: registration.startDate,
    endDate: registration.endDate,
    externalCaseWorkerId: null,
    givenName: contact.givenName,
    surname: contact.surname,
    phone: contact.telephone,
    email: contact.email,
  };
}

export async function recordActivityContact(
  w: WriteContext,
  citizen: CitizenState,
  registration: ActivityContactRegistration,
): Promise<void> {
  await registerActivityContact(w, citizen, registration.activityId, activityContactFields(registration));
}
