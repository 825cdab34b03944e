// Reading and writing job orders (005_job_orders), in the caller's knex or transaction so an order's change,
// its parties and its notifications commit together.
import type { Authority, Candidate, JobOrder } from '../domain/jobOrder.ts';
import { OrganisationType, type Actor } from '../domain/types.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;

const orderRow = (o: JobOrder) => ({
  id: o.id,
  // The CVR column is a search key only (the order is in `data`); an order without a company has none ('').
  cvr: o.company?.cvr ?? '',
  type: o.type,
  status: o.status,
  available_to_all: o.availableToAll,
  responsible_org_type: o.responsible.organisationType,
  version: o.version,
  data: JSON.stringify(o),
});

export async function findJobOrder(q: Queryable, id: string): Promise<JobOrder | null> {
  const row = (await q('job_order').where({ id }).first()) as Row | undefined;
  return row ? (JSON.parse(String(row.data)) as JobOrder) : null;
}

export async function insertJobOrder(q: Transaction, o: JobOrder): Promise<void> {
  await q('job_order').insert(orderRow(o));
  await setPrimaryParties(q, o);
}

/** Replaces the order if it is still at the version before `o` (a concurrent change fails). */
export async function updateJobOrder(q: Transaction, o: JobOrder): Promise<void> {
  const changed = await q('job_order')
    .where({ id: o.id, version: o.version - 1 })
    .update(orderRow(o));
  if (Number(changed) !== 1)
    throw new Error(`job order ${o.id}: changed concurrently (expected version ${o.version - 1})`);
  await setPrimaryParties(q, o);
}

/** The primary and invited parties (D-121) follow the order; readers (R-JO-03) stay unless they became one. */
async function setPrimaryParties(q: Queryable, o: JobOrder): Promise<void> {
  await q('job_order_party').where({ job_order_id: o.id }).whereIn('role', ['primary', 'invited']).del();
  const parties = [
    ...o.primary.map((a) => ({ a, role: 'primary' })),
    ...(o.invited ?? []).map((a) => ({ a, role: 'invited' })),
  ];
  for (const { a, role } of parties) {
    await q('job_order_party')
      .where({ job_order_id: o.id, org_type: a.organisationType, org_code: a.organisationCode })
      .del();
    await q('job_order_party').insert({
      job_order_id: o.id,
      org_type: a.organisationType,
      org_code: a.organisationCode,
      role,
    });
  }
}

/** Outside jobcentres that may read the order (R-JO-03). */
export async function readersOf(q: Queryable, jobOrderId: string): Promise<Authority[]> {
  const rows = (await q('job_order_party')
    .where({ job_order_id: jobOrderId, role: 'reader' })
    .orderBy(['org_type', 'org_code'])) as Row[];
  return rows.map((r) => ({ organisationType: Number(r.org_type), organisationCode: String(r.org_code) }));
}

export async function addReader(q: Transaction, jobOrderId: string, a: Authority): Promise<void> {
  const exists = await q('job_order_party')
    .where({ job_order_id: jobOrderId, org_type: a.organisationType, org_code: a.organisationCode })
    .first();
  if (!exists)
    await q('job_order_party').insert({
      job_order_id: jobOrderId,
      org_type: a.organisationType,
      org_code: a.organisationCode,
      role: 'reader',
    });
}

export interface JobOrderSearch {
  cvr?: string;
  type?: number;
  status?: number;
  /** Leave out orders with this status (a company does not see 4 'Fejlrettet', R-JO-13). */
  hiddenStatus?: number;
  /** Only orders this authority is a party of — or, when it is a jobcentre, shared ones and those an a-kasse runs (R-JO-01). */
  visibleTo?: Authority & { jobcentre: boolean };
  limit: number;
}

export async function searchJobOrders(q: Queryable, s: JobOrderSearch): Promise<JobOrder[]> {
  const query = q('job_order').select('job_order.data').orderBy('job_order.id').limit(s.limit);
  if (s.cvr !== undefined) query.where('job_order.cvr', s.cvr);
  if (s.type !== undefined) query.where('job_order.type', s.type);
  if (s.status !== undefined) query.where('job_order.status', s.status);
  if (s.hiddenStatus !== undefined) query.whereNot('job_order.status', s.hiddenStatus);
  const v = s.visibleTo;
  if (v) {
    query.where((w) => {
      w.whereExists((e) =>
        e
          .select(q.raw('1'))
          .from('job_order_party')
          .whereRaw('job_order_party.job_order_id = job_order.id')
          .andWhere({ org_type: v.organisationType, org_code: v.organisationCode }),
      );
      if (v.jobcentre)
        w.orWhere('job_order.available_to_all', true).orWhere(
          'job_order.responsible_org_type',
          OrganisationType.AKasse,
        );
    });
  }
  return ((await query) as Row[]).map((r) => JSON.parse(String(r.data)) as JobOrder);
}

// --- candidates and the placement log ----------------------------------------------------------------

const candidateRow = (c: Candidate) => ({
  id: c.id,
  job_order_id: c.jobOrderId,
  cpr: c.cpr,
  removed: c.removed,
  version: c.version,
  data: JSON.stringify(c),
});

export async function findCandidate(q: Queryable, id: string): Promise<Candidate | null> {
  const row = (await q('job_order_candidate').where({ id }).first()) as Row | undefined;
  return row ? (JSON.parse(String(row.data)) as Candidate) : null;
}

