// Min plan / jobplan (PlanService): a draft is registered and changed by the authority that made it, then
// published as the citizen's Min plan, under the PLAN rules (planRules: R-PLAN-02, 03, 04, 06, 13, 14). The
// publication notifies the citizen's jobcentre and a-kasse (planPublicationReceivers) in the same transaction. Plan
// types: 1 'Jobplan', 2 'Uddannelsesplan' (with its step and support needs, src/app/udb/educationPlan.ts) and 3
// 'Aftale om opfølgning'; a publication is what the young citizen's UDB subscription follows (src/app/udb).
import { escoMismatch } from '../../domain/escoStar.ts';
import { EducationReadiness, type JobGoal, type PlanVersion } from '../../domain/plan.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { planPublicationMessages } from '../../outbox/planMessages.ts';
import { contactGroupOn, planPublicationReceivers, planRules, type PlanCommand } from '../../rules/index.ts';
import { insertPlanVersion, planVersionsOf, updatePlanVersion } from '../../store/planRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import {
  checkEducationPlanFields,
  planTypeAllowed,
  recordEducationPlan,
  type EducationPlanFields,
} from '../udb/educationPlan.ts';
import { udbOnPlanPublished } from '../udb/planPublication.ts';

export interface DraftPlanFields extends EducationPlanFields {
  planType: number;
  jobGoals: JobGoal[];
  description: string | null;
  educationReadiness: number | null;
  draftForJobcenter: boolean;
}

const READINESS: ReadonlySet<number> = new Set(Object.values(EducationReadiness));

/** A job goal names an active ESCO-STAR occupation (its label as title, as JobOrderService checks it) or is free text. */
function checkFields(f: DraftPlanFields, by: AuthorityActor): void {
  if (!planTypeAllowed(f.planType, by)) throw fault('PlanTypeInvalid', `PlanTypeIdentifier ${f.planType}`);
  checkEducationPlanFields(f.planType, f);
  if (f.educationReadiness !== null && !READINESS.has(f.educationReadiness))
    throw fault('InvalidCodeListValue', `EducationReadinessTypeIdentifier ${f.educationReadiness}`);
  for (const g of f.jobGoals) {
    const esco = g.conceptUri !== null || g.aliasId !== null || g.title !== null;
    if (esco === (g.freeText !== null) || (esco && g.conceptUri === null))
      throw fault('InvalidJobGoal', 'give ConceptUriDa (with AliasIdentifier, JobGoalTitle) or JobGoalFreeText');
    const mismatch = escoMismatch(g.title, g.conceptUri, g.aliasId);
    if (mismatch) throw fault('InvalidEscoOccupation', mismatch);
  }
}

const stored = (goals: JobGoal[]): JobGoal[] => goals.map((g) => ({ ...g, aliasId: g.aliasId?.toLowerCase() ?? null }));

function enforce(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  plan: PlanVersion,
  action: PlanCommand['action'],
) {
  if (contactGroupOn(citizen, w.businessDate) === null)
    throw fault('NoActiveContactGroup', `no contact group on ${w.businessDate}`);
  enforceRules(planRules, { action, plan, actor: by, citizen, date: w.businessDate }, w.businessDate);
}

/** Registers a draft plan of `by`; returns its PlanVersionIdentifier. */
export async function createDraftPlan(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: DraftPlanFields,
): Promise<string> {
  checkFields(f, by);
  const plan: PlanVersion = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    planType: f.planType,
    status: 'draft',
    jobGoals: stored(f.jobGoals),
    description: f.description,
    educationReadiness: f.educationReadiness,
    draftForJobcenter: f.draftForJobcenter,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    createdAt: w.now,
    lastModified: w.now,
    publishedAt: null,
    publishedBy: null,
    contactGroup: null,
  };
  enforce(w, citizen, by, plan, 'draft');
  await insertPlanVersion(w.trx, plan);
  await recordEducationPlan(w, plan, f);
  return plan.id;
}

/** The citizen's draft `id`, registered by `by`'s organisation (5030 when there is none, 5033 another's). */
async function ownDraft(w: WriteContext, citizen: CitizenState, by: AuthorityActor, id: string): Promise<PlanVersion> {
  const draft = (await planVersionsOf(w.trx, citizen.person.cpr)).find(
    (p) => p.id === id.toLowerCase() && p.status === 'draft',
  );
  if (!draft) throw fault('NoDraftPlan', `PlanVersionIdentifier ${id}`);
  if (
    draft.registeredBy.organisationType !== by.organisationType ||
    draft.registeredBy.organisationCode !== by.organisationCode
  )
    throw fault('DraftPlanOfOtherAuthority', `PlanVersionIdentifier ${id}`);
  return draft;
}

export async function updateDraftPlan(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: DraftPlanFields,
): Promise<string> {
  checkFields(f, by);
  const draft = await ownDraft(w, citizen, by, id);
  const plan: PlanVersion = {
    ...draft,
    planType: f.planType,
    jobGoals: stored(f.jobGoals),
    description: f.description,
    educationReadiness: f.educationReadiness,
    draftForJobcenter: f.draftForJobcenter,
    lastModified: w.now,
  };
  enforce(w, citizen, by, plan, 'draft');
  await updatePlanVersion(w.trx, plan);
  await recordEducationPlan(w, plan, f);
  return plan.id;
}

/** Publishes the draft as the citizen's Min plan, with the contact group of the day (R-PLAN-09). */
export async function publishPlan(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<string> {
  const draft = await ownDraft(w, citizen, by, id);
  const plan: PlanVersion = {
    ...draft,
    status: 'published',
    lastModified: w.now,
    publishedAt: w.now,
    publishedBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    contactGroup: contactGroupOn(citizen, w.businessDate),
  };
  enforce(w, citizen, by, plan, 'publish');
  const earlier = await planVersionsOf(w.trx, citizen.person.cpr);
  const firstVersion = !earlier.some((p) => p.status === 'published');
  await updatePlanVersion(w.trx, plan);
  const receivers = planPublicationReceivers(plan, citizen, w.businessDate, w.businessDate);
  await w.outbox.enqueue(planPublicationMessages(plan, firstVersion, receivers, w));
  await udbOnPlanPublished(w, citizen, plan, earlier);
  return plan.id;
}
