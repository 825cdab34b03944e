// The citizen's CV as Jobnet or LetAsyl hands it to DFDG (citizen_cv with its source and address, the work
// experiences in cv_work_experience) and the CV statuses registered on it (cv_status), 039_cv.
import type { IsoDate } from '../domain/types.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export type CvSource = 'Jobnet' | 'LetAsyl';

export interface WorkExperience {
  title: string;
  jobCode: string | null;
  fromDate: IsoDate | null;
  toDate: IsoDate | null;
}

export interface SavedCv {
  cpr: string;
  source: CvSource | null;
  address: string | null;
  customerNumber: string | null;
  experiences: WorkExperience[];
}

export interface CvStatus {
  id: string;
  cpr: string;
  status: number;
  comment: string | null;
  statusDate: IsoDate;
  registeredBy: { organisationType: number; organisationCode: string };
  registeredAt: string;
}

/** The citizen's CV, or null when DFDG holds none. */
export async function findCv(q: Queryable, cpr: string): Promise<SavedCv | null> {
  const row = (await q('citizen_cv').where({ cpr }).first()) as Row | undefined;
  if (!row) return null;
  const rows = (await q('cv_work_experience').where({ cpr }).orderBy('position')) as Row[];
  return {
    cpr,
    source: orNull(row.source) as CvSource | null,
    address: orNull(row.address),
    customerNumber: orNull(row.customer_number),
    experiences: rows.map((r) => ({
      title: String(r.title),
      jobCode: orNull(r.job_code),
      fromDate: orNull(r.from_date),
      toDate: orNull(r.to_date),
    })),
  };
}

/** Replaces the CV's source, address and work experiences; a citizen without a CV row gets one (no occupations). */
export async function saveCv(
  q: Transaction,
  cv: { cpr: string; source: CvSource; address: string | null; experiences: readonly WorkExperience[] },
  at: string,
): Promise<void> {
  const fields = { source: cv.source, address: cv.address, updated_at: at };
  const updated = await q('citizen_cv').where({ cpr: cv.cpr }).update(fields);
  if (updated === 0)
    await q('citizen_cv').insert({ cpr: cv.cpr, occupations: '[]', health_limitations: '[]', ...fields });
  await q('cv_work_experience').where({ cpr: cv.cpr }).del();
  if (cv.experiences.length > 0)
    await q('cv_work_experience').insert(
      cv.experiences.map((e, position) => ({
        cpr: cv.cpr,
        position,
        title: e.title,
        job_code: e.jobCode,
        from_date: e.fromDate,
        to_date: e.toDate,
      })),
    );
}

/** Whether the citizen has a Jobnet profile (a CV row). */
export async function hasJobnetProfile(q: Queryable, cpr: string): Promise<boolean> {
  return Boolean(await q('citizen_cv').where({ cpr }).first('cpr'));
}

/** Creates the empty Jobnet profile of a citizen who had none. */
export async function createJobnetProfile(q: Transaction, cpr: string, at: string): Promise<void> {
  await q('citizen_cv').insert({
    cpr,
    occupations: '[]',
    health_limitations: '[]',
    source: 'Jobnet',
    address: null,
    updated_at: at,
  });
}

export async function insertCvStatus(q: Transaction, s: CvStatus): Promise<void> {
  await q('cv_status').insert({
    id: s.id,
    cpr: s.cpr,
    status: s.status,
    comment: s.comment,
    status_date: s.statusDate,
    org_type: s.registeredBy.organisationType,
    org_code: s.registeredBy.organisationCode,
    registered_at: s.registeredAt,
  });
}

/** The CV's statuses, the one in force last: latest status date, then latest registration. */
export async function cvStatusesOf(q: Queryable, cpr: string): Promise<CvStatus[]> {
  const rows = (await q('cv_status').where({ cpr }).orderBy(['status_date', 'registered_at', 'id'])) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr: String(r.cpr),
    status: Number(r.status),
    comment: orNull(r.comment),
    statusDate: String(r.status_date),
    registeredBy: { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
    registeredAt: String(r.registered_at),
  }));
}
