// A citizen's self-booking through Jobnet (BorgerBookingService, booking-frist.md §4): book a meeting time of
// an offer, rebook to another time of the same offer, cancel. The booking is a summons with SelfBooked = true
// under the offering authority, registered on the citizen's own behalf (user type 1 with their CPR,
// conventions.md §1.3), so it passes the checks and notifications of every summons. Rebooking and cancelling
// are allowed as the booking says, until its deadline.
import type { OfferSlot, OnlineOffer, Summons } from '../../domain/contactProcess.ts';
import { calendarDateOf, instantOf, wallClockOf } from '../../domain/dates.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { offersDuringImmediateBooking } from '../../rules/index.ts';
import { bookSlot, clearImmediateBooking, findSummons, releaseSlot } from '../../store/contactProcessRepository.ts';
import type { WriteContext } from '../context.ts';
import { asFault } from '../enforceRules.ts';
import { bookableOffer, bookingRefusal, offeringAuthority, slotOf } from './bookableOffers.ts';
import { bookedSummons } from './bookedSummons.ts';
import { contactContext, type ContactChangeContext } from './context.ts';
import { fulfilDeadlinesWith } from './deadlineChanges.ts';
import { requireSelfBookingUser } from './selfBooking.ts';
import { requireSelfBookingRight } from './selfBookingRight.ts';
import { cancelSummons, saveSummons } from './summonsChanges.ts';
import { checkSummons } from './summonsValidation.ts';

/** Rebooking or cancelling: allowed at all, and not past its deadline (compared as Danish wall-clock time,
 *  whatever offsets the two carry). */
export const stillPossible = (possible: boolean, deadline: string | null, now: string) =>
  possible && (deadline === null || wallClockOf(now) <= wallClockOf(deadline));

/** Takes the time for the citizen's summons: 4965 when it is booked or another citizen holds it; their own hold
 *  (CreateMoedetidReservation) ends. */
async function takeSlot(c: ContactChangeContext, slot: OfferSlot, summonsId: string): Promise<void> {
  if (!(await bookSlot(c.trx, slot.id, summonsId, c.citizen.person.cpr, instantOf(c.now))))
    throw fault('MeetingTimeTaken', `MoedetidId ${slot.id}`);
}

/** The citizen's own active self-booked summons: 4768 when unknown or not an active booking, 8107 when another's. */
export async function ownBooking(c: ContactChangeContext, id: string): Promise<Summons> {
  const s = await findSummons(c.trx, id.toLowerCase());
  if (!s) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id}`);
  if (s.cpr !== c.citizen.person.cpr) throw fault('BookingNotOfPerson');
  if (!s.selfBooked || s.cancelledAt !== null)
    throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id} is not an active self-booked interview`);
  return s;
}

/** Books a meeting time of an offer under the caller's booking id; returns the id. A booking of the
 *  straksbooking's interview type ends the straksbooking. */
export async function bookOffer(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  booking: { id: string; offerId: string; slotId: string },
): Promise<string> {
  requireSelfBookingUser(by, citizen.person.cpr);
  requireSelfBookingRight(citizen, w.businessDate);
  const c0 = await contactContext(w, citizen);
  const offer = await bookableOffer(w.trx, citizen, w.businessDate, booking.offerId);
  const c = { ...c0, actor: offeringAuthority(offer, by) };
  const slot = slotOf(offer, booking.slotId);
  if (offersDuringImmediateBooking([offer], c.process.immediateBooking).length === 0) {
    throw fault('NoBookingOptions', `straksbooking: only interview type ${c.process.immediateBooking!.interviewType}`);
  }
  const id = booking.id.toLowerCase();
  if (await findSummons(w.trx, id)) throw fault('IdentifierInUse', `BookingIdentifier ${id}`);
  const s = bookedSummons(offer, slot, { id, cpr: citizen.person.cpr, registeredBy: by, registeredAt: w.now });
  checkSummons(c, s, null);
  const refusal = bookingRefusal(citizen, c.process, by, offer, w.businessDate);
  if (refusal) throw asFault(refusal);
  await takeSlot(c, slot, s.id);
  await saveSummons(c, 1, s);
  await fulfilDeadlinesWith(c, s);
  if (c.process.immediateBooking?.interviewType === s.interviewType) await clearImmediateBooking(w.trx, s.cpr);
  return s.id;
}

