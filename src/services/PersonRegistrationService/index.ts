// PersonRegistrationService (Version 9), the contact-process part: CreatePersonInterview registers a held
// interview (indkaldelse.md §4.3/§4.4) under the MTG rules (R-MTG-11..14, R-MTG-16) and resets the
// participation choice once a fælles jobsamtale (17) is held (§3.6 rule 3); CreateContactGroup moves the
// citizen into a contact group, which may cancel the jobcentre's deadlines, summonses and bookings (R-MTG-15).
// Access: A-kasse egne, JobCenter egne, Kommune egne (CreateContactGroup: JobCenter and Kommune egne).
import { randomUUID } from 'node:crypto';
import type { PersonRegistrationServiceOperations } from '../../contract/generated/services.ts';
import { egne } from '../../access/model.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { InterviewType, type HeldInterview } from '../../domain/contactProcess.ts';
import { fault } from '../../faults/catalogue.ts';
import type { ValidationRule } from '../../rules/engine.ts';
import { contactGroupOn } from '../../rules/citizen-on-date.ts';
import type { HeldInterviewCommand } from '../../rules/mtg/contact-command.ts';
import { flexjobFollowUpInGroup13 } from '../../rules/mtg/r-mtg-11-flexjob-follow-up-group-13.ts';
import { heldBeforeAbsence75 } from '../../rules/mtg/r-mtg-12-held-before-absence-75.ts';
import { jobcentreHeldInterviewDuringAkassePeriod } from '../../rules/mtg/r-mtg-16-follow-up-type-12.ts';
import { insertHeldInterview, updateParticipationChoice } from '../../store/contactProcessRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { placeInContactGroup } from '../contactGroupChange.ts';
import { contactContext } from '../contactProcess/context.ts';
import { enforceRules } from '../enforceRules.ts';
import { receipt } from '../receipt.ts';

export const heldInterviewRules: readonly ValidationRule<HeldInterviewCommand>[] = [flexjobFollowUpInGroup13, heldBeforeAbsence75, jobcentreHeldInterviewDuringAkassePeriod];

export const operations: PersonRegistrationServiceOperations = {
  CreatePersonInterview: {
    access: { allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne] }, citizen: (r) => r.PersonCivilRegistrationIdentifier, writes: true },
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const p = req.PersonInterview;
      requireCodeListValue('interview-types', p.InterviewTypeIdentifier, ctx.businessDate, 'InterviewTypeIdentifier', 'InterviewTypeInvalid');
      if (p.InterviewContactTypeIdentifier !== undefined) {
        requireCodeListValue('interview-contact-types', p.InterviewContactTypeIdentifier, ctx.businessDate, 'InterviewContactTypeIdentifier', 'InterviewContactTypeInvalid');
      }
      const bookingId = p.BookingIdentifier?.toLowerCase() ?? null;
      if (bookingId !== null && !c.process.summonses.some((s) => s.id === bookingId)) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${bookingId}`);
      if (c.process.heldInterviews.some((h) => h.interviewType === p.InterviewTypeIdentifier && h.heldAt === p.InterviewHeldTime)) {
        throw fault('DuplicateHeldInterview', `type ${p.InterviewTypeIdentifier} at ${p.InterviewHeldTime}`);
      }
      const day = calendarDateOf(p.InterviewHeldTime);
      const interview: HeldInterview = {
        id: p.MessageIdentifier?.toLowerCase() ?? randomUUID(),
        cpr: req.PersonCivilRegistrationIdentifier,
        interviewType: p.InterviewTypeIdentifier,
        heldAt: p.InterviewHeldTime,
        bookingId,
        contactGroupWhenHeld: contactGroupOn(c.citizen, day),
        organisationType: ctx.actor.organisationType,
        organisationCode: ctx.actor.organisationCode,
        registeredBy: ctx.actor,
        registeredAt: ctx.now,
      };
      enforceRules(heldInterviewRules, { citizen: c.citizen, process: c.process, actor: ctx.actor, date: day, interview }, ctx.businessDate);
      await insertHeldInterview(ctx.db, interview);
      if (interview.interviewType === InterviewType.FaellesJobsamtaleMedDagpengemodtager) {
        for (const choice of c.process.participationChoices.filter((x) => x.resetAt === null)) await updateParticipationChoice(ctx.db, { ...choice, resetAt: ctx.now });
      }
      return receipt(ctx, interview.id);
    },
  },
  CreateContactGroup: {
    access: { allowed: { Jobcenter: [egne], Kommune: [egne] }, citizen: (r) => r.PersonCivilRegistrationIdentifier, writes: true },
    async handle(req, ctx) {
      const g = req.ContactGroup;
      requireCodeListValue('contact-groups', g.ContactGroupTypeIdentifier, ctx.businessDate, 'ContactGroupTypeIdentifier', 'ContactGroupInvalid');
      await placeInContactGroup(ctx, g.ContactGroupTypeIdentifier, g.StartDate);
      return receipt(ctx);
    },
  },
};
