// The contact process between its SOAP shapes (Kontaktforloeb.IndkaldelseService, FristService) and the
// domain: one place for each direction, used by the services and by the notifications they write.
import type { FristInfoType, FristType, IndkaldelseInfoType, IndkaldelseType, MyndighedsdeltagerType } from '../../contract/generated/types.ts';
import type { AuthorityParticipant, Deadline, ParticipationChoice, Summons } from '../../domain/contactProcess.ts';
import type { Actor } from '../../domain/types.ts';

/** null → absent element. */
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The summons a create or update describes; identity, origin and state come from `base`. */
export function summonsFrom(i: IndkaldelseType, base: Pick<Summons, 'id' | 'cpr' | 'organisationType' | 'organisationCode' | 'registeredBy' | 'registeredAt' | 'version' | 'offerId' | 'slotId'>): Summons {
  return {
    ...base,
    interviewType: i.InterviewTypeIdentifier,
    meetingGroupType: i.InterviewFormTypeIdentifier,
    contactType: i.InterviewContactTypeIdentifier,
    digitalMeetingLink: i.DigitaltMoedelink ?? null,
    groupMeetingId: i.GruppemoedeId?.toLowerCase() ?? null,
    startTime: i.BookingStartTime,
    endTime: i.BookingEndTime ?? null,
    durationMinutes: i.Varighed ?? null,
    title: i.InterviewTitle ?? null,
    description: i.InterviewDescription ?? null,
    location: i.InterviewLocationDetail ?? null,
    rebookingPossible: i.ReBookingPossible,
    rebookingDeadline: i.ReBookingDeadline ?? null,
    cancellationPossible: i.CancellationPossible,
    cancellationDeadline: i.CancellationDeadline ?? null,
    selfBooked: i.SelfBooked ?? false,
    compulsoryAttendance: i.CompulsoryAttendance,
    cancelledAt: null,
    cancellation: null,
  };
}

export function toIndkaldelse(s: Summons): IndkaldelseType {
  return {
    BookingIdentifier: s.id,
    GruppemoedeId: opt(s.groupMeetingId),
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
    InterviewLocationDetail: opt(s.location),
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
export function toIndkaldelseInfo(s: Summons, participants: readonly AuthorityParticipant[], choice: ParticipationChoice | null): IndkaldelseInfoType {
  return {
    Indkaldelse: toIndkaldelse(s),
    BookingOriginator: { OrganisationTypeIdentifier: s.organisationType, OrganisationCode: s.organisationCode },
    VersionIdentifier: s.version,
    Aflyst: s.cancelledAt !== null,
    AflystTidspunkt: opt(s.cancelledAt),
    AflystAfDfdg: s.cancellation === 'contact-group-return' || s.cancellation === 'akasse-period-ended',
    ParticipationStatusTypeIdentifier: choice?.choice,
    Myndighedsdeltagere: { Myndighedsdeltager: participants.map(toMyndighedsdeltager) },
  };
}

/** The choice currently in force for a summons: the latest one not reset. */
export function currentChoice(choices: readonly ParticipationChoice[], summonsId: string): ParticipationChoice | null {
  return choices.filter((c) => c.summonsId === summonsId && c.resetAt === null).at(-1) ?? null;
}

export function toFrist(d: Deadline): FristType {
  return {
    FristId: d.id,
    InterviewTypeIdentifier: d.interviewType,
    InterviewDeadlineStartDate: d.startDate,
    InterviewDeadlineDate: d.endDate,
    InterviewDateLimit: d.dateLimit,
  };
}

export function toFristInfo(d: Deadline): FristInfoType {
  const by = d.registeredBy;
  return {
    Frist: toFrist(d),
    InterviewDeadlineStatusTypeIdentifier: d.status,
    FulfilledByBookingIdentifier: opt(d.fulfilledBySummonsId),
    RegisteringAuthority:
      by.kind === 'authority'
        ? { OrganisationTypeIdentifier: by.organisationType, OrganisationCode: by.organisationCode }
        : { OrganisationTypeIdentifier: d.organisationType, OrganisationCode: d.organisationCode },
    VersionIdentifier: d.version,
  };
}

export function registeringAuthority(actor: Actor) {
  return actor.kind === 'authority' ? { OrganisationTypeIdentifier: actor.organisationType, OrganisationCode: actor.organisationCode } : undefined;
}
