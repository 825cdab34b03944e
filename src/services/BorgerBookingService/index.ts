// BorgerBookingService (Version 1): online booking offers (mødetilbud) a jobcentre or a-kasse sets up, the
// citizen's self-booking from them through Jobnet (hold a time, book, rebook, cancel) and Jobnet's error reports
// (booking-frist.md §3–§5). Its role is the planner side (§1, §5): the booking API the facade offers authorities
// without a planner system of their own; Jobnet's own path is JobnetCitizenStatusService v10, which passes to a
// jobcentre's planner where one is configured and books these offers otherwise (D-132). A booking is a summons
// with SelfBooked = true, registered on the citizen's own behalf (user type 1, the CPR as user identifier,
// conventions.md §1.3) under the offering authority, so it passes the same checks and notifications as any summons. Access [I]: offers by JobCenter and A-kasse for
// their citizens; holds and bookings through the ActiveOrganisation of the citizen's jobcentre or a-kasse. The citizen's
// own operations are self-service (D-123): a citizen user about their own CPR only — for a booking the
// documented 4959, for a read or an error report 4922.
import { alle, egne, selfService, type AccessDeclaration, type SelfService } from '../../access/model.ts';
import { bookingDetails, selfBookingOptions } from '../../app/contactProcess/bookableOffers.ts';
import { reportBookingError } from '../../app/contactProcess/bookingErrors.ts';
import { bookOffer, cancelBooking, rebook } from '../../app/contactProcess/bookings.ts';
import { changeOfferDetails, createOffer } from '../../app/contactProcess/onlineOffers.ts';
import { reserveMeetingTime } from '../../app/contactProcess/slotReservations.ts';
import { copenhagenDateTime } from '../../domain/dates.ts';
import type { BorgerBookingServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';
import { locationOf } from '../../contract/mapping/contactProcess.ts';
import { offerDraft, toInterviewOption } from './mapping.ts';

// An offer concerns no citizen the pipeline loads: one meant for a single citizen is checked by the application.
const offerAccess = { allowed: { Jobcenter: [alle], AKasse: [alle] }, citizen: null } as const;
const citizenAccess =
  (self: SelfService) =>
  <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
    allowed: { Jobcenter: [egne], AKasse: [egne], STAR: [alle] },
    citizen,
    selfService: self,
  });
/** The citizen's reads and error reports: another CPR is 4922. */
const ownAccess = citizenAccess(selfService());
/** A booking is SelfBooked: another CPR is "UserIdentifier has to be citizen's CPR" (4959, conventions.md §1.3). */
const bookingAccess = citizenAccess(selfService('SelfBookedUserMismatch'));

export const operations: BorgerBookingServiceOperations = {
  CreateMoedetilbud: {
    kind: 'write',
    access: offerAccess,
    async handle(req, call) {
      return receipt(call.write, await createOffer(call.write, call.actor, offerDraft(req.InterviewOption)));
    },
  },
  UpdateMoedetilbud: {
    kind: 'write',
    access: offerAccess,
    async handle(req, call) {
      await changeOfferDetails(call.write, call.actor, req.InterviewOptionIdentifier, {
        title: req.MoedeTitel,
        description: req.MoedeBeskrivelse ?? null,
        location: locationOf(req.InterviewLocationDetail),
        digitalMeetingLink: req.DigitaltMoedelink ?? null,
      });
      return receipt(call.write);
    },
  },
  GetSelfbookInterviewOptions: {
    kind: 'read',
    access: ownAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(_req, call) {
      const { offers, immediateBooking } = await selfBookingOptions(call.read, call.citizen!, call.actor);
      return {
        InterviewOptionCollection: { InterviewOption: offers.map(toInterviewOption) },
        ImmediateBookingRequired: immediateBooking !== null,
      };
    },
  },
  GetBookingdetaljer: {
    kind: 'read',
    access: ownAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const { offer, held } = await bookingDetails(call.read, call.citizen!, req.InterviewOptionIdentifier);
      return {
        InterviewOption: toInterviewOption(offer),
        MoedetidReservation: held
          ? {
              BookingIdentifier: held.hold.bookingId,
              MoedetidId: held.slot.id,
              ReservedUntil: copenhagenDateTime(new Date(held.hold.untilMs)),
            }
          : undefined,
      };
    },
  },
  CreateMoedetidReservation: {
    kind: 'write',
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const { reservedUntil } = await reserveMeetingTime(call.write, call.citizen!, call.actor, {
        bookingId: req.BookingIdentifier,
        offerId: req.InterviewOptionIdentifier,
        slotId: req.MoedetidId,
      });
      return {
        MoedetidReservation: {
          BookingIdentifier: req.BookingIdentifier.toLowerCase(),
          MoedetidId: req.MoedetidId.toLowerCase(),
          ReservedUntil: reservedUntil,
        },
        ...receipt(call.write),
      };
    },
  },
  CreateBooking: {
    kind: 'write',
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const id = await bookOffer(call.write, call.citizen!, call.actor, {
        id: req.BookingIdentifier,
        offerId: req.InterviewOptionIdentifier,
        slotId: req.MoedetidId,
      });
      return receipt(call.write, id);
    },
  },
  RescheduleBooking: {
    kind: 'write',
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await rebook(call.write, call.citizen!, call.actor, req.BookingIdentifier, req.MoedetidId);
      return receipt(call.write);
    },
  },
  CancelBooking: {
    kind: 'write',
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await cancelBooking(call.write, call.citizen!, call.actor, req.BookingIdentifier);
      return receipt(call.write);
    },
  },
  CreateFejlmelding: {
    kind: 'write',
    access: ownAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await reportBookingError(call.write, call.citizen!, {
        offerId: req.InterviewOptionIdentifier ?? null,
        summonsId: req.BookingIdentifier ?? null,
        errorType: req.Fejlkode,
        text: req.Fejltekst ?? null,
        origin: req.FejlOphav,
        reportedAt: req.FejlTidspunkt,
      });
      return {};
    },
  },
};
