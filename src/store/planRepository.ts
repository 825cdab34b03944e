// Plan versions, job-search requirements and person-group markings (020_plans).
import type { JobGoal, JobSearchRequirement, PersonGroupMarking, PlanVersion } from '../domain/plan.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown) => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function planFromRow(r: Row): PlanVersion {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    planType: Number(r.plan_type),
    status: String(r.status) as PlanVersion['status'],
    jobGoals: JSON.parse(String(r.job_goals)) as JobGoal[],
    description: orNull(r.description),
    educationReadiness: numOrNull(r.education_readiness),
    draftForJobcenter: Boolean(r.draft_for_jobcenter),
    registeredBy: { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
    createdAt: String(r.created_at),
    lastModified: String(r.last_modified),
    publishedAt: orNull(r.published_at),
    publishedBy:
      r.published_by_type === null || r.published_by_type === undefined
        ? null
        : { organisationType: Number(r.published_by_type), organisationCode: String(r.published_by_code) },
    contactGroup: numOrNull(r.contact_group),
  };
}

function planRow(p: PlanVersion): Row {
  return {
    id: p.id,
    cpr: p.cpr,
    plan_type: p.planType,
    status: p.status,
    job_goals: JSON.stringify(p.jobGoals),
    description: p.description,
    education_readiness: p.educationReadiness,
    draft_for_jobcenter: p.draftForJobcenter,
    org_type: p.registeredBy.organisationType,
    org_code: p.registeredBy.organisationCode,
    created_at: p.createdAt,
    last_modified: p.lastModified,
    published_at: p.publishedAt,
    published_by_type: p.publishedBy?.organisationType ?? null,
    published_by_code: p.publishedBy?.organisationCode ?? null,
    contact_group: p.contactGroup,
  };
}

/** The citizen's plan versions, drafts and published, oldest first. */
export async function planVersionsOf(q: Queryable, cpr: string): Promise<PlanVersion[]> {
  const rows = (await q('plan_version').where({ cpr }).orderBy(['created_at', 'id'])) as Row[];
  return rows.map(planFromRow);
}

export async function insertPlanVersion(q: Transaction, p: PlanVersion): Promise<void> {
  await q('plan_version').insert(planRow(p));
}

export async function updatePlanVersion(q: Transaction, p: PlanVersion): Promise<void> {
  const { id, ...rest } = planRow(p);
  await q('plan_version').where({ id }).update(rest);
}

export async function jobSearchRequirementsOf(q: Queryable, cpr: string): Promise<JobSearchRequirement[]> {
  const rows = (await q('job_search_requirement').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr,
    applications: Number(r.applications),
    periodWeeks: numOrNull(r.period_weeks),
    startDate: String(r.start_date),
    endDate: orNull(r.end_date),
    text: orNull(r.requirement_text),
    registeredBy: { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
    registeredAt: String(r.registered_at),
  }));
}

export async function insertJobSearchRequirement(q: Transaction, j: JobSearchRequirement): Promise<void> {
  await q('job_search_requirement').insert({
    id: j.id,
    cpr: j.cpr,
    applications: j.applications,
    period_weeks: j.periodWeeks,
    start_date: j.startDate,
    end_date: j.endDate,
    requirement_text: j.text,
    org_type: j.registeredBy.organisationType,
    org_code: j.registeredBy.organisationCode,
    registered_at: j.registeredAt,
  });
}

const personGroupMarkingRow = (m: PersonGroupMarking): Row => ({
  id: m.id,
  cpr: m.cpr,
  state_project: m.stateProject,
  start_date: m.startDate,
  end_date: m.endDate,
  org_type: m.registeredBy.organisationType,
  org_code: m.registeredBy.organisationCode,
  registered_at: m.registeredAt,
});

export async function insertPersonGroupMarking(q: Transaction, m: PersonGroupMarking): Promise<void> {
  await q('person_group_marking').insert(personGroupMarkingRow(m));
}

/** The citizen's marking `id`, or null (also when it is another citizen's). Its registeredBy is whoever changed
 *  it last (PersonRegistrationService.UpdatePersonGroupMarking, R-OTH-03). */
export async function findPersonGroupMarking(
  q: Queryable,
  cpr: string,
  id: string,
): Promise<PersonGroupMarking | null> {
  const r = (await q('person_group_marking').where({ id, cpr }).first()) as Row | undefined;
  if (!r) return null;
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    stateProject: Number(r.state_project),
    startDate: String(r.start_date),
    endDate: orNull(r.end_date),
    registeredBy: { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
    registeredAt: String(r.registered_at),
  };
}

export async function updatePersonGroupMarking(q: Transaction, m: PersonGroupMarking): Promise<void> {
  await q('person_group_marking').where({ id: m.id }).update(personGroupMarkingRow(m));
}

export async function deletePersonGroupMarking(q: Transaction, id: string): Promise<void> {
  await q('person_group_marking').where({ id }).delete();
}
