// A citizen moving into a contact group, from an enrollment (UnemploymentEnrollmentService) or a
// jobcentre's registration (PersonRegistrationService.CreateContactGroup): the open group is closed the day
// before, the new one opened, and DFDG's automatic cancellations on a return to contact group 1 run (R-MTG-15).
// Every contact group opened or ended is notified as GetContactGroupVersion4 and Kontaktgruppe.WSB in the same
// transaction, and the young citizen's UDB subscription follows the change (R-BAT-08, R-BAT-12).
import { addDays, within } from '../../domain/dates.ts';
import type { CitizenState, ContactGroupPeriod, IsoDate } from '../../domain/types.ts';
import { contactGroupMessages, contactGroupWsb } from '../../outbox/registrationMessages.ts';
import { contactGroupWsbReceivers, registrationReceivers } from '../../rules/index.ts';
import { insertContactGroup, updateContactGroup } from '../../store/citizenRepository.ts';
import { onContactGroupChange } from '../contactProcess/automaticCancellation.ts';
import { contactContext } from '../contactProcess/context.ts';
import type { WriteContext } from '../context.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { udbOnContactGroupSaved } from '../udb/contactGroupChange.ts';

/** Moves the citizen (`state` as held by the unit of work) into `contactGroup` from `from`; nothing when already there. */
export async function placeInContactGroup(
  w: WriteContext,
  state: CitizenState,
  contactGroup: number,
  from: IsoDate,
): Promise<void> {
  const open = state.contactGroups.find((c) => within(from, c.startDate, c.endDate));
  if (open?.contactGroup === contactGroup) return;
  // Only a move into group 1 can cancel anything (R-MTG-15); other moves need not load the contact process.
  if (contactGroup === 1) await onContactGroupChange(await contactContext(w, state), contactGroup, from);
  if (open)
    await saveContactGroup(w, state, {
      ...open,
      endDate: addDays(from, -1) < open.startDate ? open.startDate : addDays(from, -1),
    });
  await saveContactGroup(w, state, {
    id: timeOrderedUuid(),
    cpr: state.person.cpr,
    contactGroup,
    startDate: from,
    endDate: null,
  });
}

/** Stores `group` (a new one when it has no end date and `state` does not hold it, else its end) and notifies it:
 *  GetContactGroupVersion4 and Kontaktgruppe.WSB. */
export async function saveContactGroup(w: WriteContext, state: CitizenState, group: ContactGroupPeriod): Promise<void> {
  const opened = !state.contactGroups.some((c) => c.id === group.id);
  if (opened) await insertContactGroup(w.trx, group);
  else await updateContactGroup(w.trx, group);
  await w.outbox.enqueue([
    ...contactGroupMessages(group, registrationReceivers(state, w.businessDate), w),
    ...contactGroupWsb(group, opened, contactGroupWsbReceivers(state, group, opened, w.businessDate), w),
  ]);
  await udbOnContactGroupSaved(w, state, group, opened);
}
