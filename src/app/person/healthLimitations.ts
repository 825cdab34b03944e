// Health limitations (helbredsmæssige begrænsninger) through PersonRegistrationService: create, update (replace
// the period, type and text; the caller becomes the last registrant) and delete, by id. A limitation of another
// citizen, or none, is 5209; an end before the start 1003. The type codelist was not found (D-261).
import type { HealthLimitation } from '../../domain/personRegistration.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  deleteHealthLimitation,
  findHealthLimitation,
  insertHealthLimitation,
  updateHealthLimitation,
} from '../../store/personRegistrationRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';

export interface HealthLimitationFields {
  limitationType: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  description: string | null;
}

function limitation(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: HealthLimitationFields,
): HealthLimitation {
  if (f.endDate !== null && f.endDate < f.startDate) throw fault('DurationNegative', `${f.startDate}..${f.endDate}`);
  return {
    id,
    cpr: citizen.person.cpr,
    ...f,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  };
}

async function existing(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  if (!(await findHealthLimitation(w.trx, citizen.person.cpr, id))) throw fault('UnknownHealthLimitation', id);
}

export async function createHealthLimitation(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: HealthLimitationFields,
): Promise<string> {
  const h = limitation(w, citizen, by, timeOrderedUuid(), f);
  await insertHealthLimitation(w.trx, h);
  return h.id;
}

export async function changeHealthLimitation(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: HealthLimitationFields,
): Promise<void> {
  await existing(w, citizen, id);
  await updateHealthLimitation(w.trx, limitation(w, citizen, by, id, f));
}

export async function removeHealthLimitation(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  await existing(w, citizen, id);
  await deleteHealthLimitation(w.trx, id);
}
