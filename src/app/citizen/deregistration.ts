// Afmelding: the citizen's open enrollment ends on `date` with a cancellation reason, the contact group its
// category put the citizen in closes with it, and job orders lose the citizen as a candidate where the rules
// say so (R-JO-09: no longer insured unemployed; R-JO-10: no open contact group — on a later date the
// nightly candidate check does it). Used by CancelUnemploymentEnrollment and by DFDG's own deregistration
// after a missed self-booking deadline (R-MTG-09).
import type { CitizenState, Enrollment, IsoDate } from '../../domain/types.ts';
import { contactGroupForClientCategory } from '../../rules/index.ts';
import { loadCitizenState, updateContactGroup, updateEnrollment } from '../../store/citizenRepository.ts';
import { removeLeavingCandidates } from '../jobOrder/candidateRemoval.ts';
import type { WriteContext } from '../context.ts';

export async function deregister(
  c: WriteContext,
  state: CitizenState,
  open: Enrollment,
  date: IsoDate,
  reason: number,
): Promise<void> {
  await updateEnrollment(c.trx, { ...open, endDate: date, endReason: reason });
  const group = contactGroupForClientCategory(open.clientCategory);
  const openGroup = state.contactGroups.find((g) => g.endDate === null && g.contactGroup === group);
  if (openGroup) await updateContactGroup(c.trx, { ...openGroup, endDate: date });
  await removeLeavingCandidates(c, (await loadCitizenState(c.trx, state.person.cpr))!);
}
