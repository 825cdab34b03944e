// Which online offers a citizen may book (booking-frist.md §4): those of their own jobcentre and a-kasse, open to
// everyone or meant for them, not withdrawn; during straksbooking only of the interview type they missed
// (R-MTG-09); and only those the booking rules let the offering authority summon them to (R-MTG-06, R-MTG-14).
// A booking is checked as a summons of the offering authority, acting through the citizen's own user.
import {
  holdIsLive,
  type ContactProcessState,
  type ImmediateBooking,
  type OfferSlot,
  type OnlineOffer,
  type SlotHold,
} from '../../domain/contactProcess.ts';
import { calendarDateOf, instantOf } from '../../domain/dates.ts';
import { OrganisationType, type AuthorityActor, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  bookingRules,
  currentAkasse,
  firstViolation,
  offersDuringImmediateBooking,
  type Violation,
} from '../../rules/index.ts';
import { findOffer, loadContactProcess, offersFor } from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { ReadContext } from '../context.ts';
import { requireSelfBookingRight } from './selfBookingRight.ts';

/** The authority an offer belongs to, acting on the citizen's behalf (the user of the self-booking request). */
export const offeringAuthority = (offer: OnlineOffer, by: AuthorityActor): AuthorityActor => ({
  ...by,
  organisationType: offer.organisationType,
  organisationCode: offer.organisationCode,
});

/** The citizen's jobcentre and a-kasse: whose offers the citizen may book. */
function citizensAuthorities(citizen: CitizenState, date: IsoDate) {
  const akasse = currentAkasse(citizen, date);
  return [
    { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode },
    ...(akasse ? [{ organisationType: OrganisationType.AKasse, organisationCode: akasse }] : []),
  ];
}

/** The first booking rule in force that refuses booking from `offer`, or null. */
export function bookingRefusal(
  citizen: CitizenState,
  process: ContactProcessState,
  by: AuthorityActor,
  offer: OnlineOffer,
  date: IsoDate,
): Violation | null {
  return firstViolation(bookingRules, { citizen, process, actor: offeringAuthority(offer, by), date, offer }, date);
}

/** The offer the citizen may book from, or 4964. */
export async function bookableOffer(
  db: Queryable,
  citizen: CitizenState,
  date: IsoDate,
  offerId: string,
): Promise<OnlineOffer> {
  const offer = await findOffer(db, offerId.toLowerCase());
  const mine = offer && (offer.cpr === null || offer.cpr === citizen.person.cpr);
  const ofMyAuthority =
    offer &&
    citizensAuthorities(citizen, date).some(
      (a) => a.organisationType === offer.organisationType && a.organisationCode === offer.organisationCode,
    );
  if (!offer || !mine || !ofMyAuthority || offer.withdrawnAt !== null)
    throw fault('UnknownOffer', `MoedetilbudId ${offerId}`);
  return offer;
}

/** The offer's meeting time with this id, or 4964. */
export function slotOf(offer: OnlineOffer, slotId: string): OfferSlot {
  const slot = offer.slots.find((s) => s.id === slotId.toLowerCase());
  if (!slot) throw fault('UnknownOffer', `MoedetidId ${slotId}`);
  return slot;
}

/** The offer with only the meeting times free for this citizen: not booked, not past, and not held by another
 *  citizen (CreateMoedetidReservation); a time the citizen holds is free for them. */
const withFreeTimes = (o: OnlineOffer, r: ReadContext, cpr: string): OnlineOffer => ({
  ...o,
  slots: o.slots.filter(
    (s) =>
      s.bookedSummonsId === null &&
      calendarDateOf(s.startTime) >= r.businessDate &&
      !(holdIsLive(s.hold, instantOf(r.now)) && s.hold.cpr !== cpr),
  ),
});

/** One offer the citizen may book from, with the meeting times free for them, and the time of it they hold, if
 *  any (BorgerBookingService.GetBookingdetaljer, the re-booking flow's first step, booking-frist.md §5.1); 4964
 *  when it is not theirs to book. */
export async function bookingDetails(
  r: ReadContext,
  citizen: CitizenState,
  offerId: string,
): Promise<{ offer: OnlineOffer; held: { slot: OfferSlot; hold: SlotHold } | null }> {
  const cpr = citizen.person.cpr;
  const offer = withFreeTimes(await bookableOffer(r.db, citizen, r.businessDate, offerId), r, cpr);
  const slot = offer.slots.find((s) => holdIsLive(s.hold, instantOf(r.now)) && s.hold.cpr === cpr);
  return { offer, held: slot ? { slot, hold: slot.hold! } : null };
}

/** The free meeting times of an offer the citizen may book that start in [from, to] (JobnetCitizenStatusService
 *  GetSelfbookTimeslots for a jobcentre without a planner of its own); 4964 when it is not theirs to book. */
export async function offerTimeslots(
  r: ReadContext,
  citizen: CitizenState,
  offerId: string,
  from: string,
  to: string,
): Promise<OnlineOffer> {
  requireSelfBookingRight(citizen, r.businessDate);
  const { offer } = await bookingDetails(r, citizen, offerId);
  const [start, end] = [Date.parse(from), Date.parse(to)];
  return {
    ...offer,
    slots: offer.slots.filter((s) => Date.parse(s.startTime) >= start && Date.parse(s.startTime) <= end),
  };
}

/** What the citizen may book now (GetSelfbookInterviewOptions): the offers with their free meeting times from
 *  today, 4770 when there is none; and the straksbooking they must make, if any. */
export async function selfBookingOptions(
  r: ReadContext,
  citizen: CitizenState,
  by: AuthorityActor,
): Promise<{ offers: OnlineOffer[]; immediateBooking: ImmediateBooking | null }> {
  const date = r.businessDate;
  requireSelfBookingRight(citizen, date);
  const process = await loadContactProcess(r.db, citizen.person.cpr);
  const offers = offersDuringImmediateBooking(
    await offersFor(r.db, citizensAuthorities(citizen, date), citizen.person.cpr),
    process.immediateBooking,
  )
    .filter((o) => bookingRefusal(citizen, process, by, o, date) === null)
    .map((o) => withFreeTimes(o, r, citizen.person.cpr))
    .filter((o) => o.slots.length > 0);
  if (offers.length === 0) throw fault('NoBookingOptions');
  return { offers, immediateBooking: process.immediateBooking };
}
