// The sanctions register and the availability assessments (026_sanctions).
import type { AvailabilityAssessment, Sanction } from '../domain/sanction.ts';
import type { IsoDate } from '../domain/types.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { deleteSome } from './batchDelete.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

function sanctionOf(r: Row): Sanction {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    akasse: String(r.akasse),
    reason: Number(r.reason),
    decisionDate: orNull(r.decision_date),
    limitationDate: String(r.limitation_date),
    servedDate: orNull(r.served_date),
    remark: orNull(r.remark),
    registeredOn: String(r.registered_on),
    deleteFrom: String(r.delete_from),
  };
}

function sanctionRow(s: Sanction): Row {
  return {
    id: s.id,
    cpr: s.cpr,
    akasse: s.akasse,
    reason: s.reason,
    decision_date: s.decisionDate,
    limitation_date: s.limitationDate,
    served_date: s.servedDate,
    remark: s.remark,
    registered_on: s.registeredOn,
    delete_from: s.deleteFrom,
  };
}

/** The citizen's sanctions, oldest registration first. */
export async function sanctionsOf(q: Queryable, cpr: string): Promise<Sanction[]> {
  const rows = (await q('sanction').where({ cpr }).orderBy(['registered_on', 'id'])) as Row[];
  return rows.map(sanctionOf);
}

export async function sanctionById(q: Queryable, id: string): Promise<Sanction | null> {
  const row = (await q('sanction').where({ id }).first()) as Row | undefined;
  return row ? sanctionOf(row) : null;
}

export async function insertSanction(q: Transaction, s: Sanction): Promise<void> {
  await q('sanction').insert(sanctionRow(s));
}

export async function updateSanction(q: Transaction, s: Sanction): Promise<void> {
  const { id, ...rest } = sanctionRow(s);
  await q('sanction').where({ id }).update(rest);
}

export async function deleteSanction(q: Transaction, id: string): Promise<void> {
  await q('sanction').where({ id }).delete();
}

/** Sanctions due for deletion on `today` (R-DEL-07). */
export function countSanctionsDue(q: Queryable, today: IsoDate): Promise<number> {
  return countRows(q('sanction').where('delete_from', '<=', today));
}

/** Deletes the sanctions due on `today` (at most `limit`, a batch of the deletion engine); returns how many. */
export async function deleteSanctionsDue(q: Transaction, today: IsoDate, limit?: number): Promise<number> {
  return deleteSome(q, 'sanction', 'id', q('sanction').where('delete_from', '<=', today), limit);
}

function assessmentOf(r: Row): AvailabilityAssessment {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    akasse: String(r.akasse),
    incidentDate: String(r.incident_date),
    assessmentType: Number(r.assessment_type),
    dateField1: String(r.date_field_1),
    dateField2: String(r.date_field_2),
    responseTo: orNull(r.response_to),
    answersKnownNuph: Boolean(r.answers_known_nuph),
    comments: orNull(r.comments),
    registeredOn: String(r.registered_on),
  };
}

export async function insertAvailabilityAssessment(q: Transaction, a: AvailabilityAssessment): Promise<void> {
  await q('availability_assessment').insert({
    id: a.id,
    cpr: a.cpr,
    akasse: a.akasse,
    incident_date: a.incidentDate,
    assessment_type: a.assessmentType,
    date_field_1: a.dateField1,
    date_field_2: a.dateField2,
    response_to: a.responseTo,
    answers_known_nuph: a.answersKnownNuph,
    comments: a.comments,
    registered_on: a.registeredOn,
  });
}

/** The citizen's availability assessments, by incident date. */
export async function availabilityAssessmentsOf(q: Queryable, cpr: string): Promise<AvailabilityAssessment[]> {
  const rows = (await q('availability_assessment').where({ cpr }).orderBy(['incident_date', 'id'])) as Row[];
  return rows.map(assessmentOf);
}

/** The assessments that answer `responseTo` (a NUPH or event id). */
export async function availabilityAssessmentsAnswering(
  q: Queryable,
  responseTo: string,
): Promise<AvailabilityAssessment[]> {
  const rows = (await q('availability_assessment').where({ response_to: responseTo }).orderBy('id')) as Row[];
  return rows.map(assessmentOf);
}
