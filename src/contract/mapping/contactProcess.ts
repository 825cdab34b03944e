// The contact process from the domain to its SOAP shapes (Kontaktforloeb.IndkaldelseService, FristService): used
// by the services' answers and by the notifications they write. A request's values become the application's
// input types (src/app/contactProcess) in the service's adapter, which is where those types can be named.
import type {
  BookingDetailsType,
  DeltagelsesvalgType,
  BookingOriginatorType,
  IndkaldelseInfoType,
  InterviewDeadlineType,
  InterviewLocationDetailType,
  MyndighedsdeltagerType,
} from '../generated/types.ts';
import {
  acceptedBooking,
  citizenShouldAcceptBooking,
  type AuthorityParticipant,
  type Deadline,
  type ParticipationChoice,
  type Summons,
} from '../../domain/contactProcess.ts';
import type { Actor } from '../../domain/types.ts';

/** null → absent element. */
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The meeting place as the documented InterviewLocationDetail {InterviewLocationDescription}. */
export const toLocationDetail = (location: string | null): InterviewLocationDetailType | undefined =>
  location === null ? undefined : { InterviewLocationDescription: location };
export const locationOf = (d: InterviewLocationDetailType | undefined): string | null =>
  d?.InterviewLocationDescription ?? null;

/** BookingOriginator {OrganisationCode int, OrganisationTypeIdentifier}; a code that is not a number (STAR's) is 0. */
export function toBookingOriginator(organisationType: number, organisationCode: string): BookingOriginatorType {
  return {
    OrganisationCode: /^\d{1,8}$/.test(organisationCode) ? Number(organisationCode) : 0,
    OrganisationTypeIdentifier: organisationType,
  };
}

/** The summons as it is read: the legacy JobnetBookingDetails with its derived flags (D-119). */
export function toBookingDetails(s: Summons): BookingDetailsType {
  return {
    BookingIdentifier: s.id,
    GruppemoedeId: opt(s.groupMeetingId),
    CitizenShouldAcceptBooking: citizenShouldAcceptBooking(s),
    AcceptedBooking: acceptedBooking(s),
    ReBookingPossible: s.rebookingPossible,
    ReBookingDeadline: opt(s.rebookingDeadline),
    CancellationPossible: s.cancellationPossible,
    CancellationDeadline: opt(s.cancellationDeadline),
    SelfBooked: s.selfBooked,
    CompulsoryAttendance: s.compulsoryAttendance,
    BookingStartTime: s.startTime,
    BookingEndTime: opt(s.endTime),
    Varighed: opt(s.durationMinutes),
    InterviewTypeIdentifier: s.interviewType,
    InterviewFormTypeIdentifier: s.meetingGroupType,
    InterviewContactTypeIdentifier: s.contactType,
    DigitaltMoedelink: opt(s.digitalMeetingLink),
    InterviewTitle: opt(s.title),
    InterviewDescription: opt(s.description),
    InterviewLocationDetail: toLocationDetail(s.location),
  };
}

export function toMyndighedsdeltager(p: AuthorityParticipant): MyndighedsdeltagerType {
  return {
    MyndighedsdeltagerId: p.id,
    BookingIdentifier: p.summonsId,
    Navn: opt(p.name),
    Kontaktdetaljer: opt(p.contactDetails),
    Telefonnummer: opt(p.phone),
    Email: opt(p.email),
  };
}

/** The summons as IndkaldelseService reads it, with its current participation choice and participants. */
export function toIndkaldelseInfo(
  s: Summons,
  participants: readonly AuthorityParticipant[],
  choice: ParticipationChoice | null,
): IndkaldelseInfoType {
  return {
    Indkaldelse: toBookingDetails(s),
    BookingOriginator: toBookingOriginator(s.organisationType, s.organisationCode),
    VersionIdentifier: s.version,
    Aflyst: s.cancelledAt !== null,
    AflystTidspunkt: opt(s.cancelledAt),
    AflystAfDfdg: s.cancellation === 'contact-group-return' || s.cancellation === 'akasse-period-ended',
    ParticipationStatusTypeIdentifier: choice?.choice,
    Myndighedsdeltagere: { Myndighedsdeltager: participants.map(toMyndighedsdeltager) },
  };
}

/** A deadline as the documented InterviewDeadline (Frist), its four documented elements first. */
export function toInterviewDeadline(d: Deadline): InterviewDeadlineType {
  const by = d.registeredBy;
  return {
    InterviewDeadlineStatusTypeIdentifier: d.status,
    InterviewTypeIdentifier: d.interviewType,
    InterviewDeadlineDate: d.endDate,
    InterviewDateLimit: d.dateLimit,
    FristId: d.id,
    InterviewDeadlineStartDate: d.startDate,
    FulfilledByBookingIdentifier: opt(d.fulfilledBySummonsId),
    RegisteringAuthority:
      by.kind === 'authority'
        ? { OrganisationTypeIdentifier: by.organisationType, OrganisationCode: by.organisationCode }
        : { OrganisationTypeIdentifier: d.organisationType, OrganisationCode: d.organisationCode },
    VersionIdentifier: d.version,
  };
}

export function registeringAuthority(actor: Actor) {
  return actor.kind === 'authority'
    ? { OrganisationTypeIdentifier: actor.organisationType, OrganisationCode: actor.organisationCode }
    : undefined;
}

/** A participation choice as IndkaldelseService reads it; only authorities register choices. */
export function toDeltagelsesvalg(c: ParticipationChoice): DeltagelsesvalgType {
  return {
    DeltagelsesvalgId: c.id,
    BookingIdentifier: c.summonsId,
    ParticipationStatusTypeIdentifier: c.choice,
    RegisteringAuthority: registeringAuthority(c.registeredBy)!,
    EventDate: c.registeredAt,
    Nulstillet: c.resetAt ?? undefined,
  };
}
