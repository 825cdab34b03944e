// Online offers (mødetilbud, InterviewOption) between BorgerBookingService's contract and the domain.
import type { OfferDraft } from '../../app/contactProcess/onlineOffers.ts';
import type { InterviewOptionType } from '../../contract/generated/types.ts';
import { locationOf, toLocationDetail } from '../../contract/mapping/contactProcess.ts';
import type { OnlineOffer } from '../../domain/contactProcess.ts';

/** The offer a CreateMoedetilbud describes, its ids as given. */
export function offerDraft(m: InterviewOptionType): OfferDraft {
  return {
    id: m.InterviewOptionIdentifier,
    interviewType: m.InterviewTypeIdentifier,
    contactTypes: m.InterviewContactTypeIdentifierCollection.InterviewContactTypeIdentifier,
    meetingGroupType: m.InterviewFormTypeIdentifier,
    title: m.MoedeTitel,
    description: m.MoedeBeskrivelse ?? null,
    location: locationOf(m.InterviewLocationDetail),
    digitalMeetingLink: m.DigitaltMoedelink ?? null,
    rebookingPossible: m.ReBookingPossible,
    cancellationPossible: m.CancellationPossible,
    cpr: m.PersonCivilRegistrationIdentifier ?? null,
    slots: (m.Moedetider.Moedetid ?? []).map((t) => ({
      id: t.MoedetidId,
      startTime: t.BookingStartTime,
      endTime: t.BookingEndTime,
    })),
  };
}

export function toInterviewOption(o: OnlineOffer): InterviewOptionType {
  return {
    InterviewOptionIdentifier: o.id,
    InterviewTypeIdentifier: o.interviewType,
    InterviewFormTypeIdentifier: o.meetingGroupType,
    InterviewContactTypeIdentifierCollection: { InterviewContactTypeIdentifier: o.contactTypes },
    InterviewLocationDetail: toLocationDetail(o.location),
    MoedeTitel: o.title,
    MoedeBeskrivelse: o.description ?? undefined,
    DigitaltMoedelink: o.digitalMeetingLink ?? undefined,
    ReBookingPossible: o.rebookingPossible,
    CancellationPossible: o.cancellationPossible,
    PersonCivilRegistrationIdentifier: o.cpr ?? undefined,
    Moedetider: {
      Moedetid: o.slots.map((s) => ({ MoedetidId: s.id, BookingStartTime: s.startTime, BookingEndTime: s.endTime })),
    },
  };
}
