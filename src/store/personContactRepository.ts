// A citizen's contact persons (022_person_contact).
import type { PersonContact } from '../domain/personContact.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { deleteSome } from './batchDelete.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

function fromRow(r: Row): PersonContact {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    contactType: Number(r.contact_type),
    startDate: String(r.start_date),
    endDate: orNull(r.end_date),
    externalCaseWorkerId: orNull(r.external_caseworker_id),
    givenName: orNull(r.given_name),
    surname: orNull(r.surname),
    phone: orNull(r.phone),
    email: orNull(r.email),
    activityId: orNull(r.activity_id),
    authority: { organisationType: Number(r.authority_org_type), organisationCode: String(r.authority_org_code) },
  };
}

function toRow(c: PersonContact): Row {
  return {
    id: c.id,
    cpr: c.cpr,
    contact_type: c.contactType,
    start_date: c.startDate,
    end_date: c.endDate,
    external_caseworker_id: c.externalCaseWorkerId,
    given_name: c.givenName,
    surname: c.surname,
    phone: c.phone,
    email: c.email,
    activity_id: c.activityId,
    authority_org_type: c.authority.organisationType,
    authority_org_code: c.authority.organisationCode,
  };
}

/** The citizen's contact persons, oldest start first. */
export async function personContactsOf(q: Queryable, cpr: string): Promise<PersonContact[]> {
  const rows = (await q('person_contact').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map(fromRow);
}

export async function personContactById(q: Queryable, id: string): Promise<PersonContact | null> {
  const row = (await q('person_contact').where({ id }).first()) as Row | undefined;
  return row ? fromRow(row) : null;
}

export async function insertPersonContact(q: Transaction, c: PersonContact): Promise<void> {
  await q('person_contact').insert(toRow(c));
}

export async function updatePersonContact(q: Transaction, c: PersonContact): Promise<void> {
  const { id, ...rest } = toRow(c);
  await q('person_contact').where({ id }).update(rest);
}

export async function deletePersonContact(q: Transaction, id: string): Promise<void> {
  await q('person_contact').where({ id }).delete();
}

/** Whose contacts a retention rule selects: PersonContactService's own (R-DEL-08) or an activity's (R-DEL-09). */
export type ContactSource = 'own' | 'activity';

/** The contact persons of `source` whose relation ended on or before `endedOnOrBefore` (open ones never). */
function ended(q: Queryable, source: ContactSource, endedOnOrBefore: string) {
  const rows = q('person_contact').whereNotNull('end_date').andWhere('end_date', '<=', endedOnOrBefore);
  return source === 'activity' ? rows.whereNotNull('activity_id') : rows.whereNull('activity_id');
}

export function countEndedContacts(q: Queryable, source: ContactSource, endedOnOrBefore: string) {
  return countRows(ended(q, source, endedOnOrBefore));
}

/** Deletes the ended contacts (at most `limit`, a batch of the deletion engine); returns how many. */
export async function deleteEndedContacts(
  q: Transaction,
  source: ContactSource,
  endedOnOrBefore: string,
  limit?: number,
) {
  return deleteSome(q, 'person_contact', 'id', ended(q, source, endedOnOrBefore), limit);
}
