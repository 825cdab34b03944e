// The dialog module (CitizenMessageService, R-DLG-01…06): an authority's message about a citizen — to the citizen
// only, or to the citizen's jobcentre or a-kasse with the citizen in the middle —, replies in a thread, the
// jobcentre's decision on an a-kasse's type-11 recommendation with the rejection copy back to the a-kasse, and
// the reads: each authority sees the messages it sent or was sent (STAR all), the citizen every message of theirs
// (the Jobnet message box). A message's notification is written through w.outbox in the same transaction.
import {
  CitizenMessageType,
  OfferDecision,
  type CitizenMessage,
  type CitizenMessageAttachment,
  type Organisation,
} from '../../domain/citizenMessage.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { citizenMessageNotifications } from '../../outbox/citizenMessageMessages.ts';
import { citizenMessageRules, citizensJobcentre, currentAkasse, offerDecisionRules } from '../../rules/index.ts';
import {
  citizenMessageById,
  citizenMessageDocumentContent,
  citizenMessagesOf,
  insertCitizenMessage,
  recordOfferDecision,
} from '../../store/citizenMessageRepository.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** C-04 type 1 'Almen orientering': DFDG's own messages to the citizen (`tellCitizen`). */
const GENERAL_INFORMATION = 1;

/** Largest attachment, decoded (D-9xx): fits a request within MAX_REQUEST_BYTES' default 1 MiB as base64. */
export const MAX_ATTACHMENT_BYTES = 524_288;
/** "et pdf- eller xml-dokument" (BorgerBeskedService page, the type-11 recommendation's attachment). */
const ATTACHMENT_CONTENT_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'application/xml', 'text/xml']);

export interface SenderUser {
  userType: number;
  userIdentifier: string;
  fullName: string;
}

export interface MessageContent {
  senderUser: SenderUser;
  headline: string;
  text: string;
  attachment: CitizenMessageAttachment | null;
}

export interface NewCitizenMessage extends MessageContent {
  messageType: number;
  receiver: Organisation | null;
  threadId: string | null;
}

function checkAttachment(a: CitizenMessageAttachment | null): void {
  if (!a) return;
  if (!ATTACHMENT_CONTENT_TYPES.has(a.contentType.toLowerCase()))
    throw fault('CitizenMessageAttachmentTypeNotAllowed', `DocumentContentType ${a.contentType}`);
  if (a.content.length > MAX_ATTACHMENT_BYTES)
    throw fault('CitizenMessageAttachmentTooLarge', `${a.content.length} bytes`);
}

const same = (a: Organisation | null, b: Organisation | null): boolean =>
  a !== null && b !== null && a.organisationType === b.organisationType && a.organisationCode === b.organisationCode;

const orgOf = (actor: AuthorityActor): Organisation => ({
  organisationType: actor.organisationType,
  organisationCode: actor.organisationCode,
});

/** The citizen's jobcentre and current a-kasse: the authorities a new message may be for. */
function citizensAuthorities(citizen: CitizenState, date: string): Organisation[] {
  const akasse = currentAkasse(citizen, date);
  return [
    citizensJobcentre(citizen),
    ...(akasse ? [{ organisationType: OrganisationType.AKasse, organisationCode: akasse }] : []),
  ];
}

async function store(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  m: Omit<NewCitizenMessage, 'threadId'> & { threadId: string },
  id: string,
): Promise<CitizenMessage> {
  const message: CitizenMessage = {
    id,
    cpr: citizen.person.cpr,
    threadId: m.threadId,
    messageType: m.messageType,
    sender: orgOf(by),
    senderUser: m.senderUser,
    receiver: m.receiver,
    headline: m.headline,
    text: m.text,
    createdAt: w.now,
    businessDate: w.businessDate,
    document: m.attachment
      ? {
          id: timeOrderedUuid(),
          fileName: m.attachment.fileName,
          contentType: m.attachment.contentType.toLowerCase(),
          sizeBytes: m.attachment.content.length,
        }
      : null,
    offerDecision: null,
  };
  await insertCitizenMessage(w.trx, message, m.attachment?.content ?? null);
  await w.outbox.enqueue(citizenMessageNotifications(message, w));
  return message;
}

