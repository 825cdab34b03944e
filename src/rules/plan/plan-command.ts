// What the PLAN rules look at: the plan version as it would be after the command, who acts, the citizen and the
// day. Pure data; src/app/plan builds it.
import type { JobSearchRequirement, PersonGroupMarking, PlanVersion } from '../../domain/plan.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';

export interface PlanCommand {
  /** 'draft': CreateDraftPlan/UpdateDraftPlan; 'publish': PublishPlan. */
  action: 'draft' | 'publish';
  plan: PlanVersion;
  actor: AuthorityActor;
  citizen: CitizenState;
  /** The day the plan is registered (the business date). */
  date: IsoDate;
}

export interface JobSearchRequirementCommand {
  requirement: JobSearchRequirement;
  actor: AuthorityActor;
  citizen: CitizenState;
}

export interface PersonGroupMarkingCommand {
  marking: PersonGroupMarking;
  actor: AuthorityActor;
}
