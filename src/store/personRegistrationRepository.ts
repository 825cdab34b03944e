// Jobcentre affiliation changes, health limitations and asylum handover data (031_person_registration), and the
// 19-day batch's search of open applicant periods. The person category periods are part of the citizen's state
// (citizenRepository.ts).
import { PersonCategory, type JobcentreChange } from '../domain/personCategory.ts';
import type { AsylumHandover, HealthLimitation } from '../domain/personRegistration.ts';
import type { Row } from './citizenRows.ts';
import type { Queryable, Transaction } from './queryable.ts';

const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const by = (r: Row) => ({ organisationType: Number(r.org_type), organisationCode: String(r.org_code) });

export async function insertJobcentreChange(q: Transaction, c: JobcentreChange): Promise<void> {
  await q('person_jobcenter_change').insert({
    id: c.id,
    cpr: c.cpr,
    from_jobcenter_code: c.fromJobcenterCode,
    jobcenter_code: c.jobcenterCode,
    change_date: c.changeDate,
    org_type: c.registeredBy.organisationType,
    org_code: c.registeredBy.organisationCode,
    registered_at: c.registeredAt,
  });
}

/** The citizens with an open applicant period (person category 2 'Ansøger', no end) that started on or before
 *  `startedBy` (R-BAT-02's candidates). */
export async function cprsOfApplicantsSince(q: Queryable, startedBy: string): Promise<string[]> {
  const rows = (await q('person_category')
    .distinct('cpr')
    .where({ category: PersonCategory.Ansoeger })
    .whereNull('end_date')
    .andWhere('start_date', '<=', startedBy)
    .orderBy('cpr')) as { cpr: string }[];
  return rows.map((r) => String(r.cpr));
}

/** The citizen's registered jobcentre changes, oldest first. */
export async function jobcentreChangesOf(q: Queryable, cpr: string): Promise<JobcentreChange[]> {
  const rows = (await q('person_jobcenter_change')
    .where({ cpr })
    .orderBy([{ column: 'change_date' }, { column: 'id' }])) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr: String(r.cpr),
    fromJobcenterCode: String(r.from_jobcenter_code),
    jobcenterCode: String(r.jobcenter_code),
    changeDate: String(r.change_date),
    registeredBy: by(r),
    registeredAt: String(r.registered_at),
  }));
}

const healthLimitationRow = (h: HealthLimitation): Row => ({
  id: h.id,
  cpr: h.cpr,
  limitation_type: h.limitationType,
  start_date: h.startDate,
  end_date: h.endDate,
  description: h.description,
  org_type: h.registeredBy.organisationType,
  org_code: h.registeredBy.organisationCode,
  registered_at: h.registeredAt,
});

export async function insertHealthLimitation(q: Transaction, h: HealthLimitation): Promise<void> {
  await q('health_limitation').insert(healthLimitationRow(h));
}
export async function updateHealthLimitation(q: Transaction, h: HealthLimitation): Promise<void> {
  await q('health_limitation').where({ id: h.id }).update(healthLimitationRow(h));
}
export async function deleteHealthLimitation(q: Transaction, id: string): Promise<void> {
  await q('health_limitation').where({ id }).delete();
}

/** The citizen's health limitation `id`, or null (also when it is another citizen's). */
export async function findHealthLimitation(q: Queryable, cpr: string, id: string): Promise<HealthLimitation | null> {
  const r = (await q('health_limitation').where({ id, cpr }).first()) as Row | undefined;
  if (!r) return null;
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    limitationType: numOrNull(r.limitation_type),
    startDate: String(r.start_date),
    endDate: strOrNull(r.end_date),
    description: strOrNull(r.description),
    registeredBy: by(r),
    registeredAt: String(r.registered_at),
  };
}

const handoverRow = (a: AsylumHandover): Row => ({
  cpr: a.cpr,
  handover_date: a.handoverDate,
  municipality_code: a.municipalityCode,
  residence_permit_date: a.residencePermitDate,
  org_type: a.registeredBy.organisationType,
  org_code: a.registeredBy.organisationCode,
  registered_at: a.registeredAt,
});

export async function findAsylumHandover(q: Queryable, cpr: string): Promise<AsylumHandover | null> {
  const r = (await q('asylum_handover').where({ cpr }).first()) as Row | undefined;
  if (!r) return null;
  return {
    cpr: String(r.cpr),
    handoverDate: String(r.handover_date),
    municipalityCode: strOrNull(r.municipality_code),
    residencePermitDate: strOrNull(r.residence_permit_date),
    registeredBy: by(r),
    registeredAt: String(r.registered_at),
  };
}
export async function insertAsylumHandover(q: Transaction, a: AsylumHandover): Promise<void> {
  await q('asylum_handover').insert(handoverRow(a));
}
export async function updateAsylumHandover(q: Transaction, a: AsylumHandover): Promise<void> {
  await q('asylum_handover').where({ cpr: a.cpr }).update(handoverRow(a));
}
