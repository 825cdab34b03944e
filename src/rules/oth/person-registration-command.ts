// What the OTH rules of PersonRegistrationService look at: a change of jobcentre affiliation (R-OTH-05) and an
// update of a person-group marking (R-OTH-03). Pure data; src/app/person builds it.
import type { PersonGroupMarking } from '../../domain/plan.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';

export interface JobcentreChangeCommand {
  citizen: CitizenState;
  jobcenterCode: string;
  /** The day the change takes effect (the business date). */
  date: IsoDate;
}

export interface PersonGroupMarkingUpdate {
  before: PersonGroupMarking;
  actor: AuthorityActor;
}
