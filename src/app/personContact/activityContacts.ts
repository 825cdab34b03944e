// The contact person an activity brings (a 'Personlig jobformidler', a mentor, an udslusningskoordinator: C-10),
// registered by ActivityService in the activity's own transaction. It belongs to the activity: PersonContactService
// shows it but refuses to change it (R-OTH-07, 60016); the activity changes it by calling this again.
import type { CitizenState } from '../../domain/types.ts';
import type { PersonContactFields } from '../../domain/personContact.ts';
import {
  deletePersonContact,
  insertPersonContact,
  personContactsOf,
  updatePersonContact,
} from '../../store/personContactRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { checkContactFields, registeringAuthority } from './personContacts.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/**
 * ActivityService's hook: the activity `activityId` of the citizen has the contact person `contact`. The first call
 * for an activity and type creates the contact, a later one replaces what is registered about it (the change
 * R-OTH-07 allows only through ActivityService). Returns the contact's PersonContactIdentifier.
 */
export async function registerActivityContact(
  w: WriteContext,
  citizen: CitizenState,
  activityId: string,
  contact: PersonContactFields,
): Promise<string> {
  requireCodeListValue('person-contact-types', contact.contactType, w.businessDate, 'PersonContactTypeIdentifier');
  checkContactFields(contact);
  const cpr = citizen.person.cpr;
  const existing = (await personContactsOf(w.trx, cpr)).find(
    (c) => c.activityId === activityId && c.contactType === contact.contactType,
  );
  if (existing) {
    await updatePersonContact(w.trx, { ...existing, ...contact });
    return existing.id;
  }
  const id = timeOrderedUuid();
  await insertPersonContact(w.trx, { ...contact, id, cpr, activityId, authority: registeringAuthority(w) });
  return id;
}

/** ActivityService's hook when an activity is deleted: its contact persons go with it. Returns how many. */
export async function removeActivityContacts(
  w: WriteContext,
  citizen: CitizenState,
  activityId: string,
): Promise<number> {
  const owned = (await personContactsOf(w.trx, citizen.person.cpr)).filter((c) => c.activityId === activityId);
  for (const c of owned) await deletePersonContact(w.trx, c.id);
  return owned.length;
}
