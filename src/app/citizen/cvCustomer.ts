// Jobnet names a citizen by their CV customer number (GetVacationState, GetSelfbookTimeslots): the citizen whose CV
// has the number, or 4400 when none has; a CPR DFDG does not know is the calling service's own fault.
import type { CitizenState } from '../../domain/types.ts';
import { fault, type FaultName } from '../../faults/catalogue.ts';
import { loadCitizenState } from '../../store/citizenRepository.ts';
import { cprOfCvCustomer } from '../../store/jobOrderRepository.ts';
import type { ReadContext } from '../context.ts';

export async function citizenOfCvCustomer(
  r: ReadContext,
  customerNumber: string,
  unknownCitizen: FaultName,
): Promise<CitizenState> {
  const cpr = await cprOfCvCustomer(r.db, customerNumber);
  if (cpr === null) throw fault('UnknownCvCustomer', `CvCustomerIdentifier ${customerNumber}`);
  const citizen = await loadCitizenState(r.db, cpr);
  if (!citizen) throw fault(unknownCitizen);
  return citizen;
}
