// PlanService (Version 1): Min plan / jobplan (release-rules.md area PLAN). A draft plan with job goals and plan
// description (CreateDraftPlan, UpdateDraftPlan) is published as the citizen's Min plan (PublishPlan); GetPlan
// reads the current plan, the caller's draft and the job-search requirements, GetPlanHistory the published
// versions (an a-kasse those from contact groups 1 and 8, R-PLAN-09); CreateJobSearchRequirement registers krav
// til jobsøgning (R-PLAN-05, R-PLAN-20), CreatePersonGroupMarking the job-directed trial (R-PLAN-15).
// Access [I] (D-180): the citizen's own a-kasse and jobcentre write; they, the kommune and STAR read. A write loads
// only the citizen's absences 75, the one absence type the PLAN rules read (planAbsenceReads).
import { alle, egne } from '../../access/model.ts';
import { createJobSearchRequirement, createPersonGroupMarking } from '../../app/plan/jobSearchRequirements.ts';
import { citizenPlans, planHistory, type PlanView } from '../../app/plan/planQueries.ts';
import { createDraftPlan, publishPlan, updateDraftPlan, type DraftPlanFields } from '../../app/plan/plans.ts';
import type { DraftPlanType, PlanVersionType } from '../../contract/generated/types.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { Authority } from '../../domain/plan.ts';
import { planAbsenceReads } from '../../rules/index.ts';
import type { PlanServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const writers = { AKasse: [egne], Jobcenter: [egne] };
const readers = { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] };
const aboutCitizen = (r: { PersonCivilRegistrationIdentifier: string }) => r.PersonCivilRegistrationIdentifier;

function draftFields(d: DraftPlanType): DraftPlanFields {
  return {
    planType: d.PlanTypeIdentifier,
    jobGoals: (d.JobGoalCollection?.JobGoal ?? []).map((g) => ({
      conceptUri: g.ConceptUriDa ?? null,
      aliasId: g.AliasIdentifier ?? null,
      title: g.JobGoalTitle ?? null,
      freeText: g.JobGoalFreeText ?? null,
    })),
    description: d.PlanDescription ?? null,
    educationReadiness: d.EducationReadinessTypeIdentifier ?? null,
    draftForJobcenter: d.DraftForJobcenter ?? false,
    step: d.EducationPlanStepIdentifier ?? null,
    supportNeeds: d.SupportNeedCollection?.SupportNeed ?? [],
  };
}

const authority = (a: Authority) => ({
  OrganisationTypeIdentifier: a.organisationType,
  OrganisationCode: a.organisationCode,
});

function toPlanVersion(p: PlanView): PlanVersionType {
  return {
    PlanVersionIdentifier: p.id,
    PlanTypeIdentifier: p.planType,
    JobGoalCollection: {
      JobGoal: p.jobGoals.map((g) => ({
        ConceptUriDa: g.conceptUri ?? undefined,
        AliasIdentifier: g.aliasId ?? undefined,
        JobGoalTitle: g.title ?? undefined,
        JobGoalFreeText: g.freeText ?? undefined,
      })),
    },
    PlanDescription: p.description ?? undefined,
    CreateDate: p.createdAt,
    LastModified: p.lastModified,
    PublishedTime: p.publishedAt ?? undefined,
    ContactGroupTypeIdentifier: p.contactGroup ?? undefined,
    RegisteringAuthority: authority(p.registeredBy),
    ContactAuthority: p.contactAuthority ? authority(p.contactAuthority) : undefined,
  };
}

export const operations: PlanServiceOperations = {
  CreateDraftPlan: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: planAbsenceReads,
    async handle(req, call) {
      const id = await createDraftPlan(call.write, call.citizen!, call.actor, draftFields(req.DraftPlan));
      return receipt(call.write, id);
    },
  },
  UpdateDraftPlan: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: planAbsenceReads,
    async handle(req, call) {
      const id = await updateDraftPlan(
        call.write,
        call.citizen!,
        call.actor,
        req.PlanVersionIdentifier,
        draftFields(req.DraftPlan),
      );
      return receipt(call.write, id);
    },
  },
  PublishPlan: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: planAbsenceReads,
    async handle(req, call) {
      const id = await publishPlan(call.write, call.citizen!, call.actor, req.PlanVersionIdentifier);
      return receipt(call.write, id);
    },
  },
  GetPlan: {
    kind: 'read',
    access: { allowed: readers, citizen: aboutCitizen },
    async handle(_req, call) {
      const plans = await citizenPlans(call.read, call.citizen!, call.actor);
      return {
        PublishedPlan: plans.published ? toPlanVersion(plans.published) : undefined,
        DraftPlan: plans.draft ? toPlanVersion(plans.draft) : undefined,
        JobSearchRequirementCollection: {
          JobSearchRequirement: plans.requirements.map((j) => ({
            JobSearchRequirementIdentifier: j.id,
            NumberOfApplications: j.applications,
            PeriodWeeks: j.periodWeeks ?? undefined,
            StartDate: j.startDate,
            EndDate: j.endDate ?? undefined,
            RequirementText: j.text ?? undefined,
            RegisteringAuthority: authority(j.registeredBy),
          })),
        },
      };
    },
  },
  GetPlanHistory: {
    kind: 'read',
    access: { allowed: readers, citizen: aboutCitizen },
    async handle(_req, call) {
      const versions = await planHistory(call.read, call.citizen!, call.actor);
      return { PlanVersionCollection: { PlanVersion: versions.map(toPlanVersion) } };
    },
  },
  CreateJobSearchRequirement: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: planAbsenceReads,
    async handle(req, call) {
      const j = req.JobSearchRequirement;
      const id = await createJobSearchRequirement(call.write, call.citizen!, call.actor, {
        applications: j.NumberOfApplications,
        periodWeeks: j.PeriodWeeks ?? null,
        startDate: calendarDateOf(j.StartDate),
        endDate: j.EndDate === undefined ? null : calendarDateOf(j.EndDate),
        text: j.RequirementText ?? null,
      });
      return receipt(call.write, id);
    },
  },
  CreatePersonGroupMarking: {
    kind: 'write',
    access: { allowed: { Jobcenter: [egne] }, citizen: aboutCitizen },
    absenceTypes: planAbsenceReads,
    async handle(req, call) {
      const m = req.PersonGroupMarking;
      const id = await createPersonGroupMarking(call.write, call.citizen!, call.actor, {
        stateProject: m.StateProjectIdentifier,
        startDate: calendarDateOf(m.StartDate),
        endDate: m.EndDate === undefined ? null : calendarDateOf(m.EndDate),
      });
      return receipt(call.write, id);
    },
  },
};
