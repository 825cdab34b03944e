// Reading and writing one citizen's state. Every function takes the caller's knex or transaction,
// so a handler's state changes and its outbox rows commit together. Sequential queries only: one
// SQL Server (tedious) connection runs one request at a time, so no Promise.all on a transaction.
import type { Knex } from 'knex';
import type { AkasseMembership, Absence, BenefitsAccount, CitizenState, ContactGroupPeriod, Enrollment, Person } from '../domain/types.ts';
import {
  absenceRow,
  benefitsAccountRow,
  contactGroupRow,
  enrollmentRow,
  membershipRow,
  personRow,
  toAbsence,
  toBenefitsAccount,
  toContactGroup,
  toEnrollment,
  toMembership,
  toPerson,
  type Row,
} from './citizenRows.ts';

export type Queryable = Knex | Knex.Transaction;

/** The citizen's state as the rules see it, or null when DFDG does not know the CPR. Deleted absences are left out. */
export async function loadCitizenState(q: Queryable, cpr: string): Promise<CitizenState | null> {
  const person = (await q('person').where({ cpr }).first()) as Row | undefined;
  if (!person) return null;
  const contactGroups = (await q('contact_group').where({ cpr }).orderBy([{ column: 'start_date' }, { column: 'id' }])) as Row[];
  const memberships = (await q('akasse_membership').where({ cpr }).orderBy([{ column: 'start_date' }, { column: 'id' }])) as Row[];
  const account = (await q('benefits_account').where({ cpr }).first()) as Row | undefined;
  const enrollments = (await q('enrollment').where({ cpr }).orderBy([{ column: 'enrollment_date' }, { column: 'id' }])) as Row[];
  const absences = (await q('absence')
    .where({ cpr })
    .whereNull('deleted_on')
    .orderBy([{ column: 'start_date' }, { column: 'id' }])) as Row[];
  return {
    person: toPerson(person),
    contactGroups: contactGroups.map(toContactGroup),
    memberships: memberships.map(toMembership),
    benefitsAccount: account ? toBenefitsAccount(account) : null,
    enrollments: enrollments.map(toEnrollment),
    absences: absences.map(toAbsence),
  };
}

/** One absence by id, deleted ones included (their deletedOn is set). */
export async function findAbsence(q: Queryable, id: string): Promise<Absence | null> {
  const row = (await q('absence').where({ id }).first()) as Row | undefined;
  return row ? toAbsence(row) : null;
}

/** CPRs with a not-deleted absence of `absenceType` that has no end date, or (given `asOf`) ends on or after it. */
export async function cprsWithOpenAbsence(q: Queryable, absenceType: number, asOf?: string): Promise<string[]> {
  const rows = (await q('absence')
    .distinct('cpr')
    .where({ absence_type: absenceType })
    .whereNull('deleted_on')
    .andWhere((w) => {
      w.whereNull('end_date');
      if (asOf !== undefined) w.orWhere('end_date', '>=', asOf);
    })
    .orderBy('cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

async function updateOne(q: Queryable, table: string, key: Row, row: Row): Promise<void> {
  const changed = await q(table).where(key).update(row);
  if (Number(changed) !== 1) throw new Error(`${table}: no row ${JSON.stringify(key)} to update`);
}

export async function insertPerson(q: Queryable, p: Person): Promise<void> {
  await q('person').insert(personRow(p));
}
export async function updatePerson(q: Queryable, p: Person): Promise<void> {
  await updateOne(q, 'person', { cpr: p.cpr }, personRow(p));
}

export async function insertContactGroup(q: Queryable, c: ContactGroupPeriod): Promise<void> {
  await q('contact_group').insert(contactGroupRow(c));
}
export async function updateContactGroup(q: Queryable, c: ContactGroupPeriod): Promise<void> {
  await updateOne(q, 'contact_group', { id: c.id }, contactGroupRow(c));
}

export async function insertMembership(q: Queryable, m: AkasseMembership): Promise<void> {
  await q('akasse_membership').insert(membershipRow(m));
}
export async function updateMembership(q: Queryable, m: AkasseMembership): Promise<void> {
  await updateOne(q, 'akasse_membership', { id: m.id }, membershipRow(m));
}

/** Insert or replace the citizen's one benefits account: read, then insert or update, in the caller's transaction. */
export async function upsertBenefitsAccount(q: Queryable, a: BenefitsAccount): Promise<void> {
  const exists = await q('benefits_account').where({ cpr: a.cpr }).first('cpr');
  if (exists) await updateOne(q, 'benefits_account', { cpr: a.cpr }, benefitsAccountRow(a));
  else await q('benefits_account').insert(benefitsAccountRow(a));
}

export async function insertEnrollment(q: Queryable, e: Enrollment): Promise<void> {
  await q('enrollment').insert(enrollmentRow(e));
}
export async function updateEnrollment(q: Queryable, e: Enrollment): Promise<void> {
  await updateOne(q, 'enrollment', { id: e.id }, enrollmentRow(e));
}

export async function insertAbsence(q: Queryable, a: Absence): Promise<void> {
  await q('absence').insert(absenceRow(a));
}
/** Full replace by id (deletion is an update that sets deletedOn). */
export async function updateAbsence(q: Queryable, a: Absence): Promise<void> {
  await updateOne(q, 'absence', { id: a.id }, absenceRow(a));
}
