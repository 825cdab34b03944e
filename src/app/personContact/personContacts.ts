// A citizen's contact persons through PersonContactService (conventions.md S40): CreatePersonContact attaches one
// of a C-10 type from a start date; UpdatePersonContact changes the one it names — by PersonContactIdentifier, or
// "for the given role" (the citizen's current contact of that type) as the page says —; DeletePersonContact removes
// one; GetPersonContacts lists them. A contact that belongs to an activity is changed only through ActivityService
// (R-OTH-07, `registerActivityContact` in ./activityContacts.ts); types 2 and 15 are only created there (5062).
// No notification: the one message derived from the service (GetPersonContactsVersion1) is a working draft with
// no receivers (notifications-wsrm-wsb.md §4.2, D-9xx).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import {
  ACTIVITY_CONTACT_TYPES,
  PersonContactTypes,
  type PersonContact,
  type PersonContactFields,
} from '../../domain/personContact.ts';
import { fault } from '../../faults/catalogue.ts';
import { personContactChangeRules, type PersonContactChange } from '../../rules/index.ts';
import {
  deletePersonContact,
  insertPersonContact,
  personContactById,
  personContactsOf,
  updatePersonContact,
} from '../../store/personContactRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** The authority a new contact is registered under (ResponsibleAuthority, "the authority that created the
 *  contact"): the caller's organisation (DFDG itself as STAR, code -1). */
export function registeringAuthority(w: WriteContext): PersonContact['authority'] {
  return w.actor.kind === 'authority'
    ? { organisationType: w.actor.organisationType, organisationCode: w.actor.organisationCode }
    : { organisationType: 1, organisationCode: '-1' };
}

/** Checks of what a caller registers, common to PersonContactService and the activity's hook. */
export function checkContactFields(fields: PersonContactFields): void {
  if (fields.endDate !== null && fields.endDate < fields.startDate)
    throw fault('PersonContactEndBeforeStart', `EndDate ${fields.endDate} before StartDate ${fields.startDate}`);
}

function enforce(w: WriteContext, change: PersonContactChange): void {
  enforceRules(personContactChangeRules, change, w.businessDate);
  if (change.fields)
    requireCodeListValue(
      'person-contact-types',
      change.fields.contactType,
      w.businessDate,
      'PersonContactTypeIdentifier',
    );
}

/** Attaches a new contact person to the citizen; returns its PersonContactIdentifier (the caller's, when given). */
export async function createPersonContact(
  w: WriteContext,
  citizen: CitizenState,
  fields: PersonContactFields,
  id: string | null,
): Promise<string> {
  enforce(w, { kind: 'create', fields, before: null });
  if (ACTIVITY_CONTACT_TYPES.has(fields.contactType) && fields.contactType !== PersonContactTypes.PersonligJobformidler)
    throw fault('ActivityContactTypeNotAllowed', `type ${fields.contactType} comes from an activity`);
  checkContactFields(fields);
  const contactId = id ?? timeOrderedUuid();
  if (id !== null && (await personContactById(w.trx, id)))
    throw fault('IdentifierInUse', `PersonContactIdentifier ${id}`);
  await insertPersonContact(w.trx, {
    ...fields,
    id: contactId,
    cpr: citizen.person.cpr,
    activityId: null,
    authority: registeringAuthority(w),
  });
  return contactId;
}

/** The contact an update or deletion names: by id, or the citizen's one current contact of the type. */
async function namedContact(
  w: WriteContext,
  cpr: string,
  id: string | null,
  contactType: number | null,
): Promise<PersonContact> {
  if (id !== null) {
    const found = await personContactById(w.trx, id);
    if (!found || found.cpr !== cpr) throw fault('UnknownPersonContact', `PersonContactIdentifier ${id}`);
    return found;
  }
  const current = (await personContactsOf(w.trx, cpr)).filter(
    (c) => c.contactType === contactType && currentOn(c, w.businessDate),
  );
  if (current.length === 0) throw fault('UnknownPersonContact', `no current contact person of type ${contactType}`);
  if (current.length > 1) throw fault('AmbiguousPersonContact', `${current.length} of type ${contactType}`);
  return current[0]!;
}

const currentOn = (c: PersonContact, date: IsoDate) => c.endDate === null || c.endDate >= date;

/** Replaces what is registered about the named contact person; its type and ResponsibleAuthority (the authority
 *  that created it, the page says) stay. */
export async function updatePersonContactOf(
  w: WriteContext,
  citizen: CitizenState,
  fields: PersonContactFields,
  id: string | null,
): Promise<void> {
  const before = await namedContact(w, citizen.person.cpr, id, fields.contactType);
  enforce(w, { kind: 'update', fields, before });
  if (before.contactType !== fields.contactType)
    throw fault('PersonContactTypeCannotChange', `type ${before.contactType}, not ${fields.contactType}`);
  checkContactFields(fields);
  await updatePersonContact(w.trx, { ...before, ...fields });
}

export async function deletePersonContactOf(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  const before = await namedContact(w, citizen.person.cpr, id, null);
  enforce(w, { kind: 'delete', fields: null, before });
  await deletePersonContact(w.trx, before.id);
}

/** The citizen's contact persons, oldest first. */
export async function personContacts(r: ReadContext, cpr: string): Promise<PersonContact[]> {
  return personContactsOf(r.db, cpr);
}
