// A contact group opened for a young citizen with a UDB subscription: a group outside 1, 8, 12, 25 and 28 closes
// it with reason 7 (R-BAT-08). A group ended by the jobcentre closes nothing at once (R-BAT-12): the nightly job
// closes the subscription a whole calendar month later when no admission came (R-BAT-09).
import type { ContactGroupPeriod, CitizenState } from '../../domain/types.ts';
import { udbClosingOnGroupEnd, udbGroupChangeClosing } from '../../rules/index.ts';
import type { WriteContext } from '../context.ts';
import { closeUdbSubscriptionOf } from './subscriptions.ts';

/** Called for every contact group stored: `opened` a new one, else its end. */
export async function udbOnContactGroupSaved(
  w: WriteContext,
  citizen: CitizenState,
  group: ContactGroupPeriod,
  opened: boolean,
): Promise<void> {
  const closing = opened ? udbGroupChangeClosing(group.contactGroup, group.startDate) : udbClosingOnGroupEnd();
  if (closing) await closeUdbSubscriptionOf(w, citizen, closing);
}
