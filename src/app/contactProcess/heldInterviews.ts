// A held interview (PersonRegistrationService.CreatePersonInterview, indkaldelse.md §4.3/§4.4) under the MTG rules
// (R-MTG-11..14, R-MTG-16) and InterviewService's rules on resetting ("nulstillende") interviews (§4.3 rules 1, 2,
// 5); a held fælles jobsamtale (17) resets the participation choices in force (§3.6 rule 3).
import { calendarDateOf } from '../../domain/dates.ts';
import { InterviewType, RESETTING_INTERVIEW_TYPES, type HeldInterview } from '../../domain/contactProcess.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
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
import { nuphsFrom } from '../../store/nuphRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { reportInterviewNoShow } from '../nuph/nuphs.ts';

export interface HeldInterviewReport {
  /** The report's MessageIdentifier, the held interview's id when given. */
  id: string | null;
  interviewType: number;
  contactType: number | null;
  heldAt: string;
  bookingId: string | null;
  /** InterviewService: InterviewWithMoreAuthorities and the a-kasse's ParticipationStatusTypeIdentifier (rule 6). */
  withMoreAuthorities?: boolean;
  participationStatus?: number | null;
  /** InterviewService's CitizenNoShow [I]: the citizen did not show up; a no-show NUPH, not a held interview. */
  noShow?: boolean;
}

/** §4.3 rule 1: nothing before the latest resetting interview; rules 2 and 5: a resetting one strictly after it. */
function checkResettingOrder(held: readonly HeldInterview[], interviewType: number, heldAt: string): void {
  const at = Date.parse(heldAt);
  const latest = Math.max(
    ...held.filter((h) => RESETTING_INTERVIEW_TYPES.includes(h.interviewType)).map((h) => Date.parse(h.heldAt)),
  );
  if (at < latest) throw fault('HeldBeforeLatestResettingInterview', `held ${heldAt}`);
  if (at === latest && RESETTING_INTERVIEW_TYPES.includes(interviewType))
    throw fault('ResettingInterviewNotAfterResettingInterview', `held ${heldAt}`);
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
  if (r.participationStatus != null)
    requireCodeListValue(
      'participation-choices',
      r.participationStatus,
      w.businessDate,
      'ParticipationStatusTypeIdentifier',
    );
  else if (r.withMoreAuthorities)
    throw fault(
      'InvalidMessage',
      'ParticipationStatusTypeIdentifier is required when InterviewWithMoreAuthorities is true',
    );
  const bookingId = r.bookingId?.toLowerCase() ?? null;
  if (bookingId !== null && !c.process.summonses.some((s) => s.id === bookingId))
    throw fault('UnknownBookingIdentifier', `BookingIdentifier ${bookingId}`);
  if (c.process.heldInterviews.some((h) => h.interviewType === r.interviewType && h.heldAt === r.heldAt)) {
    throw fault('DuplicateHeldInterview', `type ${r.interviewType} at ${r.heldAt}`);
  }
  const day = calendarDateOf(r.heldAt);
  if (r.noShow) return registerNoShow(w, citizen, by, r, day);
  const interview: HeldInterview = {
    id: r.id?.toLowerCase() ?? timeOrderedUuid(),
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
  checkResettingOrder(c.process.heldInterviews, r.interviewType, r.heldAt);
  if (r.id && (await heldInterviewExists(w.trx, interview.id)))
    throw fault('IdentifierInUse', `MessageIdentifier ${interview.id}`);
  await insertHeldInterview(w.trx, interview);
  if (interview.interviewType === InterviewType.FaellesJobsamtaleMedDagpengemodtager) {
    for (const choice of c.process.participationChoices.filter((x) => x.resetAt === null))
      await updateParticipationChoice(w.trx, { ...choice, resetAt: w.now });
  }
  return interview.id;
}

/** A no-show (R-AK-05): registered by the jobcentre, it is not a held interview (it resets nothing) but a no-show
 *  NUPH to the citizen's a-kasse, answered 'irrelevant' by DFDG when the citizen was exempt on the day; returns the
 *  registration's id, the NUPH's source (docs/contract-decisions.md). */
async function registerNoShow(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  r: HeldInterviewReport,
  day: string,
): Promise<string> {
  if (by.organisationType !== OrganisationType.Jobcenter)
    throw fault('NotAuthorized', 'only the jobcentre registers a no-show (CitizenNoShow)');
  const id = r.id?.toLowerCase() ?? timeOrderedUuid();
  if (r.id && (await nuphsFrom(w.trx, id)).length > 0) throw fault('IdentifierInUse', `MessageIdentifier ${id}`);
  await reportInterviewNoShow(w, citizen, id, day);
  return id;
}
