// What an authority reads of a citizen's plans: the current Min plan (the latest published version), the
// caller's own latest draft, the job-search requirements; and the history of published versions. An a-kasse
// sees only versions published in contact group 1 or 8 (R-PLAN-09); Min plan's contact block is the publisher's
// (R-PLAN-10).
import type { Authority, JobSearchRequirement, PlanVersion } from '../../domain/plan.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
import { planContactAuthority, planVisibleToAkasse } from '../../rules/index.ts';
import { jobSearchRequirementsOf, planVersionsOf } from '../../store/planRepository.ts';
import type { ReadContext } from '../context.ts';

export interface PlanView extends PlanVersion {
  contactAuthority: Authority | null;
}

export interface CitizenPlans {
  published: PlanView | null;
  draft: PlanView | null;
  requirements: JobSearchRequirement[];
}

async function visibleVersions(r: ReadContext, citizen: CitizenState, by: AuthorityActor): Promise<PlanView[]> {
  const all = await planVersionsOf(r.db, citizen.person.cpr);
  return all
    .filter(
      (p) =>
        p.status === 'draft' ||
        by.organisationType !== OrganisationType.AKasse ||
        planVisibleToAkasse(p, r.businessDate),
    )
    .map((p) => ({ ...p, contactAuthority: planContactAuthority(p, citizen.person.jobcenterCode, r.businessDate) }));
}

const byPublication = (a: PlanVersion, b: PlanVersion) =>
  (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id);

export async function citizenPlans(r: ReadContext, citizen: CitizenState, by: AuthorityActor): Promise<CitizenPlans> {
  const versions = await visibleVersions(r, citizen, by);
  const published = versions.filter((p) => p.status === 'published').sort(byPublication);
  const drafts = versions.filter(
    (p) =>
      p.status === 'draft' &&
      p.registeredBy.organisationType === by.organisationType &&
      p.registeredBy.organisationCode === by.organisationCode,
  );
  return {
    published: published.at(-1) ?? null,
    draft: drafts.at(-1) ?? null,
    requirements: await jobSearchRequirementsOf(r.db, citizen.person.cpr),
  };
}

/** The published versions the caller may see, oldest first. */
export async function planHistory(r: ReadContext, citizen: CitizenState, by: AuthorityActor): Promise<PlanView[]> {
  return (await visibleVersions(r, citizen, by)).filter((p) => p.status === 'published').sort(byPublication);
}
