// The education plan (uddannelsesplan, PlanTypeIdentifier 2) in PlanService: a draft carries its step (trin 1–4)
// and the support needs (støttebehov) the jobcentre registered, kept beside the plan version (udb_education_plan).
// Publishing a plan is where UDB hears of it (src/app/udb/planPublication.ts).
import type { PlanVersion } from '../../domain/plan.ts';
import { OrganisationType, type AuthorityActor } from '../../domain/types.ts';
import { JOBPLAN } from '../../domain/plan.ts';
import { EDUCATION_PLAN, FOLLOW_UP_AGREEMENT, type EducationPlanDetails } from '../../domain/udb.ts';
import { fault } from '../../faults/catalogue.ts';
import { saveEducationPlanDetails } from '../../store/udbRepository.ts';
import type { WriteContext } from '../context.ts';

const PLAN_TYPES: ReadonlySet<number> = new Set([JOBPLAN, EDUCATION_PLAN, FOLLOW_UP_AGREEMENT]);

/** The plan types `by` registers: the jobcentre all three, an a-kasse only the jobplan (R-PLAN-01; D-288). */
export function planTypeAllowed(planType: number, by: AuthorityActor): boolean {
  return by.organisationType === OrganisationType.AKasse ? planType === JOBPLAN : PLAN_TYPES.has(planType);
}

export interface EducationPlanFields {
  step: number | null;
  supportNeeds: string[];
}

/** A step 1–4 on an education plan, and neither step nor support needs on another plan type (5291). */
export function checkEducationPlanFields(planType: number, f: EducationPlanFields): void {
  const education = planType === EDUCATION_PLAN;
  if (education && (f.step === null || f.step < 1 || f.step > 4))
    throw fault('EducationPlanStepInvalid', `EducationPlanStepIdentifier ${f.step ?? 'missing'}`);
  if (!education && (f.step !== null || f.supportNeeds.length > 0))
    throw fault('EducationPlanStepInvalid', `PlanTypeIdentifier ${planType} takes no step or support needs`);
}

/** Keeps the education plan's step and support needs beside the draft `plan`. */
export async function recordEducationPlan(w: WriteContext, plan: PlanVersion, f: EducationPlanFields): Promise<void> {
  if (plan.planType !== EDUCATION_PLAN) return;
  const details: EducationPlanDetails = {
    planVersionId: plan.id,
    cpr: plan.cpr,
    step: f.step,
    supportNeeds: f.supportNeeds,
  };
  await saveEducationPlanDetails(w.trx, details);
}
