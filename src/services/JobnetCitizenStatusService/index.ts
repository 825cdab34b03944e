// JobnetCitizenStatusService (Version 10): Jobnet reads the citizen's self-booking status and books on the
// citizen's behalf (booking-frist.md §1, §3). The citizen is the CivilRegistrationIdentifier header's (D-131), or
// in GetSelfbookTimeslots the owner of the CV customer number (4400). Unknown CPR: 8111, in GetBorgerstatus 1010.
// GetSelfbookInterviewOptions and GetSelfbookTimeslots go straight through to the planner of the citizen's
// jobcentre (ExternalBookingService v3; 4769/9303 when it fails); a jobcentre without one is answered from the
// offers registered in BorgerBookingService (D-132). Bookings are summonses registered as BorgerBookingService
// registers them (src/app/contactProcess/bookings.ts). Access [I] (§5.4): Jobnet, calling as STAR (D-133), for the
// citizen as user (self-service, D-123) or as a system user.
import { alle, selfService, type AccessDeclaration, type SelfService } from '../../access/model.ts';
import { offerTimeslots, selfBookingOptions } from '../../app/contactProcess/bookableOffers.ts';
import { bookOfferAt, cancelBooking, rebookAt } from '../../app/contactProcess/bookings.ts';
import { deadlinesOf } from '../../app/contactProcess/deadlines.ts';
import { citizenOfCvCustomer } from '../../app/citizen/cvCustomer.ts';
import { selfBookingInquiry } from '../../app/contactProcess/plannerInquiry.ts';
import { requireSelfBookingRight } from '../../app/contactProcess/selfBookingRight.ts';
import { toBookingDetails } from '../../contract/mapping/contactProcess.ts';
import { fault, type FaultName } from '../../faults/catalogue.ts';
import { interviewOptionsRequest } from '../../outbound/externalBooking/mapping.ts';
import { ofImmediateBookingType } from '../../rules/index.ts';
import type { JobnetCitizenStatusServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';
import { toJobnetDeadline, toJobnetInterviewOption, toTimeslots } from './mapping.ts';

/** The CPR of the CivilRegistrationIdentifier header, which these operations require (1014 without it). */
function headerCitizen(_request: unknown, headerCpr: string | null): string {
  if (headerCpr === null) throw fault('InvalidMessage', 'the SOAP Header must hold the CivilRegistrationIdentifier');
  return headerCpr;
}

/** Jobnet as STAR, for the citizen of the header; a citizen user (type 1) about their own CPR only (D-123):
 *  another's is 4922 on a read, the documented 4959 on a booking. */
const access = <Req>(
  self: SelfService = selfService(),
  unknownCitizen: FaultName = 'UnknownCprLookup',
): AccessDeclaration<Req> => ({
  allowed: { STAR: [alle] },
  citizen: headerCitizen,
  unknownCitizen,
  selfService: self,
});
const bookingAccess = <Req>() => access<Req>(selfService('SelfBookedUserMismatch'));

export const operations: JobnetCitizenStatusServiceOperations = {
  GetBorgerstatus: {
    kind: 'read',
    access: access(selfService(), 'UnknownCpr'),
    async handle(_req, call) {
      const { deadlines, immediateBooking, selfBookingPossible } = await deadlinesOf(call.read, call.citizen!);
      return {
        SelfBookingPossible: selfBookingPossible,
        InterviewDeadlineCollection: { InterviewDeadline: deadlines.map(toJobnetDeadline) },
        ImmediateBookingRequired: immediateBooking !== null,
      };
    },
  },
  GetSelfbookInterviewOptions: {
    kind: 'read',
    access: access(),
    async handle(_req, call) {
      const citizen = call.citizen!;
      const planner = call.planners.of(citizen.person.jobcenterCode);
      if (planner) {
        const { inquiry, immediateBooking } = await selfBookingInquiry(call.read, citizen);
        const answer = (await planner.GetSelfbookInterviewOptions(interviewOptionsRequest(inquiry)))
          .InterviewOptionCollection;
        // R-MTG-09: during straksbooking only the options of the interview type that caused the deregistration.
        const InterviewOption = ofImmediateBookingType(
          answer?.InterviewOption ?? [],
          (o) => o.InterviewTypeIdentifier,
          immediateBooking,
        );
        return { JobnetInterviewOptionCollection: answer && { InterviewOption } };
      }
      const { offers } = await selfBookingOptions(call.read, citizen, call.actor);
      return { JobnetInterviewOptionCollection: { InterviewOption: offers.map(toJobnetInterviewOption) } };
    },
  },
  GetSelfbookTimeslots: {
    kind: 'read',
    // The citizen is named by CV customer number, known only after the lookup: Jobnet calls as a system user.
    access: { allowed: { STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const citizen = await citizenOfCvCustomer(call.read, req.CvCustomerIdentifier, 'UnknownCprLookup');
      const planner = call.planners.of(citizen.person.jobcenterCode);
      if (planner) {
        requireSelfBookingRight(citizen, call.read.businessDate);
        return planner.GetSelfbookTimeslots({
          PersonCivilRegistrationIdentifier: citizen.person.cpr,
          JobCenterCode: citizen.person.jobcenterCode,
          InterviewOptionID: req.InterviewOptionID,
          BookingOptionIntervalStartTime: req.BookingOptionIntervalStartTime,
          BookingOptionIntervalEndTime: req.BookingOptionIntervalEndTime,
          CaseWorkerIdentifier: req.CaseWorkerIdentifier,
        });
      }
      const offer = await offerTimeslots(
        call.read,
        citizen,
        req.InterviewOptionID,
        req.BookingOptionIntervalStartTime,
        req.BookingOptionIntervalEndTime,
      );
      return { BookingTimeslotCollection: { BookingTimeslot: toTimeslots(offer) } };
    },
  },
  CreateBooking: {
    kind: 'write',
    access: bookingAccess(),
    async handle(req, call) {
      const booked = await bookOfferAt(call.write, call.citizen!, call.actor, {
        id: req.BookingIdentifier,
        offerId: req.InterviewOptionIdentifier,
        startTime: req.BookingStartTime,
      });
      return { JobnetBookingDetails: toBookingDetails(booked) };
    },
  },
  RescheduleBooking: {
    kind: 'write',
    access: bookingAccess(),
    async handle(req, call) {
      const moved = await rebookAt(call.write, call.citizen!, call.actor, req.BookingIdentifier, req.BookingStartTime);
      return { JobnetBookingDetails: toBookingDetails(moved) };
    },
  },
  CancelBooking: {
    kind: 'write',
    access: bookingAccess(),
    async handle(req, call) {
      await cancelBooking(call.write, call.citizen!, call.actor, req.BookingIdentifier);
      return receipt(call.write);
    },
  },
};