/** CreateMessage: checks, the rules, the row and its notification; returns the stored message. */
export async function sendCitizenMessage(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  m: NewCitizenMessage,
): Promise<CitizenMessage> {
  checkAttachment(m.attachment);
  const thread = m.threadId ? await citizenMessageById(w.trx, citizen.person.cpr, m.threadId.toLowerCase()) : null;
  if (m.threadId && !thread) throw fault('UnknownIdentifier', `CitizenMessageThreadIdentifier ${m.threadId}`);
  // A reply goes to the thread's other party unless it names one; types 11 and 12 to the citizen's jobcentre.
  const otherParty = thread ? (same(thread.sender, orgOf(by)) ? thread.receiver : thread.sender) : null;
  const receiver =
    m.receiver ??
    otherParty ??
    (m.messageType === CitizenMessageType.IndstillingOmTilbud ||
    m.messageType === CitizenMessageType.AntruffetIKontrolaktion
      ? citizensJobcentre(citizen)
      : null);
  enforceRules(
    citizenMessageRules,
    { citizen, actor: by, messageType: m.messageType, receiver, date: w.businessDate },
    w.businessDate,
  );
  if (
    receiver &&
    !same(receiver, otherParty) &&
    !citizensAuthorities(citizen, w.businessDate).some((o) => same(o, receiver))
  )
    throw fault(
      'CitizenMessageReceiverNotAllowed',
      `ToOrganisation ${receiver.organisationType}:${receiver.organisationCode}`,
    );
  const id = timeOrderedUuid();
  return store(w, citizen, by, { ...m, receiver, threadId: thread?.threadId ?? id }, id);
}

/** SaveOfferRecommendationDecision (R-DLG-02): records the jobcentre's decision on the type-11 recommendation
 *  `messageId`; a rejection sends its copy to the recommending a-kasse as a type-11 reply in the thread. An
 *  approval is only recorded here: the jobcentre registers the offer itself (R-PLAN-07, ActivityService).
 *  Returns the copy's id, or null on approval. */
export async function decideOfferRecommendation(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  messageId: string,
  decision: number,
  copy: MessageContent | null,
): Promise<string | null> {
  const recommendation = await citizenMessageById(w.trx, citizen.person.cpr, messageId.toLowerCase());
  if (!recommendation) throw fault('UnknownIdentifier', `CitizenMessageIdentifier ${messageId}`);
  enforceRules(
    offerDecisionRules,
    { citizen, actor: by, recommendation, decision, withCopy: copy !== null },
    w.businessDate,
  );
  let copyId: string | null = null;
  if (decision === OfferDecision.Rejected && copy) {
    checkAttachment(copy.attachment);
    copyId = timeOrderedUuid();
    await store(
      w,
      citizen,
      by,
      {
        ...copy,
        messageType: CitizenMessageType.IndstillingOmTilbud,
        receiver: recommendation.sender,
        threadId: recommendation.threadId,
      },
      copyId,
    );
  }
  await recordOfferDecision(w.trx, recommendation.id, {
    decision: decision as 1 | 2,
    decidedAt: w.now,
    decidedBy: orgOf(by),
    copyMessageId: copyId,
  });
  return copyId;
}

/** Who reads which messages: STAR all; another authority those it sent or was sent; the citizen all of theirs. */
export type MessageReader = { kind: 'authority'; actor: AuthorityActor } | { kind: 'citizen' };

const partyOf = (reader: MessageReader): Organisation | undefined =>
  reader.kind === 'citizen' || reader.actor.organisationType === OrganisationType.STAR
    ? undefined
    : orgOf(reader.actor);

/** The citizen's messages the reader may see, oldest first, optionally of one thread (no document bytes). */
export async function citizenMessages(
  r: ReadContext,
  cpr: string,
  reader: MessageReader,
  threadId: string | null = null,
): Promise<CitizenMessage[]> {
  return citizenMessagesOf(r.db, cpr, { party: partyOf(reader), threadId: threadId?.toLowerCase() });
}

/** GetCitizenMessageDocument: one attachment's bytes, if it belongs to a message the reader may see (4589). */
export async function citizenMessageDocument(
  r: ReadContext,
  cpr: string,
  documentId: string,
  reader: MessageReader,
): Promise<Buffer> {
  const id = documentId.toLowerCase();
  const [carrier] = await citizenMessagesOf(r.db, cpr, { party: partyOf(reader), documentId: id });
  const content = carrier ? await citizenMessageDocumentContent(r.db, cpr, id) : null;
  if (!content) throw fault('UnknownIdentifier', `CitizenMessageDocumentIdentifier ${documentId}`);
  return content;
}

/** A message from `sender` to the citizen only (the Jobnet message box, no authority notified), type 1 'Almen
 *  orientering' — DFDG's own messages about another module's events, e.g. a NUPH and its answer (R-AK-08). */
export async function tellCitizen(
  w: WriteContext,
  citizen: CitizenState,
  sender: Organisation,
  headline: string,
  text: string,
): Promise<CitizenMessage> {
  const id = timeOrderedUuid();
  const message: CitizenMessage = {
    id,
    cpr: citizen.person.cpr,
    threadId: id,
    messageType: GENERAL_INFORMATION,
    sender,
    senderUser: { userType: 0, userIdentifier: 'DFDG', fullName: 'DFDG' },
    receiver: null,
    headline,
    text,
    createdAt: w.now,
    businessDate: w.businessDate,
    document: null,
    offerDecision: null,
  };
  await insertCitizenMessage(w.trx, message, null);
  return message;
}
