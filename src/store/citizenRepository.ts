// Reading and writing one citizen's state. Every function takes the caller's knex or transaction,
// so a handler's state changes and its outbox rows commit together. Sequential queries only: one
// SQL Server (tedious) connection runs one request at a time, so no Promise.all on a transaction.
import type { Knex } from 'knex';
import type {
  AkasseMembership,
  Absence,
  BenefitsAccount,
  CitizenState,
  ContactGroupPeriod,
  Enrollment,
  Person,
  PersonCategoryPeriod,
} from '../domain/types.ts';
import {
  absenceRow,
  benefitsAccountRow,
  contactGroupRow,
  enrollmentRow,
  membershipRow,
  personCategoryRow,
  personRow,
  toAbsence,
  toBenefitsAccount,
  toContactGroup,
  toEnrollment,
  toMembership,
  toPerson,
  toPersonCategory,
  type Row,
} from './citizenRows.ts';
import { loadAggregate } from './perCitizenAggregate.ts';
import { lockForTransaction } from './transactionLock.ts';

import type { Queryable, Transaction } from './queryable.ts';
import { insertRow } from './statements.ts';

/**
 * The queries that make up a citizen's state, one per table, each a knex builder of one CPR. They are the
 * one definition of the read: `loadCitizenState` runs them as one statement (SQLite, PostgreSQL) or one by one
 * (SQL Server), inside the caller's transaction; `SqliteSnapshotReader` compiles them once into a prepared statement.
 */
export const citizenStateQueries = {
  // person and benefits_account are keyed by CPR: at most one row each, no LIMIT needed.
  person: (q: Queryable, cpr: string) => q('person').where({ cpr }),
  contactGroups: (q: Queryable, cpr: string) =>
    q('contact_group')
      .where({ cpr })
      .orderBy([{ column: 'start_date' }, { column: 'id' }]),
  memberships: (q: Queryable, cpr: string) =>
    q('akasse_membership')
      .where({ cpr })
      .orderBy([{ column: 'start_date' }, { column: 'id' }]),
  benefitsAccount: (q: Queryable, cpr: string) => q('benefits_account').where({ cpr }),
  enrollments: (q: Queryable, cpr: string) =>
    q('enrollment')
      .where({ cpr })
      .orderBy([{ column: 'enrollment_date' }, { column: 'id' }]),
  absences: (q: Queryable, cpr: string) =>
    q('absence')
      .where({ cpr })
      .whereNull('deleted_on')
      .orderBy([{ column: 'start_date' }, { column: 'id' }]),
  personCategories: (q: Queryable, cpr: string) =>
    q('person_category')
      .where({ cpr })
      .orderBy([{ column: 'start_date' }, { column: 'id' }]),
};

export type CitizenStateQueries = typeof citizenStateQueries;
export type CitizenStateRows = { [K in keyof CitizenStateQueries]: Row[] };

const queriesByTypes = new Map<string, CitizenStateQueries>();

/**
 * The queries of a citizen's state whose absences are only those of `absenceTypes` (all without it): what a
 * write that declared the absence types it reads loads, so its cost does not grow with the citizen's history
 * (the `absence` index on cpr, absence_type, start_date finds them without reading the others). One object per
 * set of types, so the aggregate compiled from it (SQLite, PostgreSQL) is cached like the full one.
 */
export function citizenStateQueriesFor(absenceTypes?: ReadonlySet<number>): CitizenStateQueries {
  if (!absenceTypes) return citizenStateQueries;
  const types = [...absenceTypes].sort((a, b) => a - b);
  const key = types.join(',');
  let queries = queriesByTypes.get(key);
  if (!queries) {
    queries = {
      ...citizenStateQueries,
      absences: (q: Queryable, cpr: string) =>
        q('absence')
          .where({ cpr })
          .whereIn('absence_type', types)
          .whereNull('deleted_on')
          .orderBy([{ column: 'start_date' }, { column: 'id' }]),
    };
    queriesByTypes.set(key, queries);
  }
  return queries;
}

/** The state from its rows (each list in the order of its query), or null without a person row; `absenceTypes`
 *  when the absence rows are those of these types only. */
