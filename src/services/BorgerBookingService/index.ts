// BorgerBookingService (Version 1): online booking offers (mødetilbud) a jobcentre or a-kasse sets up, the
// citizen's self-booking from them through Jobnet (book, rebook, cancel) and Jobnet's error reports
// (booking-frist.md §3–§5). A booking is a summons with SelfBooked = true, registered on the citizen's own
// behalf (user type 1, the CPR as user identifier, conventions.md §1.3) under the offering authority, so it
// passes the same checks and notifications as any summons. Access [I]: offers by JobCenter and A-kasse for
// their citizens; bookings through the ActiveOrganisation of the citizen's jobcentre or a-kasse.
import { randomUUID } from 'node:crypto';
import type { BorgerBookingServiceOperations } from '../../contract/generated/services.ts';
import type { MoedetilbudType } from '../../contract/generated/types.ts';
import { alle, egne, isOwnCitizen, currentAkasse, type AccessDeclaration } from '../../access/model.ts';
import { DIGITAL_MEETING_CONTACT_TYPE, type OnlineOffer, type OfferSlot, type Summons } from '../../domain/contactProcess.ts';
import { OrganisationType, type Actor } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { firstViolation, type ValidationRule } from '../../rules/engine.ts';
import type { BookingCommand } from '../../rules/mtg/contact-command.ts';
import { akasseInterviewTypes, akasseMaySummonTo } from '../../rules/mtg/r-mtg-01-akasse-interview-types.ts';
import { type17SelfBooking } from '../../rules/mtg/r-mtg-06-type-17-self-booking.ts';
import { offersDuringImmediateBooking } from '../../rules/mtg/r-mtg-09-missed-deadline.ts';
import { offerTextLengths } from '../../rules/mtg/r-mtg-10-offer-text-lengths.ts';
import { jobcentreOutsideGroup1 } from '../../rules/mtg/r-mtg-14-jobcentre-outside-group-1.ts';
import { loadCitizenState } from '../../store/citizenRepository.ts';
import {
  bookSlot,
  clearImmediateBooking,
  findOffer,
  findSummons,
  insertBookingErrorReport,
  insertOffer,
  offersFor,
  releaseSlot,
  updateOfferDetails,
} from '../../store/contactProcessRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { calendarDateOf, wallClockOf } from '../../domain/dates.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { contactContext, type ContactChangeContext } from '../contactProcess/context.ts';
import { fulfilDeadlinesWith } from '../contactProcess/deadlineChanges.ts';
import { cancelSummons, saveSummons } from '../contactProcess/summonsChanges.ts';
import { checkSummons } from '../contactProcess/summonsValidation.ts';
import { requireSelfBookingUser } from '../contactProcess/selfBooking.ts';
import { asFault, enforceRules } from '../enforceRules.ts';
import { receipt } from '../receipt.ts';
import { offerFrom, toMoedetilbud } from './mapping.ts';

const offerAccess = { allowed: { Jobcenter: [alle], AKasse: [alle] }, citizen: null, writes: true } as const;
const bookingAccess = <Req>(citizen: (r: Req) => string, writes = true): AccessDeclaration<Req> => ({
  allowed: { Jobcenter: [egne], AKasse: [egne], STAR: [alle] },
  citizen,
  writes,
});

/** ClientSystemTypeIdentifier 30 DFDG and 32 Jobnet: the only origins of an error report (booking-frist.md §5.2). */
const ERROR_ORIGINS: ReadonlySet<number> = new Set([30, 32]);

/** The rules a citizen's booking from an offer passes, besides those of every summons. */
export const bookingRules: readonly ValidationRule<BookingCommand>[] = [type17SelfBooking, jobcentreOutsideGroup1];

