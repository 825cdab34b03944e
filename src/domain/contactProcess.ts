// The contact process (kontaktforløb) of a citizen as plain data: summonses and self-booked interviews
// (indkaldelser), the a-kasse participation choice (deltagelsesvalg), authority participants
// (myndighedsdeltagere), online booking offers (onlinetilbud / mødetilbud), self-booking deadlines
// (frister), held interviews (afholdte samtaler) and the citizen's SMS/e-mail sign-up. Rules of area MTG
// read these shapes; the store loads and saves them; the handlers of Kontaktforloeb.IndkaldelseService,
// BorgerBookingService and FristService map the SOAP contract to and from them
// (../shared/contracts/indkaldelse.md, booking-frist.md). Times are xs:dateTime strings as received.
import type { Absence, Actor, IsoDate } from './types.ts';

/** An xs:dateTime, e.g. '2024-03-05T10:00:00' or with an offset. */
export type DateTime = string;

/** SamtaleType / InterviewTypeIdentifier values the rules name (codelists/interview-types.json has them all). */
export const InterviewType = {
  Fleksjobopfoelgningssamtale: 5,
  Jobsamtale: 7,
  CvSamtale: 10,
  AndenSamtale: 12,
  Raadighedssamtale: 15,
  FaellesJobsamtaleMedDagpengemodtager: 17,
} as const;

/**
 * The "nulstillende" (resetting) interview types, which restart the legal interview clock (InterviewService
 * §4.3 rules 1, 2, 5). The list was not found: the jobsamtaler, the follow-up interview and the a-kasse's CV and
 * availability interviews that rule 2's example names (docs/contract-decisions.md).
 */
export const RESETTING_INTERVIEW_TYPES: readonly number[] = [4, 7, 10, 15, 17];

/** Afholdelsesform / samtaleform (InterviewContactTypeIdentifier) 8: a digital meeting needs a link. */
export const DIGITAL_MEETING_CONTACT_TYPE = 8;

/** Why a summons stopped being active. */
export type SummonsCancellation =
  /** DeleteIndkaldelse by an authority, or the citizen cancelling a booking. */
  | 'cancelled'
  /** DFDG: the citizen returned to contact group 1 during an active absence 75 (R-MTG-15). */
  | 'contact-group-return'
  /** DFDG: absence 75 ended and the a-kasse's contact-process summons lapsed (R-MTG-03). */
  | 'akasse-period-ended';

/** A planned interview: a summons from an authority or an interview the citizen booked (Selvbooket). */
export interface Summons {
  id: string;
  cpr: string;
  interviewType: number;
  /** MoedeGruppeType / InterviewFormTypeIdentifier: individual or group meeting. */
  meetingGroupType: number;
  /** Samtaleform / afholdelsesform / InterviewContactTypeIdentifier. */
  contactType: number;
  digitalMeetingLink: string | null;
  groupMeetingId: string | null;
  startTime: DateTime;
  endTime: DateTime | null;
  durationMinutes: number | null;
  title: string | null;
  description: string | null;
  location: string | null;
  rebookingPossible: boolean;
  rebookingDeadline: DateTime | null;
  cancellationPossible: boolean;
  cancellationDeadline: DateTime | null;
  selfBooked: boolean;
  compulsoryAttendance: boolean;
  /** The online offer and meeting time a self-booked interview was booked from. */
  offerId: string | null;
  slotId: string | null;
  /** The authority responsible for the interview (organisation type + code). */
  organisationType: number;
  organisationCode: string;
  registeredBy: Actor;
  registeredAt: DateTime;
  cancelledAt: DateTime | null;
  cancellation: SummonsCancellation | null;
  /** Increases with every change; the version identifier of GetIndkaldelseshistorik and the WSB event. */
  version: number;
}

/** The legacy read flags of a summons (JobnetBookingDetails, indkaldelse.md §3.4; D-119): a meeting the
 *  authority booked without mødepligt is a proposal the citizen should accept; the citizen's own booking is
 *  accepted by being made. There is no acceptance step besides booking, so a proposal stays unaccepted. */
export const citizenShouldAcceptBooking = (s: Summons): boolean => !s.selfBooked && !s.compulsoryAttendance;
export const acceptedBooking = (s: Summons): boolean => s.selfBooked;

/**
 * The a-kasse participation choice for a joint job interview (type 17): whether the citizen (or the
 * a-kasse) wants the a-kasse to take part. Registered by the non-summoning authority (R-MTG-04).
 */
export interface ParticipationChoice {
  id: string;
  cpr: string;
  summonsId: string;
  /** ParticipationStatusTypeIdentifier (codelists/participation-choices.json). */
  choice: number;
  registeredBy: Actor;
  registeredAt: DateTime;
  /** Set when DFDG resets the choice because a type 17 interview was registered as held. */
  resetAt: DateTime | null;
}

/** Another authority's person taking part in an interview (myndighedsdeltager). */
export interface AuthorityParticipant {
  id: string;
  summonsId: string;
  name: string | null;
  contactDetails: string | null;
  phone: string | null;
  email: string | null;
  organisationType: number | null;
  organisationCode: string | null;
  deletedAt: DateTime | null;
}

/** One bookable time of an online offer. */
export interface OfferSlot {
  id: string;
  startTime: DateTime;
  endTime: DateTime;
  /** The self-booked summons occupying the slot, if any. */
  bookedSummonsId: string | null;
  /** The citizen holding the slot while they book it (CreateMoedetidReservation), if anyone ever did; a hold
   *  counts only until `untilMs`. */
  hold: SlotHold | null;
}

