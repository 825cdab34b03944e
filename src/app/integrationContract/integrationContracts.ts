// Contracts under the Integration Act (integrationskontrakter) through Borgerindsats.LetasylIntegrationslovService:
// registered with the person category they are for and a period (CreateIntegrationskontrakt; 5268 when it ends
// before it starts), changed (UpdateIntegrationskontrakt; 5267 when the citizen has no such contract), read
// (GetIntegrationskontrakter). They are the rows R-NOT-05/06 read when the citizen moves (src/app/person/cprMove.ts):
// an open contract makes the move notify the old and the new jobcentre, as a contract a scenario loaded does.
import type { IntegrationContract, MoveCategoryName } from '../../domain/personMove.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contractsOf, findContract, insertContract, updateContract } from '../../store/personMoveRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';

export interface IntegrationContractFields {
  category: MoveCategoryName;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

const registration = (w: WriteContext, by: AuthorityActor) => ({
  registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
  registeredAt: w.now,
});

function checkPeriod(f: IntegrationContractFields): void {
  if (f.endDate !== null && f.endDate < f.startDate)
    throw fault('IntegrationContractPeriodInvalid', `${f.startDate} – ${f.endDate}`);
}

export async function createIntegrationContract(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: IntegrationContractFields,
): Promise<IntegrationContract> {
  checkPeriod(f);
  const contract: IntegrationContract = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    ...f,
    registration: registration(w, by),
  };
  await insertContract(w.trx, contract);
  return contract;
}

export async function changeIntegrationContract(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: IntegrationContractFields,
): Promise<IntegrationContract> {
  const before = await findContract(w.trx, id.toLowerCase());
  if (!before || before.cpr !== citizen.person.cpr)
    throw fault('UnknownIntegrationContract', `IntegrationskontraktIdentifier ${id}`);
  checkPeriod(f);
  const contract: IntegrationContract = { ...before, ...f, registration: registration(w, by) };
  await updateContract(w.trx, contract);
  return contract;
}

/** The citizen's contracts, oldest first. */
export function integrationContracts(r: ReadContext, cpr: string): Promise<IntegrationContract[]> {
  return contractsOf(r.db, cpr);
}