function checkOfferFields(m: MoedetilbudType, ctx: CallContext): void {
  const date = ctx.businessDate;
  requireCodeListValue('interview-types', m.InterviewTypeIdentifier, date, 'InterviewTypeIdentifier', 'InterviewTypeInvalid');
  requireCodeListValue('interview-contact-types', m.InterviewContactTypeIdentifier, date, 'InterviewContactTypeIdentifier', 'InterviewContactTypeInvalid');
  requireCodeListValue('meeting-group-types', m.InterviewFormTypeIdentifier, date, 'InterviewFormTypeIdentifier', 'InterviewFormTypeInvalid');
  if (m.InterviewContactTypeIdentifier === DIGITAL_MEETING_CONTACT_TYPE && m.DigitaltMoedelink === undefined) throw fault('DigitalMeetingLinkRequired');
  checkOfferText(m.MoedeTitel, m.MoedeBeskrivelse ?? null, date);
  for (const t of m.Moedetider.Moedetid ?? []) {
    if (calendarDateOf(t.BookingStartTime) < date) throw fault('BookingTimeBeforeToday', `Moedetid ${t.MoedetidId}`);
    if (t.BookingEndTime < t.BookingStartTime) throw fault('BookingEndBeforeStart', `Moedetid ${t.MoedetidId}`);
  }
}

function checkOfferText(title: string, description: string | null, businessDate: string): void {
  enforceRules([offerTextLengths], { title, description }, businessDate);
}

/** The authority an offer belongs to, acting on the citizen's behalf (the user of the self-booking request). */
const offeringAuthority = (offer: OnlineOffer, ctx: CallContext): Extract<Actor, { kind: 'authority' }> => ({
  ...ctx.actor,
  organisationType: offer.organisationType,
  organisationCode: offer.organisationCode,
});

/** The citizen's jobcentre and a-kasse: whose offers the citizen may book. */
function citizensAuthorities(c: ContactChangeContext) {
  const akasse = currentAkasse(c.citizen, c.businessDate);
  return [
    { organisationType: OrganisationType.Jobcenter, organisationCode: c.citizen.person.jobcenterCode },
    ...(akasse ? [{ organisationType: OrganisationType.AKasse, organisationCode: akasse }] : []),
  ];
}

function bookingRefusal(c: ContactChangeContext, offer: OnlineOffer, ctx: CallContext) {
  return firstViolation(bookingRules, { citizen: c.citizen, process: c.process, actor: offeringAuthority(offer, ctx), date: c.businessDate, offer }, c.businessDate);
}

/** The offer with this slot that the citizen may book from, or 4964. */
async function bookableOffer(c: ContactChangeContext, offerId: string): Promise<OnlineOffer> {
  const offer = await findOffer(c.db, offerId.toLowerCase());
  const mine = offer && (offer.cpr === null || offer.cpr === c.citizen.person.cpr);
  const ofMyAuthority = offer && citizensAuthorities(c).some((a) => a.organisationType === offer.organisationType && a.organisationCode === offer.organisationCode);
  if (!offer || !mine || !ofMyAuthority || offer.withdrawnAt !== null) throw fault('UnknownOffer', `MoedetilbudId ${offerId}`);
  return offer;
}

function slotOf(offer: OnlineOffer, slotId: string): OfferSlot {
  const slot = offer.slots.find((s) => s.id === slotId.toLowerCase());
  if (!slot) throw fault('UnknownOffer', `MoedetidId ${slotId}`);
  return slot;
}

async function takeSlot(c: ContactChangeContext, slot: OfferSlot, summonsId: string): Promise<void> {
  if (!(await bookSlot(c.db, slot.id, summonsId))) throw fault('MeetingTimeTaken', `MoedetidId ${slot.id}`);
}

/** Rebooking or cancelling: allowed at all, and not past its deadline (compared as Danish wall-clock time,
 *  whatever offsets the two carry). */
const stillPossible = (possible: boolean, deadline: string | null, now: string) => possible && (deadline === null || wallClockOf(now) <= wallClockOf(deadline));

/** The citizen's own active self-booked summons, or 4768 / 8107. */
async function ownBooking(c: ContactChangeContext, id: string): Promise<Summons> {
  const s = await findSummons(c.db, id.toLowerCase());
  if (!s) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id}`);
  if (s.cpr !== c.citizen.person.cpr) throw fault('BookingNotOfPerson');
  if (!s.selfBooked || s.cancelledAt !== null) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id} is not an active self-booked interview`);
  return s;
}

