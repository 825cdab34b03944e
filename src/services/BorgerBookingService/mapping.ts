// Online offers (mødetilbud) between BorgerBookingService's contract and the domain.
import type { MoedetilbudType } from '../../contract/generated/types.ts';
import type { OnlineOffer } from '../../domain/contactProcess.ts';
import type { Authority } from '../../domain/jobOrder.ts';

/** A new offer of `owner` with its meeting times, none booked. */
export function offerFrom(m: MoedetilbudType, owner: Authority, now: string): OnlineOffer {
  return {
    id: m.MoedetilbudId.toLowerCase(),
    organisationType: owner.organisationType,
    organisationCode: owner.organisationCode,
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
    slots: (m.Moedetider.Moedetid ?? []).map((t) => ({ id: t.MoedetidId.toLowerCase(), startTime: t.BookingStartTime, endTime: t.BookingEndTime, bookedSummonsId: null })),
    createdAt: now,
    withdrawnAt: null,
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
    Moedetider: { Moedetid: o.slots.map((s) => ({ MoedetidId: s.id, BookingStartTime: s.startTime, BookingEndTime: s.endTime })) },
  };
}
