// Person-group markings (persongruppemarkering) through PersonRegistrationService: Create is the plan's
// registration (src/app/plan/jobSearchRequirements.ts, R-PLAN-15); Update replaces a marking's period and makes
// the caller its last changer — a jobcentre may update one STAR changed last (R-OTH-03, refused before release
// 2023-4); Delete removes it. A marking of another citizen, or none, is 5207.
import type { PersonGroupMarking } from '../../domain/plan.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { personGroupMarkingRules, personGroupMarkingUpdateRules } from '../../rules/index.ts';
import {
  deletePersonGroupMarking,
  findPersonGroupMarking,
  updatePersonGroupMarking,
} from '../../store/planRepository.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export { createPersonGroupMarking } from '../plan/jobSearchRequirements.ts';

async function markingOf(w: WriteContext, citizen: CitizenState, id: string): Promise<PersonGroupMarking> {
  const marking = await findPersonGroupMarking(w.trx, citizen.person.cpr, id);
  if (!marking) throw fault('UnknownPersonGroupMarking', id);
  return marking;
}

export async function changePersonGroupMarking(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: { stateProject: number; startDate: IsoDate; endDate: IsoDate | null },
): Promise<void> {
  const before = await markingOf(w, citizen, id);
  if (f.stateProject !== before.stateProject)
    throw fault(
      'InvalidCodeListValue',
      `StateProjectIdentifier ${f.stateProject}: the marking is ${before.stateProject}`,
    );
  if (f.endDate !== null && f.endDate < f.startDate) throw fault('DurationNegative', `${f.startDate}..${f.endDate}`);
  enforceRules(personGroupMarkingUpdateRules, { before, actor: by }, w.businessDate);
  const marking: PersonGroupMarking = {
    ...before,
    startDate: f.startDate,
    endDate: f.endDate,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  };
  if (marking.startDate !== before.startDate)
    enforceRules(personGroupMarkingRules, { marking, actor: by }, w.businessDate);
  await updatePersonGroupMarking(w.trx, marking);
}

export async function removePersonGroupMarking(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  await markingOf(w, citizen, id);
  await deletePersonGroupMarking(w.trx, id);
}
