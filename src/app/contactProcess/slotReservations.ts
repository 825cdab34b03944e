// Holding a meeting time while the citizen books it (BorgerBookingService.CreateMoedetidReservation, the
// re-booking flow of booking-frist.md §5.1: details → reserve a time → book). The hold is keyed by the booking id
// the citizen will book under (a new one, or their own booking being rebooked), binds the time for
// RESERVATION_MINUTES, and keeps every other citizen from booking or holding it meanwhile. A citizen holds one
// time at a time: a new hold lets go of the earlier one. Booking the time ends the hold; a lapsed hold is nothing.
import type { SlotHold } from '../../domain/contactProcess.ts';
import { calendarDateOf, copenhagenDateTime, instantOf } from '../../domain/dates.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { findSummons, holdSlot, releaseHoldsOf } from '../../store/contactProcessRepository.ts';
import type { WriteContext } from '../context.ts';
import { asFault } from '../enforceRules.ts';
import { bookableOffer, bookingRefusal, slotOf } from './bookableOffers.ts';
import { ownBooking, stillPossible } from './bookings.ts';
import { contactContext } from './context.ts';
import { requireSelfBookingUser } from './selfBooking.ts';
import { requireSelfBookingRight } from './selfBookingRight.ts';

/** How long a reservation holds a meeting time (not documented, D-158). */
export const RESERVATION_MINUTES = 10;

/** Holds a free meeting time of an offer the citizen may book, for the booking `bookingId`; returns until when
 *  (xs:dateTime, Copenhagen). 4964 unknown offer or time, 4783 a past time, 4965 booked or held by another,
 *  4770 no right to self-book, the booking rules' faults as CreateBooking; for an existing booking id only the
 *  citizen's own rebookable booking from the same offer (4768, 8107, 4966, 4964). */
export async function reserveMeetingTime(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  reservation: { bookingId: string; offerId: string; slotId: string },
): Promise<{ reservedUntil: string }> {
  const cpr = citizen.person.cpr;
  requireSelfBookingUser(by, cpr);
  requireSelfBookingRight(citizen, w.businessDate);
  const c = await contactContext(w, citizen);
  const offer = await bookableOffer(w.trx, citizen, w.businessDate, reservation.offerId);
  const bookingId = reservation.bookingId.toLowerCase();
  if (await findSummons(w.trx, bookingId)) {
    const booking = await ownBooking(c, bookingId);
    if (booking.offerId !== offer.id) throw fault('UnknownOffer', `BookingIdentifier ${bookingId} is of another offer`);
    if (!stillPossible(booking.rebookingPossible, booking.rebookingDeadline, w.now))
      throw fault('RebookingNotPossible');
  }
  const slot = slotOf(offer, reservation.slotId);
  if (calendarDateOf(slot.startTime) < w.businessDate) throw fault('BookingTimeBeforeToday');
  const refusal = bookingRefusal(citizen, c.process, by, offer, w.businessDate);
  if (refusal) throw asFault(refusal);
  const nowMs = instantOf(w.now);
  const hold: SlotHold = { cpr, bookingId, untilMs: nowMs + RESERVATION_MINUTES * 60_000 };
  if (!(await holdSlot(w.trx, slot.id, hold, nowMs))) throw fault('MeetingTimeTaken', `MoedetidId ${slot.id}`);
  await releaseHoldsOf(w.trx, cpr, slot.id);
  return { reservedUntil: copenhagenDateTime(new Date(hold.untilMs)) };
}
