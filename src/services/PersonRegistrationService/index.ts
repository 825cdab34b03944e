// PersonRegistrationService (Version 9), the contact-process part: CreatePersonInterview registers a held
// interview (indkaldelse.md §4.3/§4.4) under the MTG rules (R-MTG-11..14, R-MTG-16) and resets the
// participation choice once a fælles jobsamtale (17) is held (§3.6 rule 3); CreateContactGroup moves the
// citizen into a contact group when none is open (4644), which may cancel the jobcentre's deadlines, summonses
// and bookings (R-MTG-15); UpdateContactGroup ends the open one. Their dates are xs:dateTime on the wire (REST
// CreateKontaktgruppe's Starttidspunkt, visitation-absence.md §4.1) and Danish calendar dates in the domain (D-18).
// Access: A-kasse egne, JobCenter egne, Kommune egne (CreateContactGroup, REST CreateKontaktgruppe: JobCenter and
// Kommune egne, STAR alle borgere, D-102).
import { alle, egne } from '../../access/model.ts';
import { endContactGroup, registerContactGroup } from '../../app/citizen/contactGroups.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { registerHeldInterview } from '../../app/contactProcess/heldInterviews.ts';
import type { PersonRegistrationServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: PersonRegistrationServiceOperations = {
  CreatePersonInterview: {
    kind: 'write',
    access: {
      allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const p = req.PersonInterview;
      const id = await registerHeldInterview(call.write, call.citizen!, call.actor, {
        id: p.MessageIdentifier ?? null,
        interviewType: p.InterviewTypeIdentifier,
        contactType: p.InterviewContactTypeIdentifier ?? null,
        heldAt: p.InterviewHeldTime,
        bookingId: p.BookingIdentifier ?? null,
      });
      return receipt(call.write, id);
    },
  },
  CreateContactGroup: {
    kind: 'write',
    access: {
      allowed: { Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      await registerContactGroup(
        call.write,
        call.citizen!,
        req.ContactGroup.ContactGroupTypeIdentifier,
        calendarDateOf(req.ContactGroup.StartDate),
      );
      return receipt(call.write);
    },
  },
  UpdateContactGroup: {
    kind: 'write',
    access: {
      allowed: { Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const g = req.ContactGroup;
      const [start, end] = [calendarDateOf(g.StartDate), calendarDateOf(g.EndDate)];
      await endContactGroup(call.write, call.citizen!, g.ContactGroupTypeIdentifier, start, end);
      return receipt(call.write);
    },
  },
};
