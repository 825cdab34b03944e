// The dialog about a NUPH (R-AK-06): its jobcentre or its a-kasse asks a question about the NUPH or about its
// answer, the other party replies (once), and both read the dialog; nobody else may. A question and a reply each
// reach the other party through w.outbox in their own transaction (WSRM pull and pushed WSB,
// src/outbox/nuphDialogMessages.ts). NUPHs and answers are the NUPH part's (src/store/nuphRepository.ts).
import type { Nuph, NuphAnswer } from '../../domain/nuph.ts';
import type { NuphDocument, NuphQuestion, NuphQuestionReply, Party, QuestionSubject } from '../../domain/nuphDialog.ts';
import { OrganisationType, type AuthorityActor } from '../../domain/types.ts';
import { DfdgFault, fault } from '../../faults/catalogue.ts';
import { nuphDialogNotifications } from '../../outbox/nuphDialogMessages.ts';
import { isNuphParty, nuphDialogTextRules } from '../../rules/index.ts';
import { answerOf, findNuph } from '../../store/nuphRepository.ts';
import { documentsOfNuph } from '../../store/documentRepository.ts';
import { dialogOf, findQuestion, insertQuestion, insertReply, replyTo } from '../../store/nuphDialogRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export const partyOf = (actor: AuthorityActor): Party => ({
  organisationType: actor.organisationType,
  organisationCode: actor.organisationCode,
});

/** The NUPH's two parties: the jobcentre that sent it (or whose activity/interview made it) and its a-kasse. */
export const partiesOf = (n: Nuph): { jobcentre: Party; akasse: Party } => ({
  jobcentre: { organisationType: OrganisationType.Jobcenter, organisationCode: n.jobcentre },
  akasse: { organisationType: OrganisationType.AKasse, organisationCode: n.akasse },
});

/** The party of the NUPH that is not `p`. */
const otherParty = (n: Nuph, p: Party): Party =>
  p.organisationType === OrganisationType.Jobcenter ? partiesOf(n).akasse : partiesOf(n).jobcentre;

export async function requireNuph(q: Queryable, id: string): Promise<Nuph> {
  const nuph = await findNuph(q, id.toLowerCase());
  if (!nuph) throw fault('UnknownNuph', `NuphIdentifier ${id}`);
  return nuph;
}

/** Refuses (5122, R-AK-06) an organisation that is neither the NUPH's jobcentre nor its a-kasse. */
export function requireParty(nuph: Nuph, who: Party): void {
  if (!isNuphParty(partiesOf(nuph), who))
    throw new DfdgFault(
      'NuphDialogNotParty',
      [`R-AK-06: ${who.organisationType}:${who.organisationCode} is not a party of NUPH ${nuph.id}`],
      'R-AK-06',
    );
}

/** CreateSpoergsmaal: a party's question about the NUPH or its answer, to the other party. */
export async function askQuestion(
  w: WriteContext,
  by: AuthorityActor,
  nuphId: string,
  subject: QuestionSubject,
  text: string,
): Promise<NuphQuestion> {
  const nuph = await requireNuph(w.trx, nuphId);
  const writer = partyOf(by);
  enforceRules(nuphDialogTextRules, { parties: partiesOf(nuph), writer, askedBy: null, text }, w.businessDate);
  if (subject === 'answer' && !(await answerOf(w.trx, nuph.id)))
    throw fault('NuphNotAnswered', `NUPH ${nuph.id} has no answer`);
  const question: NuphQuestion = {
    id: timeOrderedUuid(),
    nuphId: nuph.id,
    cpr: nuph.cpr,
    subject,
    askedBy: writer,
    askedOf: otherParty(nuph, writer),
    askedByUser: by.userIdentifier,
    text,
    askedAt: w.now,
    askedOn: w.businessDate,
  };
  await insertQuestion(w.trx, question);
  await w.outbox.enqueue(nuphDialogNotifications(question, null, writer, question.askedOf, w));
  return question;
}

/** CreateSpoergsmaalSvar: the other party's one reply to a question. */
export async function replyToQuestion(
  w: WriteContext,
  by: AuthorityActor,
  questionId: string,
  text: string,
): Promise<NuphQuestionReply> {
  const question = await findQuestion(w.trx, questionId.toLowerCase());
  if (!question) throw fault('UnknownNuphQuestion', `SpoergsmaalIdentifier ${questionId}`);
  const nuph = await requireNuph(w.trx, question.nuphId);
  const writer = partyOf(by);
  enforceRules(
    nuphDialogTextRules,
    { parties: partiesOf(nuph), writer, askedBy: question.askedBy, text },
    w.businessDate,
  );
  if (await replyTo(w.trx, question.id)) throw fault('NuphQuestionAlreadyAnswered', `question ${question.id}`);
  const reply: NuphQuestionReply = {
    id: timeOrderedUuid(),
    questionId: question.id,
    nuphId: nuph.id,
    repliedBy: writer,
    repliedByUser: by.userIdentifier,
    text,
    repliedAt: w.now,
    repliedOn: w.businessDate,
  };
  await insertReply(w.trx, reply);
  await w.outbox.enqueue(nuphDialogNotifications(question, reply, writer, question.askedBy, w));
  return reply;
}

export interface NuphDialogView {
  nuph: Nuph;
  answer: NuphAnswer | null;
  questions: { question: NuphQuestion; reply: NuphQuestionReply | null }[];
  documents: NuphDocument[];
}

/** GetNuphDialog: the NUPH's questions, replies and documents, for its two parties only. */
export async function nuphDialog(r: ReadContext, by: AuthorityActor, nuphId: string): Promise<NuphDialogView> {
  const nuph = await requireNuph(r.db, nuphId);
  requireParty(nuph, partyOf(by));
  const [answer, dialog, documents] = await Promise.all([
    answerOf(r.db, nuph.id),
    dialogOf(r.db, nuph.id),
    documentsOfNuph(r.db, nuph.id),
  ]);
  const replies = new Map(dialog.replies.map((x) => [x.questionId, x]));
  return {
    nuph,
    answer,
    questions: dialog.questions.map((question) => ({ question, reply: replies.get(question.id) ?? null })),
    documents,
  };
}
