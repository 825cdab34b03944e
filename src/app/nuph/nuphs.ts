// NUPHs (Underretning.NuphService, activities, interview no-shows): the jobcentre's NUPH to the citizen's
// a-kasse (R-AK-01, R-CV-01), DFDG's NUPH from an activity's triggering status/reason and its withdrawal when the
// jobcentre corrects the activity (R-AK-02, R-AK-04), the no-show NUPH of an interview and DFDG's automatic
// answer 'irrelevant' when the citizen was exempt on the day (R-AK-05), the a-kasse's answer with its sanction
// flag (R-AK-12), and the reads. Everything is written in the caller's transaction: the NUPH, its answer, their
// WSRM and webservice messages (src/outbox/nuphMessages.ts) and, from 2024-01-01, the citizen's Jobnet message
// (R-AK-08, through the dialog module's `tellCitizen`).
import { codeList } from '../../domain/codelists.ts';
import type { Nuph, NuphAnswer, NuphOrigin } from '../../domain/nuph.ts';
import {
  OrganisationType,
  type Actor,
  type AuthorityActor,
  type CitizenState,
  type IsoDate,
} from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { nuphAnswerMessages, nuphMessages } from '../../outbox/nuphMessages.ts';
import {
  activityNuphWithdrawal,
  citizenToldOfNuph,
  contactGroupOn,
  currentAkasse,
  EXEMPTING_ABSENCE_TYPES,
  irrelevantBecause,
  noShowIrrelevant,
  NuphAnswerCode,
  nuphAnswerRules,
  nuphAnsweringRules,
  NuphEvent,
  nuphEventRules,
  whileInForce,
} from '../../rules/index.ts';
import {
  answerOf,
  findNuph,
  insertNuph,
  insertNuphAnswer,
  nuphsFrom,
  nuphsOf,
  updateNuph,
} from '../../store/nuphRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { tellCitizen } from '../dialog/citizenMessages.ts';
import { enforceRules } from '../enforceRules.ts';

/** The absences a NUPH write reads (the operations' `absenceTypes`): R-AK-05's exempting set, through
 *  `personExempts`; an answer reads none. */
export const NUPH_ABSENCE_READS: ReadonlySet<number> = EXEMPTING_ABSENCE_TYPES;
export const NUPH_ANSWER_ABSENCE_READS: ReadonlySet<number> = new Set();

/** Contact group 1 'Dagpengemodtager' (C-16): the citizens a NUPH is about. */
const DAGPENGE_CONTACT_GROUP = 1;

/** DFDG's own answer is registered as answered by 'DFDG' (src/domain/nuph.ts). */
const DFDG = 'DFDG';

export interface NewNuph {
  id: string | null;
  eventCode: number;
  eventDate: IsoDate;
  comment: string | null;
}

export interface NewNuphAnswer {
  nuphId: string;
  answerCode: number;
  sanctionGiven: boolean;
  comment: string | null;
}

/** A NUPH with its answer, as the reads return it. */
export interface NuphWithAnswer {
  nuph: Nuph;
  answer: NuphAnswer | null;
}

/** The citizen's a-kasse on `date` when they are a dagpenge recipient, else null. */
function receivingAkasse(citizen: CitizenState, date: IsoDate): string | null {
  if (contactGroupOn(citizen, date) !== DAGPENGE_CONTACT_GROUP) return null;
  return currentAkasse(citizen, date);
}

const jobcentreOf = (actor: Actor, citizen: CitizenState): string =>
  actor.kind === 'authority' && actor.organisationType === OrganisationType.Jobcenter
    ? actor.organisationCode
    : citizen.person.jobcenterCode;

const eventName = (code: number, date: IsoDate) => codeList('nuph-events').nameOn(code, date) ?? String(code);
const answerName = (code: number, date: IsoDate) => codeList('nuph-answers').nameOn(code, date) ?? String(code);

/** R-AK-08: the citizen's Jobnet message about a NUPH or an answer, from 2024-01-01. */
async function tellCitizenOf(
  w: WriteContext,
  citizen: CitizenState,
  sender: { organisationType: number; organisationCode: string },
  headline: string,
  text: string,
): Promise<void> {
  await whileInForce(citizenToldOfNuph, w.businessDate, Promise.resolve(), async () => {
    await tellCitizen(w, citizen, sender, headline, text);
  });
}

