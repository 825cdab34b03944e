// Online offers (mødetilbud) between BorgerBookingService's contract and the domain.
import type { OfferDraft } from '../../app/contactProcess/onlineOffers.ts';
import type { MoedetilbudType } from '../../contract/generated/types.ts';
import type { OnlineOffer } from '../../domain/contactProcess.ts';

/** The offer a CreateMoedetilbud describes, its ids as given. */
export function offerDraft(m: MoedetilbudType): OfferDraft {
  return {
    id: m.MoedetilbudId,
    interviewType: m.InterviewTypeIdentifier,
    contactType: m.InterviewContactTypeIdentifier,
    meetingGroupType: m.InterviewFormTypeIdentifier,
    title: m.MoedeTitel,
    description: m.MoedeBeskrivelse ?? null,
    location: m.InterviewLocationDetail ?? null,
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

export function toMoedetilbud(o: OnlineOffer): MoedetilbudType {
  return {
    MoedetilbudId: o.id,
    InterviewTypeIdentifier: o.interviewType,
    InterviewFormTypeIdentifier: o.meetingGroupType,
    InterviewContactTypeIdentifier: o.contactType,
    MoedeTitel: o.title,
    MoedeBeskrivelse: o.description ?? undefined,
    InterviewLocationDetail: o.location ?? undefined,
    DigitaltMoedelink: o.digitalMeetingLink ?? undefined,
    ReBookingPossible: o.rebookingPossible,
    CancellationPossible: o.cancellationPossible,
    PersonCivilRegistrationIdentifier: o.cpr ?? undefined,
    Moedetider: {
      Moedetid: o.slots.map((s) => ({ MoedetidId: s.id, BookingStartTime: s.startTime, BookingEndTime: s.endTime })),
    },
  };
}
