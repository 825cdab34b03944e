// DFDG's UDB subscription of a young citizen: taken out with effect from the 15th birthday (R-BAT-14) and closed
// under the rule that decides it (R-BAT-07…13). Every opening and closing queues the messages to UDB in the same
// transaction (udb_message, sent in order by src/app/udb/delivery.ts): on opening the subscription, the support
// needs of the education plan and the jobcentre contact person — a pseudo contact naming the jobcentre when no
// type-32 contact is registered — in that order (R-NOT-15); on closing the afmelding with its reason.
import type { CitizenState } from '../../domain/types.ts';
import type { EducationPlanDetails, UdbMessage, UdbSubscription } from '../../domain/udb.ts';
import {
  inUdbOrder,
  udbContactPerson,
  udbFifteenthBirthday,
  udbFrom15thBirthday,
  udbMessageOrder,
  whileInForce,
  type UdbClosing,
} from '../../rules/index.ts';
import { personContactsOf } from '../../store/personContactRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import {
  closeUdbSubscription,
  enqueueUdbMessages,
  insertUdbSubscription,
  udbSubscriptionsOf,
} from '../../store/udbRepository.ts';
import type { WriteContext } from '../context.ts';

export const openSubscriptionOf = (subs: readonly UdbSubscription[]) => subs.find((s) => s.closedOn === null) ?? null;

const message = (cpr: string, kind: UdbMessage['kind'], body: Record<string, unknown>): UdbMessage => ({
  id: timeOrderedUuid(),
  cpr,
  kind,
  body,
});

const supportNeedsMessage = (cpr: string, plan: EducationPlanDetails): UdbMessage =>
  message(cpr, 'stoettebehov', { Personnummer: cpr, Stoettebehov: plan.supportNeeds });

/** Takes out the citizen's subscription (nothing when one is open); returns whether it did. */
export async function openUdbSubscription(
  w: WriteContext,
  citizen: CitizenState,
  plan: EducationPlanDetails | null,
): Promise<boolean> {
  const cpr = citizen.person.cpr;
  if (openSubscriptionOf(await udbSubscriptionsOf(w.trx, cpr))) return false;
  const effectiveFrom = whileInForce(udbFrom15thBirthday, w.businessDate, w.businessDate, () =>
    udbFifteenthBirthday(citizen.person.birthDate),
  );
  const subscription: UdbSubscription = {
    id: timeOrderedUuid(),
    cpr,
    effectiveFrom,
    openedOn: w.businessDate,
    closedOn: null,
    closeReason: null,
    closeRule: null,
  };
  await insertUdbSubscription(w.trx, subscription);
  const opening = message(cpr, 'abonnement', {
    Personnummer: cpr,
    AbonnementIdentifier: subscription.id,
    Abonnementsstartdato: effectiveFrom,
  });
  const messages = await whileInForce(udbMessageOrder, w.businessDate, Promise.resolve([opening]), async () => {
    const contact = udbContactPerson(await personContactsOf(w.trx, cpr), citizen.person.jobcenterCode, w.businessDate);
    return inUdbOrder([
      message(cpr, 'kontaktperson', {
        Personnummer: cpr,
        Pseudokontaktperson: contact.pseudo,
        JobcenterKode: contact.jobcenterCode,
        Navn: contact.name,
        Telefon: contact.phone,
        Email: contact.email,
      }),
      ...(plan && plan.supportNeeds.length > 0 ? [supportNeedsMessage(cpr, plan)] : []),
      opening,
    ]);
  });
  await enqueueUdbMessages(w.trx, messages, Date.parse(w.now));
  return true;
}

/** Closes the citizen's open subscription under `closing` (nothing when none is open); returns whether it did. */
export async function closeUdbSubscriptionOf(
  w: WriteContext,
  citizen: CitizenState,
  closing: UdbClosing,
): Promise<boolean> {
  const cpr = citizen.person.cpr;
  const open = openSubscriptionOf(await udbSubscriptionsOf(w.trx, cpr));
  if (!open) return false;
  await closeUdbSubscription(w.trx, open.id, closing.date, closing.reason, closing.ruleId);
  await enqueueUdbMessages(
    w.trx,
    [
      message(cpr, 'afmelding', {
        Personnummer: cpr,
        AbonnementIdentifier: open.id,
        Afmeldingsdato: closing.date,
        ...(closing.reason !== null ? { Afmeldingsaarsag: closing.reason } : {}),
      }),
    ],
    Date.parse(w.now),
  );
  return true;
}

/** Sends the education plan's changed support needs to UDB while a subscription is open (R-NOT-15's step 2). */
export async function sendSupportNeeds(
  w: WriteContext,
  citizen: CitizenState,
  plan: EducationPlanDetails,
): Promise<void> {
  if (!openSubscriptionOf(await udbSubscriptionsOf(w.trx, citizen.person.cpr))) return;
  await enqueueUdbMessages(w.trx, [supportNeedsMessage(citizen.person.cpr, plan)], Date.parse(w.now));
}