async function storeAnswer(w: WriteContext, citizen: CitizenState, nuph: Nuph, answer: NuphAnswer): Promise<void> {
  await insertNuphAnswer(w.trx, answer);
  await updateNuph(w.trx, { ...nuph, state: 'answered' });
  await w.outbox.enqueue(nuphAnswerMessages(nuph, answer, w));
  await tellCitizenOf(
    w,
    citizen,
    answer.automatic
      ? { organisationType: OrganisationType.STAR, organisationCode: DFDG }
      : { organisationType: OrganisationType.AKasse, organisationCode: nuph.akasse },
    'Svar på underretning til din a-kasse',
    `Underretningen om '${eventName(nuph.eventCode, nuph.eventDate)}' den ${nuph.eventDate} er besvaret: ` +
      `${answerName(answer.answerCode, w.businessDate)}.${answer.comment ? ` ${answer.comment}` : ''}`,
  );
}

/** Stores a NUPH to `akasse` with its messages; a no-show of an exempt citizen is answered 'irrelevant' by DFDG in
 *  the same transaction (R-AK-05). Returns the NUPH. */
async function issueNuph(
  w: WriteContext,
  citizen: CitizenState,
  akasse: string,
  origin: NuphOrigin,
  sourceId: string | null,
  n: NewNuph,
): Promise<Nuph> {
  const nuph: Nuph = {
    id: n.id ?? timeOrderedUuid(),
    cpr: citizen.person.cpr,
    akasse,
    jobcentre: jobcentreOf(w.actor, citizen),
    origin,
    sourceId,
    eventCode: n.eventCode,
    eventDate: n.eventDate,
    notifiedOn: w.businessDate,
    state: 'open',
    comment: n.comment,
    withdrawnOn: null,
  };
  await insertNuph(w.trx, nuph);
  await w.outbox.enqueue(nuphMessages(nuph, w));
  await tellCitizenOf(
    w,
    citizen,
    { organisationType: OrganisationType.Jobcenter, organisationCode: nuph.jobcentre },
    'Jobcentret har sendt en underretning til din a-kasse',
    `Hændelse: ${eventName(nuph.eventCode, nuph.eventDate)} den ${nuph.eventDate}.${nuph.comment ? ` ${nuph.comment}` : ''}`,
  );
  const exempting = whileInForce(noShowIrrelevant, w.businessDate, [] as number[], () =>
    irrelevantBecause(citizen, nuph.eventCode, nuph.eventDate),
  );
  if (exempting.length > 0)
    await storeAnswer(w, citizen, nuph, {
      id: timeOrderedUuid(),
      nuphId: nuph.id,
      answerCode: NuphAnswerCode.Irrelevant,
      sanctionGiven: false,
      automatic: true,
      answeredOn: w.businessDate,
      answeredBy: DFDG,
      comment: `Fritaget på dagen (fravær ${exempting.join(', ')})`,
    });
  return nuph;
}

/** The a-kasse a NUPH about the citizen goes to (5103 when the citizen is no dagpenge recipient with one). */
function requireReceivingAkasse(citizen: CitizenState, date: IsoDate): string {
  const akasse = receivingAkasse(citizen, date);
  if (akasse === null)
    throw fault('NuphCitizenNotDagpengeRecipient', `contact group ${contactGroupOn(citizen, date) ?? '(none)'}`);
  return akasse;
}

/** CreateNuph: the jobcentre's NUPH with an event of the 2023-4 list; returns its id. */
export async function createNuph(w: WriteContext, citizen: CitizenState, n: NewNuph): Promise<string> {
  enforceRules(nuphEventRules, { eventCode: n.eventCode, eventDate: n.eventDate }, w.businessDate);
  requireCodeListValue('nuph-events', n.eventCode, w.businessDate, 'NuphEventTypeIdentifier');
  if (n.eventDate > w.businessDate) throw fault('NuphEventDateInFuture', `EventDate ${n.eventDate}`);
  const akasse = requireReceivingAkasse(citizen, w.businessDate);
  const id = n.id?.toLowerCase() ?? null;
  if (id !== null && (await findNuph(w.trx, id))) throw fault('IdentifierInUse', `NuphIdentifier ${id}`);
  return (await issueNuph(w, citizen, akasse, 'jobcentre', null, { ...n, id })).id;
}

/** The jobcentre registered that the citizen did not show up for an interview on `day` (InterviewService): a
 *  no-show NUPH from that registration (R-AK-05). */
