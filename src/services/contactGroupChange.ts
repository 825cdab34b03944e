// A citizen moving into a contact group, from an enrollment (UnemploymentEnrollmentService) or a
// jobcentre's registration (PersonRegistrationService.CreateContactGroup): the open group is closed the day
// before, the new one opened, and DFDG's automatic cancellations on a return to contact group 1 run (R-MTG-15).
import { randomUUID } from 'node:crypto';
import { addDays, within } from '../domain/dates.ts';
import type { IsoDate } from '../domain/types.ts';
import type { CallContext } from '../soap/operation.ts';
import { insertContactGroup, updateContactGroup } from '../store/citizenRepository.ts';
import { onContactGroupChange } from './contactProcess/automaticCancellation.ts';
import { contactContext } from './contactProcess/context.ts';

/** Moves the pipeline's citizen into `contactGroup` from `from`; nothing when already there. */
export async function placeInContactGroup(ctx: CallContext, contactGroup: number, from: IsoDate): Promise<void> {
  const state = ctx.citizen!;
  const open = state.contactGroups.find((c) => within(from, c.startDate, c.endDate));
  if (open?.contactGroup === contactGroup) return;
  // Only a move into group 1 can cancel anything (R-MTG-15); other moves need not load the contact process.
  if (contactGroup === 1) await onContactGroupChange(await contactContext(ctx), contactGroup, from);
  if (open) await updateContactGroup(ctx.db, { ...open, endDate: addDays(from, -1) < open.startDate ? open.startDate : addDays(from, -1) });
  await insertContactGroup(ctx.db, { id: randomUUID(), cpr: state.person.cpr, contactGroup, startDate: from, endDate: null });
}
