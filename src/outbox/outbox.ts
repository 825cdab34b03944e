// The transactional outbox. Notifications to other authorities (GetAbsenceVersion7, benefits
// accounts from a former a-kasse, …) are written as rows here inside the same business transaction
// that writes the registration: a notification exists if and only if its registration committed,
// and a rolled-back request leaves no message behind. Nothing here sends anything; delivery reads these
// rows: WSRM receivers pull theirs (src/outbox/wsrmQueue.ts), webservice messages are pushed under
// receiver leases with retries and dead letters (src/outbox/pushDispatcher.ts), and delivered rows are
// deleted after OUTBOX_RETENTION_DAYS (src/outbox/retention.ts).
//
// `sequence` is the delivery order. It is assigned at insert, not at commit, so two overlapping
// transactions can commit out of sequence order; the dispatcher must account for that.
import type { Knex } from 'knex';
import { insertWithChildren } from '../store/statements.ts';
import { timeOrderedUuid } from '../store/timeOrderedId.ts';
import { subscribedKeys } from './subscriptions.ts';
import { wakeOnCommit } from './wake.ts';

export interface OutboxMessage {
  /** The message id; give it when the payload carries it (WSRM MessageIdentifier), else a uuid is made. */
  id?: string;
  messageType: string;
  messageVersion: number;
  receiver: { organisationType: number; organisationCode: string; subQueue: string | null };
  citizenCpr: string | null;
  entityKey: string;
  /** The message body, XML. */
  payload: string;
}

export interface StoredOutboxMessage extends OutboxMessage {
  id: string;
  sequence: number;
  createdAt: string;
  state: string;
}

/** Pushed webservice messages (`<EntitetNavn>.WSB`) go only to receivers subscribed to them. */
async function subscribedOnly(
  trx: Knex.Transaction,
  messages: readonly OutboxMessage[],
): Promise<readonly OutboxMessage[]> {
  const wsb = messages.filter((m) => m.messageType.endsWith('.WSB'));
  if (wsb.length === 0) return messages;
  const subscribed = await subscribedKeys(trx, [...new Set(wsb.map((m) => m.messageType.replace(/\.WSB$/, '')))]);
  return messages.filter(
    (m) =>
      !m.messageType.endsWith('.WSB') ||
      subscribed.has(`${m.receiver.organisationType}|${m.receiver.organisationCode}|${m.messageType}`),
  );
}

/**
 * A new message's id (its `MessageIdentifier` in WSRMMetadata, `BeskedId` of a webservice message): a UUID, as
 * DFDG's are, but time-ordered (version 7, D-160) so each new outbox row and payload lands on the last page of the
 * id's index instead of a random one — the COMMIT of a write then writes fewer index pages to the WAL.
 */
export const newMessageId: () => string = timeOrderedUuid;

/** Writes the messages in order in the caller's transaction and returns their ids; the push dispatcher is
 *  woken once the transaction commits. */
export async function enqueue(
  trx: Knex.Transaction,
  all: readonly OutboxMessage[],
  createdAt: string,
): Promise<string[]> {
  const messages = await subscribedOnly(trx, all);
  if (messages.some((m) => m.messageType.endsWith('.WSB'))) wakeOnCommit(trx);
  const rows = messages.map((m) => ({
    id: m.id ?? newMessageId(),
    message_type: m.messageType,
    message_version: m.messageVersion,
    receiver_org_type: m.receiver.organisationType,
    receiver_org_code: m.receiver.organisationCode,
    receiver_sub_queue: m.receiver.subQueue,
    citizen_cpr: m.citizenCpr,
    entity_key: m.entityKey,
    created_at: createdAt,
    state: 'pending',
  }));
  const payloads = messages.map((m, i) => ({ message_id: rows[i]!.id, payload: m.payload }));
  // Multi-row INSERTs (prepared once on SQLite, src/store/statements.ts; on PostgreSQL the messages and their
  // payloads in one statement). SQL Server does not promise identity values in VALUES-list order, so one row
  // per INSERT there: `sequence` is the delivery order.
  await insertWithChildren(
    trx,
    { table: 'outbox_message', rows },
    { table: 'outbox_payload', rows: payloads },
    trx.client.dialect === 'mssql' ? 1 : undefined,
  );
  return rows.map((r) => r.id);
}

/** The outbox in delivery order (tests, diagnostics). */
export async function listOutbox(
  q: Knex | Knex.Transaction,
  filter: { messageType?: string } = {},
): Promise<StoredOutboxMessage[]> {
  const query = q('outbox_message')
    .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
    .orderBy('sequence');
  if (filter.messageType !== undefined) query.where({ message_type: filter.messageType });
  const rows = (await query) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: String(r.id),
    sequence: Number(r.sequence),
    messageType: String(r.message_type),
    messageVersion: Number(r.message_version),
    receiver: {
      organisationType: Number(r.receiver_org_type),
      organisationCode: String(r.receiver_org_code),
      subQueue:
        r.receiver_sub_queue === null || r.receiver_sub_queue === undefined ? null : String(r.receiver_sub_queue),
    },
    citizenCpr: r.citizen_cpr === null || r.citizen_cpr === undefined ? null : String(r.citizen_cpr),
    entityKey: String(r.entity_key),
    payload: String(r.payload),
    createdAt: String(r.created_at),
    state: String(r.state),
  }));
}
