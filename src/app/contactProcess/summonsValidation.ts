// The checks every summons must pass on create and update, documented ones first (indkaldelse.md §3.9,
// §3.10; conventions.md §1.3), then the MTG rules in force.
import { calendarDateOf } from '../../domain/dates.ts';
import { DIGITAL_MEETING_CONTACT_TYPE, type Summons } from '../../domain/contactProcess.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupOn, enrolledOn, summonsRules } from '../../rules/index.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { enforceRules } from '../enforceRules.ts';
import type { ContactChangeContext } from './context.ts';
import { refuseCitizenUser, requireSelfBookingUser } from './selfBooking.ts';

/** MoedeGruppeType 2: a group meeting, which needs its GruppemoedeId. */
const GROUP_MEETING = 2;

export function checkSummons(c: ContactChangeContext, s: Summons, before: Summons | null): void {
  const date = c.businessDate;
  if (s.selfBooked) requireSelfBookingUser(c.actor, s.cpr);
  else refuseCitizenUser(c.actor);
  if (s.interviewType !== before?.interviewType)
    requireCodeListValue('interview-types', s.interviewType, date, 'InterviewTypeIdentifier', 'InterviewTypeInvalid');
  if (s.contactType !== before?.contactType)
    requireCodeListValue(
      'interview-contact-types',
      s.contactType,
      date,
      'InterviewContactTypeIdentifier',
      'InterviewContactTypeInvalid',
    );
  if (s.meetingGroupType !== before?.meetingGroupType)
    requireCodeListValue(
      'meeting-group-types',
      s.meetingGroupType,
      date,
      'InterviewFormTypeIdentifier',
      'InterviewFormTypeInvalid',
    );
  const day = calendarDateOf(s.startTime);
  if (day < date) throw fault('BookingTimeBeforeToday', `BookingStartTime ${s.startTime}, today ${date}`);
  if (s.endTime !== null && s.endTime < s.startTime) throw fault('BookingEndBeforeStart');
  if (!s.rebookingPossible && s.rebookingDeadline !== null) throw fault('RebookingDeadlineNotAllowed');
  if (s.rebookingPossible && s.rebookingDeadline === null) throw fault('RebookingDeadlineRequired');
  if (!s.cancellationPossible && s.cancellationDeadline !== null) throw fault('CancellationDeadlineNotAllowed');
  if (s.contactType === DIGITAL_MEETING_CONTACT_TYPE && s.digitalMeetingLink === null)
    throw fault('DigitalMeetingLinkRequired');
  if (s.meetingGroupType === GROUP_MEETING && s.groupMeetingId === null) throw fault('GroupMeetingIdRequired');
  if (!c.citizen.enrollments.some((e) => enrolledOn(e, date)))
    throw fault('PersonNotEnrolled', `no enrollment on ${date}`);
  if (contactGroupOn(c.citizen, date) === null) throw fault('NoActiveContactGroup', `no contact group on ${date}`);
  if (c.actor.kind !== 'authority') return;
  enforceRules(summonsRules, { citizen: c.citizen, process: c.process, actor: c.actor, date: day, summons: s }, date);
}