/** The offer's meeting time that starts at `startTime` (the same instant, whatever its offset) and is free, or
 *  4964: JobnetCitizenStatusService v10 names a time by its start (D-134). */
function freeSlotStartingAt(offer: OnlineOffer, startTime: string): OfferSlot {
  const at = Date.parse(startTime);
  const slot = offer.slots.find((s) => s.bookedSummonsId === null && Date.parse(s.startTime) === at);
  if (!slot) throw fault('UnknownOffer', `no free meeting time of MoedetilbudId ${offer.id} starts at ${startTime}`);
  return slot;
}

/** Books the offer's free meeting time that starts at `startTime`; returns the booked summons. */
export async function bookOfferAt(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  booking: { id: string; offerId: string; startTime: string },
): Promise<Summons> {
  const offer = await bookableOffer(w.trx, citizen, w.businessDate, booking.offerId);
  const slot = freeSlotStartingAt(offer, booking.startTime);
  const id = await bookOffer(w, citizen, by, { id: booking.id, offerId: offer.id, slotId: slot.id });
  return (await findSummons(w.trx, id))!;
}

/** Moves the citizen's booking to the free time of its offer that starts at `startTime`; returns the summons. */
export async function rebookAt(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  bookingId: string,
  startTime: string,
): Promise<Summons> {
  const before = await findSummons(w.trx, bookingId.toLowerCase());
  if (!before) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${bookingId}`);
  if (before.cpr !== citizen.person.cpr) throw fault('BookingNotOfPerson');
  if (!before.offerId) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${bookingId} was not booked online`);
  const offer = await bookableOffer(w.trx, citizen, w.businessDate, before.offerId);
  await rebook(w, citizen, by, bookingId, freeSlotStartingAt(offer, startTime).id);
  return (await findSummons(w.trx, before.id))!;
}

/** Moves the citizen's booking to another meeting time of the offer it was booked from. */
export async function rebook(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  bookingId: string,
  slotId: string,
): Promise<void> {
  requireSelfBookingUser(by, citizen.person.cpr);
  requireSelfBookingRight(citizen, w.businessDate);
  const c = await contactContext(w, citizen);
  const before = await ownBooking(c, bookingId);
  if (!stillPossible(before.rebookingPossible, before.rebookingDeadline, w.now)) throw fault('RebookingNotPossible');
  const offer = await bookableOffer(w.trx, citizen, w.businessDate, before.offerId!);
  const refusal = bookingRefusal(citizen, c.process, by, offer, w.businessDate);
  if (refusal) throw asFault(refusal);
  const slot = slotOf(offer, slotId);
  if (calendarDateOf(slot.startTime) < w.businessDate) throw fault('BookingTimeBeforeToday');
  await takeSlot(c, slot, before.id);
  await releaseSlot(w.trx, before.slotId!);
  const after: Summons = {
    ...before,
    startTime: slot.startTime,
    endTime: slot.endTime,
    slotId: slot.id,
    rebookingDeadline: slot.startTime,
    cancellationDeadline: before.cancellationPossible ? slot.startTime : null,
    version: before.version + 1,
  };
  await saveSummons({ ...c, actor: offeringAuthority(offer, by) }, 2, after);
}

/** Cancels the citizen's booking, freeing its meeting time; registered as the citizen's own act. */
export async function cancelBooking(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  bookingId: string,
): Promise<void> {
  requireSelfBookingUser(by, citizen.person.cpr);
  const c = await contactContext(w, citizen);
  const before = await ownBooking(c, bookingId);
  if (!stillPossible(before.cancellationPossible, before.cancellationDeadline, w.now))
    throw fault('CancellationNotPossible');
  await cancelSummons(c, before, 'cancelled');
}
