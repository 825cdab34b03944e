// Job-search requirements (krav til jobsøgning) and person-group markings, beside the plan: R-PLAN-05, R-PLAN-20
// (jobSearchRequirementRules) and R-PLAN-15 (personGroupMarkingRules).
import { JOB_DIRECTED_TRIAL, type JobSearchRequirement, type PersonGroupMarking } from '../../domain/plan.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { jobSearchRequirementRules, personGroupMarkingRules } from '../../rules/index.ts';
import { insertJobSearchRequirement, insertPersonGroupMarking } from '../../store/planRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export interface RequirementFields {
  applications: number;
  periodWeeks: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  text: string | null;
}

function checkPeriod(startDate: IsoDate, endDate: IsoDate | null): void {
  if (endDate !== null && endDate < startDate) throw fault('DurationNegative', `${startDate}..${endDate}`);
}

export async function createJobSearchRequirement(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: RequirementFields,
): Promise<string> {
  checkPeriod(f.startDate, f.endDate);
  const requirement: JobSearchRequirement = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    ...f,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  };
  enforceRules(jobSearchRequirementRules, { requirement, actor: by, citizen }, w.businessDate);
  await insertJobSearchRequirement(w.trx, requirement);
  return requirement.id;
}

export async function createPersonGroupMarking(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: { stateProject: number; startDate: IsoDate; endDate: IsoDate | null },
): Promise<string> {
  if (f.stateProject !== JOB_DIRECTED_TRIAL)
    throw fault('InvalidCodeListValue', `StateProjectIdentifier ${f.stateProject}`);
  checkPeriod(f.startDate, f.endDate);
  const marking: PersonGroupMarking = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    ...f,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  };
  enforceRules(personGroupMarkingRules, { marking, actor: by }, w.businessDate);
  await insertPersonGroupMarking(w.trx, marking);
  return marking.id;
}