/** A meeting time held for a citizen's booking (booking-frist.md §5.1, D-158). */
export interface SlotHold {
  cpr: string;
  /** The booking id the citizen will book (or rebook) the time under. */
  bookingId: string;
  /** Epoch milliseconds: the hold lapses at this instant. */
  untilMs: number;
}

/** True while the hold binds the slot. */
export const holdIsLive = (h: SlotHold | null, nowMs: number): h is SlotHold => h !== null && h.untilMs > nowMs;

/** What DFDG tells the planner of the citizen's jobcentre when it asks for self-booking options
 *  (ExternalBookingService v3 GetSelfbookInterviewOptions, booking-frist.md §4.1). */
export interface SelfBookingInquiry {
  cpr: string;
  jobcentreCode: string;
  contactGroup: number;
  /** The citizen's absences that have not ended (the deprecated AbsenceCollection old planners still read). */
  absences: Absence[];
}

/** An online booking offer (onlinetilbud / mødetilbud) a jobcentre or a-kasse sets up for self-booking. */
export interface OnlineOffer {
  id: string;
  organisationType: number;
  organisationCode: string;
  interviewType: number;
  /** The contact forms (samtaleformer) the meeting can be held in, at least one; a booking takes the first. */
  contactTypes: number[];
  meetingGroupType: number;
  /** Mødetitel, at most 100 characters (R-MTG-10). */
  title: string;
  /** Mødebeskrivelse, at most 500 characters (R-MTG-10). */
  description: string | null;
  location: string | null;
  digitalMeetingLink: string | null;
  rebookingPossible: boolean;
  cancellationPossible: boolean;
  /** The citizen the offer is for; null = any citizen of the authority. */
  cpr: string | null;
  slots: OfferSlot[];
  createdAt: DateTime;
  withdrawnAt: DateTime | null;
}

/** A citizen's report that booking failed (CreateFejlmelding). */
export interface BookingErrorReport {
  id: string;
  cpr: string;
  offerId: string | null;
  summonsId: string | null;
  /** Fejlkode (codelists/booking-error-types.json). */
  errorType: number;
  text: string | null;
  /** FejlOphav: ClientSystemTypeIdentifier 30 DFDG or 32 Jobnet. */
  origin: number;
  reportedAt: DateTime;
}

/** FristStatusType / InterviewDeadlineStatusTypeIdentifier (codelists/deadline-statuses.json). */
export const DeadlineStatus = {
  Active: 1,
  Fulfilled: 2,
  Expired: 3,
  Closed: 4,
} as const;

/** A self-booking deadline (frist for selvbooking) from FristService. */
export interface Deadline {
  id: string;
  cpr: string;
  interviewType: number;
  startDate: IsoDate;
  /** Fristdato (InterviewDeadlineDate): the last day to book. */
  endDate: IsoDate;
  /** SidsteAfholdelsesdato (InterviewDateLimit): the booked interview must be held by then. */
  dateLimit: IsoDate;
  status: number;
  organisationType: number;
  organisationCode: string;
  registeredBy: Actor;
  registeredAt: DateTime;
  /** The booking that fulfilled the deadline. */
  fulfilledBySummonsId: string | null;
  closedAt: DateTime | null;
  version: number;
}

/** A held interview (afholdt samtale), the input of R-MTG-11..13, R-MTG-16 and R-MTG-17. */
export interface HeldInterview {
  id: string;
  cpr: string;
  interviewType: number;
  heldAt: DateTime;
  bookingId: string | null;
  /** The contact group the citizen was in on the day it was held (R-MTG-17 filters on it). */
  contactGroupWhenHeld: number | null;
  organisationType: number;
  organisationCode: string;
  registeredBy: Actor;
  registeredAt: DateTime;
}

/** DFDG's SMS and e-mail service: whether the citizen signed up for notifications (R-NOT-10). */
export interface NotificationSignup {
  cpr: string;
  sms: boolean;
  email: boolean;
}

/** Straksbooking: after a missed deadline the citizen must book at once, an interview of the type that
 *  caused the deregistration (R-MTG-09). */
export interface ImmediateBooking {
  cpr: string;
  interviewType: number;
  deadlineId: string;
  since: IsoDate;
}

/** Everything of a citizen's contact process the MTG rules look at. */
export interface ContactProcessState {
  summonses: Summons[];
  deadlines: Deadline[];
  heldInterviews: HeldInterview[];
  participationChoices: ParticipationChoice[];
  signup: NotificationSignup | null;
  immediateBooking: ImmediateBooking | null;
}

/** The parts of a contact process, each loaded by its own query. */
export type ContactProcessPart = keyof ContactProcessState;

/** Thrown when code reads a part of the contact process its state was not loaded with (a write declares the
 *  parts it reads, so it never loads the citizen's whole history; a missing declaration is a programming error,
 *  never a silently empty list). */
export class ContactProcessNotLoaded extends Error {
  constructor(part: ContactProcessPart, loaded: ReadonlySet<ContactProcessPart>) {
    super(
      `the contact process's ${part} were read from a state loaded with ${[...loaded].join(', ')} only: ` +
        'declare them where the write loads its contact process',
    );
  }
}

/** The choice currently in force for a summons: the latest one not reset. */
export function currentChoice(choices: readonly ParticipationChoice[], summonsId: string): ParticipationChoice | null {
  return choices.filter((c) => c.summonsId === summonsId && c.resetAt === null).at(-1) ?? null;
}
