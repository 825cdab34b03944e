// The summons a citizen's booking makes of an online offer's meeting time: the offer's interview, at the
// meeting time, self-booked, under the offering authority. Rebooking and cancelling are possible as the offer
// says, until the meeting starts; a group meeting offer is its own GruppemoedeId.
import type { OfferSlot, OnlineOffer, Summons } from '../../domain/contactProcess.ts';

/** MoedeGruppeType 2: a group meeting. */
const GROUP_MEETING = 2;

export function bookedSummons(
  offer: OnlineOffer,
  slot: OfferSlot,
  base: Pick<Summons, 'id' | 'cpr' | 'registeredBy' | 'registeredAt'>,
): Summons {
  return {
    id: base.id,
    cpr: base.cpr,
    interviewType: offer.interviewType,
    meetingGroupType: offer.meetingGroupType,
    contactType: offer.contactTypes[0]!,
    digitalMeetingLink: offer.digitalMeetingLink,
    groupMeetingId: offer.meetingGroupType === GROUP_MEETING ? offer.id : null,
    startTime: slot.startTime,
    endTime: slot.endTime,
    durationMinutes: null,
    title: offer.title,
    description: offer.description,
    location: offer.location,
    rebookingPossible: offer.rebookingPossible,
    rebookingDeadline: offer.rebookingPossible ? slot.startTime : null,
    cancellationPossible: offer.cancellationPossible,
    cancellationDeadline: offer.cancellationPossible ? slot.startTime : null,
    selfBooked: true,
    compulsoryAttendance: true,
    offerId: offer.id,
    slotId: slot.id,
    organisationType: offer.organisationType,
    organisationCode: offer.organisationCode,
    registeredBy: base.registeredBy,
    registeredAt: base.registeredAt,
    cancelledAt: null,
    cancellation: null,
    version: 1,
  };
}