export function citizenStateFromRows(rows: CitizenStateRows, absenceTypes?: ReadonlySet<number>): CitizenState | null {
  const [person] = rows.person;
  if (!person) return null;
  const [account] = rows.benefitsAccount;
  const state: CitizenState = {
    person: toPerson(person),
    contactGroups: rows.contactGroups.map(toContactGroup),
    memberships: rows.memberships.map(toMembership),
    benefitsAccount: account ? toBenefitsAccount(account) : null,
    enrollments: rows.enrollments.map(toEnrollment),
    absences: rows.absences.map(toAbsence),
    personCategories: rows.personCategories.map(toPersonCategory),
  };
  if (absenceTypes) state.absenceTypes = absenceTypes;
  return state;
}

/** For a write: holds the citizen for the rest of the transaction (other writers about the same citizen wait;
 *  src/store/transactionLock.ts), then loads its state (with the absences of `absenceTypes` only, when given). */
export async function loadCitizenStateForUpdate(
  trx: Knex.Transaction,
  cpr: string,
  absenceTypes?: ReadonlySet<number>,
): Promise<CitizenState | null> {
  await holdCitizen(trx, cpr);
  return loadCitizenState(trx, cpr, absenceTypes);
}

/** Holds the citizen for the rest of the transaction: other writers about the same citizen wait. */
export async function holdCitizen(trx: Knex.Transaction, cpr: string): Promise<void> {
  await lockForTransaction(trx, `citizen|${cpr}`);
}

/** The citizen's state as the rules see it, or null when DFDG does not know the CPR. Deleted absences are left
 *  out; given `absenceTypes`, so are absences of other types. On SQLite and PostgreSQL one aggregate statement
 *  (perCitizenAggregate.ts); on SQL Server one query per table. */
export async function loadCitizenState(
  q: Queryable,
  cpr: string,
  absenceTypes?: ReadonlySet<number>,
): Promise<CitizenState | null> {
  return citizenStateFromRows(await loadAggregate(q, citizenStateQueriesFor(absenceTypes), cpr), absenceTypes);
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

async function updateOne(q: Transaction, table: string, key: Row, row: Row): Promise<void> {
  const changed = await q(table).where(key).update(row);
  if (Number(changed) !== 1) throw new Error(`${table}: no row ${JSON.stringify(key)} to update`);
}

export async function insertPerson(q: Transaction, p: Person): Promise<void> {
  await q('person').insert(personRow(p));
}
export async function updatePerson(q: Transaction, p: Person): Promise<void> {
  await updateOne(q, 'person', { cpr: p.cpr }, personRow(p));
}

export async function insertContactGroup(q: Transaction, c: ContactGroupPeriod): Promise<void> {
  await q('contact_group').insert(contactGroupRow(c));
}
export async function updateContactGroup(q: Transaction, c: ContactGroupPeriod): Promise<void> {
  await updateOne(q, 'contact_group', { id: c.id }, contactGroupRow(c));
}

export async function insertPersonCategory(q: Transaction, c: PersonCategoryPeriod): Promise<void> {
  await q('person_category').insert(personCategoryRow(c));
}
export async function updatePersonCategory(q: Transaction, c: PersonCategoryPeriod): Promise<void> {
  await updateOne(q, 'person_category', { id: c.id }, personCategoryRow(c));
}

export async function insertMembership(q: Transaction, m: AkasseMembership): Promise<void> {
  await q('akasse_membership').insert(membershipRow(m));
}
export async function updateMembership(q: Transaction, m: AkasseMembership): Promise<void> {
  await updateOne(q, 'akasse_membership', { id: m.id }, membershipRow(m));
}

/** Insert or replace the citizen's one benefits account: read, then insert or update, in the caller's transaction. */
export async function upsertBenefitsAccount(q: Transaction, a: BenefitsAccount): Promise<void> {
  const exists = await q('benefits_account').where({ cpr: a.cpr }).first('cpr');
  if (exists) await updateOne(q, 'benefits_account', { cpr: a.cpr }, benefitsAccountRow(a));
  else await q('benefits_account').insert(benefitsAccountRow(a));
}

export async function insertEnrollment(q: Transaction, e: Enrollment): Promise<void> {
  await q('enrollment').insert(enrollmentRow(e));
}
export async function updateEnrollment(q: Transaction, e: Enrollment): Promise<void> {
  await updateOne(q, 'enrollment', { id: e.id }, enrollmentRow(e));
}

export async function insertAbsence(q: Transaction, a: Absence): Promise<void> {
  await insertRow(q, 'absence', absenceRow(a));
}
/** Full replace by id (deletion is an update that sets deletedOn). */
export async function updateAbsence(q: Transaction, a: Absence): Promise<void> {
  await updateOne(q, 'absence', { id: a.id }, absenceRow(a));
}
