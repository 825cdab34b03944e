// A held interview (PersonRegistrationService.CreatePersonInterview, indkaldelse.md §4.3/§4.4) under the MTG rules
// (R-MTG-11..14, R-MTG-16); a held fælles jobsamtale (17) resets the participation choices in force (§3.6 rule 3).
import { randomUUID } from 'node:crypto';
import { calendarDateOf } from '../../domain/dates.ts';
import { InterviewType, type HeldInterview } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupOn, heldInterviewRules } from '../../rules/index.ts';
import {
  heldInterviewExists,
  insertHeldInterview,
  updateParticipationChoice,
} from '../../store/contactProcessRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { contactContext } from './context.ts';

export interface HeldInterviewReport {
  /** The report's MessageIdentifier, the held interview's id when given. */
  id: string | null;
  interviewType: number;
  contactType: number | null;
  heldAt: string;
  bookingId: string | null;
}

/** Registers the interview `by` held with the citizen; returns its id. */
export async function registerHeldInterview(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  r: HeldInterviewReport,
): Promise<string> {
  const c = await contactContext(w, citizen);
  requireCodeListValue(
    'interview-types',
    r.interviewType,
    w.businessDate,
    'InterviewTypeIdentifier',
    'InterviewTypeInvalid',
  );
  if (r.contactType !== null)
    requireCodeListValue(
      'interview-contact-types',
      r.contactType,
      w.businessDate,
      'InterviewContactTypeIdentifier',
      'InterviewContactTypeInvalid',
    );
  const bookingId = r.bookingId?.toLowerCase() ?? null;
  if (bookingId !== null && !c.process.summonses.some((s) => s.id === bookingId))
    throw fault('UnknownBookingIdentifier', `BookingIdentifier ${bookingId}`);
  if (c.process.heldInterviews.some((h) => h.interviewType === r.interviewType && h.heldAt === r.heldAt)) {
    throw fault('DuplicateHeldInterview', `type ${r.interviewType} at ${r.heldAt}`);
  }
  const day = calendarDateOf(r.heldAt);
  const interview: HeldInterview = {
    id: r.id?.toLowerCase() ?? randomUUID(),
    cpr: citizen.person.cpr,
    interviewType: r.interviewType,
    heldAt: r.heldAt,
    bookingId,
    contactGroupWhenHeld: contactGroupOn(citizen, day),
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: w.now,
  };
  enforceRules(heldInterviewRules, { citizen, process: c.process, actor: by, date: day, interview }, w.businessDate);
  if (r.id && (await heldInterviewExists(w.trx, interview.id)))
    throw fault('IdentifierInUse', `MessageIdentifier ${interview.id}`);
  await insertHeldInterview(w.trx, interview);
  if (interview.interviewType === InterviewType.FaellesJobsamtaleMedDagpengemodtager) {
    for (const choice of c.process.participationChoices.filter((x) => x.resetAt === null))
      await updateParticipationChoice(w.trx, { ...choice, resetAt: w.now });
  }
  return interview.id;
}