export const operations: BorgerBookingServiceOperations = {
  CreateMoedetilbud: {
    access: offerAccess,
    async handle(req, ctx) {
      const m = req.Moedetilbud;
      checkOfferFields(m, ctx);
      const id = m.MoedetilbudId.toLowerCase();
      if (await findOffer(ctx.db, id)) throw fault('IdentifierInUse', `MoedetilbudId ${id}`);
      if (m.PersonCivilRegistrationIdentifier !== undefined) {
        const state = await loadCitizenState(ctx.db, m.PersonCivilRegistrationIdentifier);
        if (!state) throw fault('UnknownCpr');
        const row = ctx.actor.organisationType === OrganisationType.AKasse ? 'AKasse' : 'Jobcenter';
        if (!isOwnCitizen(row, ctx.actor.organisationCode, state, ctx.businessDate)) throw fault(row === 'AKasse' ? 'MemberOfOtherUnemploymentFund' : 'NotOwnJobcenterCitizen');
      }
      if (ctx.actor.organisationType === OrganisationType.AKasse && !akasseMaySummonTo(m.InterviewTypeIdentifier)) {
        throw fault('AkasseInterviewTypeNotAllowed', `${akasseInterviewTypes.id}: an a-kasse cannot offer interview type ${m.InterviewTypeIdentifier}`);
      }
      await insertOffer(ctx.db, offerFrom(m, ctx.actor, ctx.now));
      return receipt(ctx, id);
    },
  },
  UpdateMoedetilbud: {
    access: offerAccess,
    async handle(req, ctx) {
      const offer = await findOffer(ctx.db, req.MoedetilbudId.toLowerCase());
      if (!offer) throw fault('UnknownOffer', `MoedetilbudId ${req.MoedetilbudId}`);
      if (offer.organisationType !== ctx.actor.organisationType || offer.organisationCode !== ctx.actor.organisationCode) throw fault('NotAuthorized');
      checkOfferText(req.MoedeTitel, req.MoedeBeskrivelse ?? null, ctx.businessDate);
      const link = req.DigitaltMoedelink ?? null;
      if (offer.contactType === DIGITAL_MEETING_CONTACT_TYPE && link === null) throw fault('DigitalMeetingLinkRequired');
      await updateOfferDetails(ctx.db, { ...offer, title: req.MoedeTitel, description: req.MoedeBeskrivelse ?? null, location: req.InterviewLocationDetail ?? null, digitalMeetingLink: link });
      return receipt(ctx);
    },
  },
  GetSelvbookingMoedetilbud: {
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const offers = offersDuringImmediateBooking(await offersFor(ctx.db, citizensAuthorities(c), req.PersonCivilRegistrationIdentifier), c.process.immediateBooking)
        .filter((o) => bookingRefusal(c, o, ctx) === null)
        .map((o) => ({ ...o, slots: o.slots.filter((s) => s.bookedSummonsId === null && calendarDateOf(s.startTime) >= ctx.businessDate) }))
        .filter((o) => o.slots.length > 0);
      if (offers.length === 0) throw fault('NoBookingOptions');
      return {
        StraksbookingPaakraevet: c.process.immediateBooking !== null,
        MoedetilbudSamling: {
          Moedetilbud: offers.map(toMoedetilbud),
        },
      };
    },
  },
  CreateBooking: {
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      requireSelfBookingUser(ctx.actor, req.PersonCivilRegistrationIdentifier);
      const c0 = await contactContext(ctx);
      const offer = await bookableOffer(c0, req.MoedetilbudId);
      const c = { ...c0, actor: offeringAuthority(offer, ctx) };
      const slot = slotOf(offer, req.MoedetidId);
      if (offersDuringImmediateBooking([offer], c.process.immediateBooking).length === 0) {
        throw fault('NoBookingOptions', `straksbooking: only interview type ${c.process.immediateBooking!.interviewType}`);
      }
      const id = req.BookingIdentifier.toLowerCase();
      if (await findSummons(ctx.db, id)) throw fault('IdentifierInUse', `BookingIdentifier ${id}`);
      const s: Summons = {
        id,
        cpr: req.PersonCivilRegistrationIdentifier,
        interviewType: offer.interviewType,
        meetingGroupType: offer.meetingGroupType,
        contactType: offer.contactType,
        digitalMeetingLink: offer.digitalMeetingLink,
        groupMeetingId: offer.meetingGroupType === 2 ? offer.id : null,
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
        registeredBy: ctx.actor,
        registeredAt: ctx.now,
        cancelledAt: null,
        cancellation: null,
        version: 1,
      };
      checkSummons(c, s, null);
      const refusal = bookingRefusal(c, offer, ctx);
      if (refusal) throw asFault(refusal);
      await takeSlot(c, slot, s.id);
      await saveSummons(c, 1, s);
      await fulfilDeadlinesWith(c, s);
      if (c.process.immediateBooking?.interviewType === s.interviewType) await clearImmediateBooking(ctx.db, s.cpr);
      return receipt(ctx, s.id);
    },
  },
  RescheduleBooking: {
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      requireSelfBookingUser(ctx.actor, req.PersonCivilRegistrationIdentifier);
      const c = await contactContext(ctx);
      const before = await ownBooking(c, req.BookingIdentifier);
      if (!stillPossible(before.rebookingPossible, before.rebookingDeadline, ctx.now)) throw fault('RebookingNotPossible');
      const offer = await bookableOffer(c, before.offerId!);
      const refusal = bookingRefusal(c, offer, ctx);
      if (refusal) throw asFault(refusal);
      const slot = slotOf(offer, req.MoedetidId);
      if (calendarDateOf(slot.startTime) < ctx.businessDate) throw fault('BookingTimeBeforeToday');
      await takeSlot(c, slot, before.id);
      await releaseSlot(ctx.db, before.slotId!);
      const after: Summons = {
        ...before,
        startTime: slot.startTime,
        endTime: slot.endTime,
        slotId: slot.id,
        rebookingDeadline: slot.startTime,
        cancellationDeadline: before.cancellationPossible ? slot.startTime : null,
        version: before.version + 1,
      };
      await saveSummons({ ...c, actor: offeringAuthority(offer, ctx) }, 2, after);
      return receipt(ctx);
    },
  },
  CancelBooking: {
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      requireSelfBookingUser(ctx.actor, req.PersonCivilRegistrationIdentifier);
      const c = await contactContext(ctx);
      const before = await ownBooking(c, req.BookingIdentifier);
      if (!stillPossible(before.cancellationPossible, before.cancellationDeadline, ctx.now)) throw fault('CancellationNotPossible');
      await cancelSummons(c, before, 'cancelled');
      return receipt(ctx);
    },
  },
  CreateFejlmelding: {
    access: bookingAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      if (!ERROR_ORIGINS.has(req.FejlOphav)) throw fault('IllegalErrorOrigin', `FejlOphav ${req.FejlOphav}`);
      requireCodeListValue('booking-error-types', req.Fejlkode, ctx.businessDate, 'Fejlkode');
      if (req.MoedetilbudId !== undefined && !(await findOffer(ctx.db, req.MoedetilbudId.toLowerCase()))) throw fault('UnknownOffer', `MoedetilbudId ${req.MoedetilbudId}`);
      if (req.BookingIdentifier !== undefined) {
        const s = await findSummons(ctx.db, req.BookingIdentifier.toLowerCase());
        if (!s) throw fault('UnknownBookingIdentifier');
        if (s.cpr !== req.PersonCivilRegistrationIdentifier) throw fault('BookingNotOfPerson');
      }
      await insertBookingErrorReport(ctx.db, {
        id: randomUUID(),
        cpr: req.PersonCivilRegistrationIdentifier,
        offerId: req.MoedetilbudId?.toLowerCase() ?? null,
        summonsId: req.BookingIdentifier?.toLowerCase() ?? null,
        errorType: req.Fejlkode,
        text: req.Fejltekst ?? null,
        origin: req.FejlOphav,
        reportedAt: req.FejlTidspunkt,
      });
      return {};
    },
  },
};
