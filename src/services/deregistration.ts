// Afmelding: the citizen's open enrollment ends on `date` with a cancellation reason, and the contact group
// its category put the citizen in closes with it. Used by CancelUnemploymentEnrollment and by DFDG's own
// deregistration after a missed self-booking deadline (R-MTG-09).
import type { Knex } from 'knex';
import type { CitizenState, Enrollment, IsoDate } from '../domain/types.ts';
import { contactGroupForClientCategory } from '../rules/index.ts';
import { updateContactGroup, updateEnrollment } from '../store/citizenRepository.ts';

export async function deregister(db: Knex, state: CitizenState, open: Enrollment, date: IsoDate, reason: number): Promise<void> {
  await updateEnrollment(db, { ...open, endDate: date, endReason: reason });
  const group = contactGroupForClientCategory(open.clientCategory);
  const openGroup = state.contactGroups.find((g) => g.endDate === null && g.contactGroup === group);
  if (openGroup) await updateContactGroup(db, { ...openGroup, endDate: date });
}
