// DFDG takes candidates off job orders by itself: on an a-kasse's order when the candidate changed a-kasse or
// is no longer insured unemployed (status 10, R-JO-09), on any order when the candidate has no open contact
// group left (status 11, R-JO-10). Run for one citizen after a deregistration, and for every candidate by the
// nightly candidate check (src/app/jobOrder/candidateCheck.ts), which catches membership changes.
import { PlacementStatus } from '../../domain/jobOrder.ts';
import type { CitizenState } from '../../domain/types.ts';
import {
  leavesAkasseOrder,
  leavesOnClosedContactGroup,
  removedOnAkasseChange,
  removedOnClosedContactGroup,
  whileInForce,
} from '../../rules/index.ts';
import { activeCandidaciesOf, findJobOrder } from '../../store/jobOrderRepository.ts';
import type { WriteContext } from '../context.ts';
import { saveCandidateChange } from './jobOrderChanges.ts';

/** Removes the citizen's candidacies the rules end; returns how many. `citizen` is the state as it is now. */
export async function removeLeavingCandidates(c: WriteContext, citizen: CitizenState): Promise<number> {
  let removed = 0;
  for (const candidate of await activeCandidaciesOf(c.trx, citizen.person.cpr)) {
    const order = (await findJobOrder(c.trx, candidate.jobOrderId))!;
    const status = whileInForce(removedOnAkasseChange, c.businessDate, false, () =>
      leavesAkasseOrder(order, candidate, citizen, c.businessDate),
    )
      ? PlacementStatus.RemovedAkasseChange
      : whileInForce(removedOnClosedContactGroup, c.businessDate, false, () =>
            leavesOnClosedContactGroup(candidate, citizen, c.businessDate),
          )
        ? PlacementStatus.RemovedContactGroupClosed
        : null;
    if (status === null) continue;
    await saveCandidateChange(c, order, {
      ...candidate,
      status,
      removed: true,
      changedAt: c.now,
      version: candidate.version + 1,
    });
    removed++;
  }
  return removed;
}