export async function reportInterviewNoShow(
  w: WriteContext,
  citizen: CitizenState,
  registrationId: string,
  day: IsoDate,
): Promise<Nuph> {
  const akasse = requireReceivingAkasse(citizen, w.businessDate);
  const n: NewNuph = { id: null, eventCode: NuphEvent.UdeblevetFraSamtale, eventDate: day, comment: null };
  enforceRules(nuphEventRules, n, w.businessDate);
  return issueNuph(w, citizen, akasse, 'interview', registrationId, n);
}

/** DFDG's NUPH from an activity's triggering status/reason (R-AK-02): to the citizen's a-kasse on the date; none
 *  when the citizen has none (docs/contract-decisions.md). */
export async function generateActivityNuph(
  w: WriteContext,
  citizen: CitizenState,
  activityId: string,
  eventCode: number,
  remark: string | null,
): Promise<Nuph | null> {
  const akasse = receivingAkasse(citizen, w.businessDate);
  if (akasse === null) return null;
  const n: NewNuph = { id: null, eventCode, eventDate: w.businessDate, comment: remark?.slice(0, 600) || null };
  return issueNuph(w, citizen, akasse, 'activity', activityId, n);
}

/** R-AK-04: the open NUPHs of the activity are withdrawn and the a-kasse told through the same channel. */
export async function withdrawActivityNuphs(w: WriteContext, activityId: string): Promise<Nuph[]> {
  return whileInForce(activityNuphWithdrawal, w.businessDate, Promise.resolve([] as Nuph[]), async () => {
    const withdrawn: Nuph[] = [];
    for (const open of (await nuphsFrom(w.trx, activityId)).filter((x) => x.state === 'open')) {
      const nuph: Nuph = { ...open, state: 'withdrawn', withdrawnOn: w.businessDate };
      await updateNuph(w.trx, nuph);
      await w.outbox.enqueue(nuphMessages(nuph, w));
      withdrawn.push(nuph);
    }
    return withdrawn;
  });
}

/** The citizen's NUPH of that id, or 5104. */
async function citizensNuph(q: Queryable, citizen: CitizenState, id: string): Promise<Nuph> {
  const nuph = await findNuph(q, id.toLowerCase());
  if (!nuph || nuph.cpr !== citizen.person.cpr) throw fault('UnknownNuph', `NuphIdentifier ${id}`);
  return nuph;
}

/** AnswerNuph: the a-kasse's answer with whether a sanction was given (R-AK-12); returns the answer's id. */
export async function answerNuph(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  a: NewNuphAnswer,
): Promise<string> {
  const nuph = await citizensNuph(w.trx, citizen, a.nuphId);
  enforceRules(nuphAnsweringRules, { nuph, existing: await answerOf(w.trx, nuph.id), by }, w.businessDate);
  enforceRules(nuphAnswerRules, { answerCode: a.answerCode }, w.businessDate);
  requireCodeListValue('nuph-answers', a.answerCode, w.businessDate, 'NuphAnswerTypeIdentifier');
  const answer: NuphAnswer = {
    id: timeOrderedUuid(),
    nuphId: nuph.id,
    answerCode: a.answerCode,
    sanctionGiven: a.sanctionGiven,
    automatic: false,
    answeredOn: w.businessDate,
    answeredBy: by.organisationCode,
    comment: a.comment,
  };
  await storeAnswer(w, citizen, nuph, answer);
  return answer.id;
}

/** GetNuphList: the citizen's NUPHs with their answers, or the one named; an a-kasse sees those sent to it. The
 *  answer carries the sanction flag, never a sanction (R-AK-12). */
export async function citizenNuphs(
  r: ReadContext,
  citizen: CitizenState,
  reader: AuthorityActor,
  id: string | null,
): Promise<NuphWithAnswer[]> {
  const all = id === null ? await nuphsOf(r.db, citizen.person.cpr) : [await citizensNuph(r.db, citizen, id)];
  const shown =
    reader.organisationType === OrganisationType.AKasse ? all.filter((n) => n.akasse === reader.organisationCode) : all;
  if (id !== null && shown.length === 0) throw fault('UnknownNuph', `NuphIdentifier ${id}`);
  return Promise.all(shown.map(async (nuph) => ({ nuph, answer: await answerOf(r.db, nuph.id) })));
}
