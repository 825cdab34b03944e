// The dialog module's messages and their attachments (021_citizen_messages). A list read selects the message
// columns only; a document's bytes are read by id, one at a time (GetCitizenMessageDocument).
import type { CitizenMessage, OfferDecisionId, OfferDecisionRecord, Organisation } from '../domain/citizenMessage.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function fromRow(r: Row): CitizenMessage {
  const receiverType = r.receiver_org_type;
  const decision = r.offer_decision;
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    threadId: String(r.thread_id),
    messageType: Number(r.message_type),
    sender: { organisationType: Number(r.sender_org_type), organisationCode: String(r.sender_org_code) },
    senderUser: {
      userType: Number(r.sender_user_type),
      userIdentifier: String(r.sender_user_id),
      fullName: String(r.sender_user_name),
    },
    receiver:
      receiverType === null || receiverType === undefined
        ? null
        : { organisationType: Number(receiverType), organisationCode: String(r.receiver_org_code) },
    headline: String(r.headline),
    text: String(r.message_text),
    createdAt: String(r.created_at),
    businessDate: String(r.business_date),
    document:
      r.document_id === null || r.document_id === undefined
        ? null
        : {
            id: String(r.document_id),
            fileName: String(r.document_name),
            contentType: String(r.document_content_type),
            sizeBytes: Number(r.document_size),
          },
    offerDecision:
      decision === null || decision === undefined
        ? null
        : {
            decision: Number(decision) as OfferDecisionId,
            decidedAt: String(r.offer_decided_at),
            decidedBy: {
              organisationType: Number(r.offer_decided_by_type),
              organisationCode: String(r.offer_decided_by_code),
            },
            copyMessageId: str(r.offer_copy_message_id),
          },
  };
}

/** The citizen's messages, oldest first (documents' bytes not included): all of them, or those `party` sent or was
 *  sent, optionally of one thread or the one carrying a document. */
export async function citizenMessagesOf(
  q: Queryable,
  cpr: string,
  filter: { party?: Organisation; threadId?: string; documentId?: string } = {},
): Promise<CitizenMessage[]> {
  let query = q('citizen_message').where({ cpr });
  if (filter.threadId) query = query.andWhere({ thread_id: filter.threadId });
  if (filter.documentId) query = query.andWhere({ document_id: filter.documentId });
  const party = filter.party;
  if (party)
    query = query.andWhere((w) =>
      w
        .where({ sender_org_type: party.organisationType, sender_org_code: party.organisationCode })
        .orWhere({ receiver_org_type: party.organisationType, receiver_org_code: party.organisationCode }),
    );
  const rows = (await query.orderBy([{ column: 'created_at' }, { column: 'id' }])) as Row[];
  return rows.map(fromRow);
}

export async function citizenMessageById(q: Queryable, cpr: string, id: string): Promise<CitizenMessage | null> {
  const row = (await q('citizen_message').where({ cpr, id }).first()) as Row | undefined;
  return row ? fromRow(row) : null;
}

export async function citizenMessageExists(q: Queryable, id: string): Promise<boolean> {
  return (await q('citizen_message').where({ id }).first('id')) !== undefined;
}

export async function insertCitizenMessage(
  q: Transaction,
  m: CitizenMessage,
  documentContent: Buffer | null,
): Promise<void> {
  await q('citizen_message').insert({
    id: m.id,
    cpr: m.cpr,
    thread_id: m.threadId,
    message_type: m.messageType,
    sender_org_type: m.sender.organisationType,
    sender_org_code: m.sender.organisationCode,
    sender_user_type: m.senderUser.userType,
    sender_user_id: m.senderUser.userIdentifier,
    sender_user_name: m.senderUser.fullName,
    receiver_org_type: m.receiver?.organisationType ?? null,
    receiver_org_code: m.receiver?.organisationCode ?? null,
    headline: m.headline,
    message_text: m.text,
    created_at: m.createdAt,
    business_date: m.businessDate,
    document_id: m.document?.id ?? null,
    document_name: m.document?.fileName ?? null,
    document_content_type: m.document?.contentType ?? null,
    document_size: m.document?.sizeBytes ?? null,
  });
  if (m.document && documentContent)
    await q('citizen_message_document').insert({
      id: m.document.id,
      message_id: m.id,
      cpr: m.cpr,
      content: documentContent,
    });
}

export async function recordOfferDecision(q: Transaction, messageId: string, d: OfferDecisionRecord): Promise<void> {
  await q('citizen_message').where({ id: messageId }).update({
    offer_decision: d.decision,
    offer_decided_at: d.decidedAt,
    offer_decided_by_type: d.decidedBy.organisationType,
    offer_decided_by_code: d.decidedBy.organisationCode,
    offer_copy_message_id: d.copyMessageId,
  });
}

/** One attachment's bytes, or null when the citizen has no document of that id. */
export async function citizenMessageDocumentContent(q: Queryable, cpr: string, id: string): Promise<Buffer | null> {
  const row = (await q('citizen_message_document').where({ cpr, id }).first('content')) as
    { content: Buffer | Uint8Array } | undefined;
  return row ? Buffer.from(row.content) : null;
}