export async function candidatesOf(q: Queryable, jobOrderId: string): Promise<Candidate[]> {
  const rows = (await q('job_order_candidate').where({ job_order_id: jobOrderId }).orderBy('id')) as Row[];
  return rows.map((r) => JSON.parse(String(r.data)) as Candidate);
}

/** A citizen's candidacies still on a job order (the automatic removals look at them). */
export async function activeCandidaciesOf(q: Queryable, cpr: string): Promise<Candidate[]> {
  const rows = (await q('job_order_candidate').where({ cpr, removed: false }).orderBy('id')) as Row[];
  return rows.map((r) => JSON.parse(String(r.data)) as Candidate);
}

/** CPRs with a candidacy still on a job order. */
export async function cprsOfActiveCandidates(q: Queryable): Promise<string[]> {
  const rows = (await q('job_order_candidate').distinct('cpr').where({ removed: false }).orderBy('cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

/** Stores a new candidate (version 1) or a change (version + 1), and logs it. */
export async function saveCandidate(q: Transaction, c: Candidate, by: Actor): Promise<void> {
  if (c.version === 1) await q('job_order_candidate').insert(candidateRow(c));
  else {
    const changed = await q('job_order_candidate')
      .where({ id: c.id, version: c.version - 1 })
      .update(candidateRow(c));
    if (Number(changed) !== 1) throw new Error(`candidate ${c.id}: changed concurrently`);
  }
  await q('job_order_candidate_log').insert({
    job_order_id: c.jobOrderId,
    candidate_id: c.id,
    event_date: c.changedAt,
    org_type: by.kind === 'authority' ? by.organisationType : null,
    org_code: by.kind === 'authority' ? by.organisationCode : null,
    snapshot: JSON.stringify(c),
  });
}

export interface CandidateLogEntry {
  candidate: Candidate;
  eventDate: string;
  by: Authority | null;
}

export async function candidateLog(q: Queryable, jobOrderId: string): Promise<CandidateLogEntry[]> {
  const rows = (await q('job_order_candidate_log').where({ job_order_id: jobOrderId }).orderBy('seq')) as Row[];
  return rows.map((r) => ({
    candidate: JSON.parse(String(r.snapshot)) as Candidate,
    eventDate: String(r.event_date),
    by:
      r.org_type === null || r.org_type === undefined
        ? null
        : { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
  }));
}

// --- a-kasser ready for job orders, placement-relevant CV data -------------------------------------------

export async function isReadyForJobOrders(q: Queryable, akasseCode: string): Promise<boolean> {
  return Boolean(await q('joborder_ready_akasse').where({ akasse_code: akasseCode }).first());
}
export async function setReadyForJobOrders(q: Transaction, akasseCode: string): Promise<void> {
  if (!(await isReadyForJobOrders(q, akasseCode))) await q('joborder_ready_akasse').insert({ akasse_code: akasseCode });
}

export interface CitizenCv {
  cpr: string;
  occupations: string[];
  healthLimitations: string[];
  /** Jobnet's CV customer number (CvCustomerIdentifier), when known. */
  customerNumber?: string | null;
}
export async function findCitizenCv(q: Queryable, cpr: string): Promise<CitizenCv | null> {
  const row = (await q('citizen_cv').where({ cpr }).first()) as Row | undefined;
  return row
    ? {
        cpr,
        occupations: JSON.parse(String(row.occupations)) as string[],
        healthLimitations: JSON.parse(String(row.health_limitations)) as string[],
        customerNumber: (row.customer_number as string | null) ?? null,
      }
    : null;
}

/** The CPR whose CV has this Jobnet customer number, or null. */
export async function cprOfCvCustomer(q: Queryable, customerNumber: string): Promise<string | null> {
  const row = (await q('citizen_cv').where({ customer_number: customerNumber }).first('cpr')) as Row | undefined;
  return row ? String(row.cpr) : null;
}
export async function upsertCitizenCv(q: Transaction, cv: CitizenCv): Promise<void> {
  await q('citizen_cv').where({ cpr: cv.cpr }).del();
  await q('citizen_cv').insert({
    cpr: cv.cpr,
    occupations: JSON.stringify(cv.occupations),
    health_limitations: JSON.stringify(cv.healthLimitations),
    customer_number: cv.customerNumber ?? null,
  });
}

/** A company's production unit and the jobcentre it is attached to (GetCompanyJobcenterAffiliation). */
export interface CompanyJobcentre {
  cvr: string;
  productionUnit: string;
  jobcenterCode: string;
}
export async function findCompanyJobcentre(
  q: Queryable,
  cvr: string,
  productionUnit: string,
): Promise<CompanyJobcentre | null> {
  const row = (await q('company_jobcentre').where({ cvr, production_unit: productionUnit }).first()) as Row | undefined;
  return row ? { cvr, productionUnit, jobcenterCode: String(row.jobcenter_code) } : null;
}
export async function setCompanyJobcentre(q: Transaction, c: CompanyJobcentre): Promise<void> {
  await q('company_jobcentre').where({ cvr: c.cvr, production_unit: c.productionUnit }).del();
  await q('company_jobcentre').insert({
    cvr: c.cvr,
    production_unit: c.productionUnit,
    jobcenter_code: c.jobcenterCode,
  });
}
