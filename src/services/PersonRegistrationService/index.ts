// PersonRegistrationService (Version 9), the contact-process part: CreatePersonInterview registers a held
// interview (indkaldelse.md §4.3/§4.4) under the MTG rules (R-MTG-11..14, R-MTG-16) and resets the
// participation choice once a fælles jobsamtale (17) is held (§3.6 rule 3); CreateContactGroup moves the
// citizen into a contact group when none is open (4644), which may cancel the jobcentre's deadlines, summonses
// and bookings (R-MTG-15); UpdateContactGroup ends the open one. Their dates are xs:dateTime on the wire (REST
// CreateKontaktgruppe's Starttidspunkt, visitation-absence.md §4.1) and Danish calendar dates in the domain (D-18).
// Access: A-kasse egne, JobCenter egne, Kommune egne (CreateContactGroup, REST CreateKontaktgruppe: JobCenter and
// Kommune egne, STAR alle borgere, D-102).
// Issue 16 completes the documented method list (visitation-absence.md §4.1; trees [I], D-259):
// Create/UpdatePersonCategory (the person-category matrix, src/domain/personCategory.ts), UpdatePersonJobcenter
// (R-OTH-05; a jobcentre takes a citizen over to itself or hands its own over: JobCenter alle, checked in the
// application), Create/Update/DeletePersonGroupMarking (R-PLAN-15, R-OTH-03) and Create/Update/DeleteHealthLimitation.
// None of them reads absences (absenceTypes: none) but the person category, which reads the absence types the
// recovered matrix limits (4654, D-267).
import { alle, egne } from '../../access/model.ts';
import { endContactGroup, registerContactGroup } from '../../app/citizen/contactGroups.ts';
import { changeJobcentre } from '../../app/citizen/jobcentreAffiliation.ts';
import { changePersonCategory, createPersonCategory } from '../../app/citizen/personCategories.ts';
import {
  changeHealthLimitation,
  createHealthLimitation,
  removeHealthLimitation,
  type HealthLimitationFields,
} from '../../app/person/healthLimitations.ts';
import {
  changePersonGroupMarking,
  createPersonGroupMarking,
  removePersonGroupMarking,
} from '../../app/person/personGroupMarkings.ts';
import type { HealthLimitationType, PersonGroupMarkingRegistrationType } from '../../contract/generated/types.ts';
import { ABSENCE_TYPES_LIMITING_CATEGORIES } from '../../domain/absenceCategoryMatrix.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { registerHeldInterview } from '../../app/contactProcess/heldInterviews.ts';
import type { PersonRegistrationServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const aboutCitizen = (r: { PersonCivilRegistrationIdentifier: string }) => r.PersonCivilRegistrationIdentifier;
const categoryAccess = { allowed: { Jobcenter: [egne], Kommune: [egne], STAR: [alle] }, citizen: aboutCitizen };
const markingAccess = { allowed: { Jobcenter: [egne], STAR: [alle] }, citizen: aboutCitizen };
const healthAccess = { allowed: { Jobcenter: [egne], Kommune: [egne] }, citizen: aboutCitizen };
const NO_ABSENCES: ReadonlySet<number> = new Set();

const markingFields = (m: PersonGroupMarkingRegistrationType) => ({
  stateProject: m.StateProjectIdentifier,
  startDate: calendarDateOf(m.StartDate),
  endDate: m.EndDate === undefined ? null : calendarDateOf(m.EndDate),
});

const healthFields = (h: HealthLimitationType): HealthLimitationFields => ({
  limitationType: h.HealthLimitationTypeIdentifier ?? null,
  startDate: calendarDateOf(h.StartDate),
  endDate: h.EndDate === undefined ? null : calendarDateOf(h.EndDate),
  description: h.HealthLimitationDescription ?? null,
});

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
  CreatePersonCategory: {
    kind: 'write',
    access: categoryAccess,
    absenceTypes: ABSENCE_TYPES_LIMITING_CATEGORIES,
    async handle(req, call) {
      const c = req.PersonCategory;
      const id = await createPersonCategory(
        call.write,
        call.citizen!,
        c.PersonCategoryTypeIdentifier,
        calendarDateOf(c.StartDate),
      );
      return receipt(call.write, id);
    },
  },
  UpdatePersonCategory: {
    kind: 'write',
    access: categoryAccess,
    absenceTypes: ABSENCE_TYPES_LIMITING_CATEGORIES,
    async handle(req, call) {
      const c = req.PersonCategory;
      const id = await changePersonCategory(
        call.write,
        call.citizen!,
        c.PersonCategoryTypeIdentifier,
        calendarDateOf(c.StartDate),
      );
      return receipt(call.write, id);
    },
  },
  UpdatePersonJobcenter: {
    kind: 'write',
    access: { allowed: { Jobcenter: [alle], STAR: [alle] }, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      await changeJobcentre(call.write, call.citizen!, call.actor, req.JobCenterCode);
      return receipt(call.write);
    },
  },
  CreatePersonGroupMarking: {
    kind: 'write',
    access: markingAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = await createPersonGroupMarking(
        call.write,
        call.citizen!,
        call.actor,
        markingFields(req.PersonGroupMarking),
      );
      return receipt(call.write, id);
    },
  },
  UpdatePersonGroupMarking: {
    kind: 'write',
    access: markingAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = req.PersonGroupMarkingIdentifier.toLowerCase();
      await changePersonGroupMarking(call.write, call.citizen!, call.actor, id, markingFields(req.PersonGroupMarking));
      return receipt(call.write, id);
    },
  },
  DeletePersonGroupMarking: {
    kind: 'write',
    access: markingAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = req.PersonGroupMarkingIdentifier.toLowerCase();
      await removePersonGroupMarking(call.write, call.citizen!, id);
      return receipt(call.write, id);
    },
  },
  CreateHealthLimitation: {
    kind: 'write',
    access: healthAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = await createHealthLimitation(
        call.write,
        call.citizen!,
        call.actor,
        healthFields(req.HealthLimitation),
      );
      return receipt(call.write, id);
    },
  },
  UpdateHealthLimitation: {
    kind: 'write',
    access: healthAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = req.HealthLimitationIdentifier.toLowerCase();
      await changeHealthLimitation(call.write, call.citizen!, call.actor, id, healthFields(req.HealthLimitation));
      return receipt(call.write, id);
    },
  },
  DeleteHealthLimitation: {
    kind: 'write',
    access: healthAccess,
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const id = req.HealthLimitationIdentifier.toLowerCase();
      await removeHealthLimitation(call.write, call.citizen!, id);
      return receipt(call.write, id);
    },
  },
};
