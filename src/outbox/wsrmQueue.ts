// A receiver's WSRM queue, drained by pulling (notifications-wsrm-wsb.md §3): CreateSequence takes up to
// 500 of the receiver's queued messages, in queue order, into a new sequence; the receiver fetches them
// per message type through WsrmMessageService; TerminateSequence marks them delivered, CloseSequence puts
// them back on the queue (they come again, in the same order). A receiver is an organisation (type +
// code) with an optional sub-queue, and sees only its own queue.
// Several facade processes may serve one database: CreateSequence, CloseSequence and TerminateSequence of
// one organisation run one at a time (`lockQueueOf`), so a CreateSequence that closes an open sequence and a
// TerminateSequence of that sequence cannot both succeed, and two CreateSequences never share messages.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Receiver } from '../rules/index.ts';
import type { Queryable } from '../store/queryable.ts';
import { lockForTransaction } from '../store/transactionLock.ts';

/** At most this many messages per sequence [F]. */
export const MAX_MESSAGES_PER_SEQUENCE = 500;

export interface SequenceInventory {
  id: string;
  /** Message type → number of its messages in the sequence, in order of first appearance. */
  counts: Map<string, number>;
}

function ofReceiver(q: Knex.QueryBuilder, receiver: Receiver): Knex.QueryBuilder {
  q.where({ receiver_org_type: receiver.organisationType, receiver_org_code: receiver.organisationCode });
  return receiver.subQueue === null
    ? q.whereNull('receiver_sub_queue')
    : q.where({ receiver_sub_queue: receiver.subQueue });
}

/** Holds the organisation's queue for the rest of the transaction. */
const lockQueueOf = (trx: Queryable, owner: QueueOwner) =>
  lockForTransaction(trx, `wsrm-queue|${owner.organisationType}|${owner.organisationCode}`);

/** Puts the messages of the receiver's open sequences back on its queue and closes those sequences. */
async function closeOpenSequences(q: Queryable, receiver: Receiver, now: string): Promise<void> {
  const open = (await ofReceiver(q('wsrm_sequence').select('id'), receiver).where({ state: 'open' })) as {
    id: string;
  }[];
  for (const { id } of open) await endSequence(q, id, 'closed', now);
}

async function endSequence(q: Queryable, id: string, state: 'closed' | 'terminated', now: string): Promise<void> {
  if (state === 'terminated')
    await q('outbox_message').where({ wsrm_sequence_id: id }).update({ state: 'delivered', delivered_at: now });
  else await q('outbox_message').where({ wsrm_sequence_id: id }).update({ wsrm_sequence_id: null });
  await q('wsrm_sequence').where({ id }).update({ state, ended_at: now });
}

/**
 * Opens a sequence over the receiver's next queued messages of the given types. An open sequence of the
 * same receiver is closed first (its messages are taken again, in order), so a receiver that lost a
 * sequence midway can always start over.
 */
export async function createSequence(
  trx: Knex.Transaction,
  receiver: Receiver,
  messageTypes: readonly string[],
  now: string,
): Promise<SequenceInventory> {
  await lockQueueOf(trx, receiver);
  await closeOpenSequences(trx, receiver, now);
  const id = randomUUID();
  await trx('wsrm_sequence').insert({
    id,
    receiver_org_type: receiver.organisationType,
    receiver_org_code: receiver.organisationCode,
    receiver_sub_queue: receiver.subQueue,
    state: 'open',
    created_at: now,
  });
  // One UPDATE takes the oldest queued messages; knex writes the row limit in each dialect's syntax.
  const oldest = ofReceiver(trx('outbox_message').select('sequence'), receiver)
    .where({ state: 'pending' })
    .whereNull('wsrm_sequence_id')
    .whereIn('message_type', messageTypes)
    .orderBy('sequence')
    .limit(MAX_MESSAGES_PER_SEQUENCE);
  await trx('outbox_message').whereIn('sequence', oldest).update({ wsrm_sequence_id: id });
  const taken = (await trx('outbox_message')
    .select('message_type')
    .min({ first: 'sequence' })
    .count({ n: '*' })
    .where({ wsrm_sequence_id: id })
    .groupBy('message_type')
    .orderBy('first')) as { message_type: string; n: number | string }[];
  const counts = new Map(taken.map((t) => [t.message_type, Number(t.n)]));
  return { id, counts };
}

/** The organisation a sequence was opened for; its sub-queue is fixed on the sequence. */
export interface QueueOwner {
  organisationType: number;
  organisationCode: string;
}

/** Whether `id` is an open sequence of this organisation (any of its sub-queues). */
export async function isOpenSequenceOf(q: Queryable, id: string, owner: QueueOwner): Promise<boolean> {
  const row = await q('wsrm_sequence')
    .select('id')
    .where({
      id: id.toLowerCase(),
      state: 'open',
      receiver_org_type: owner.organisationType,
      receiver_org_code: owner.organisationCode,
    })
    .first();
  return row !== undefined;
}

/** The payloads of one message type in the sequence, in queue order. SQLite hands them over as their UTF-8
 *  bytes (CAST … AS BLOB: no decoding into strings), the others as text; either goes to the wire as is. */
export async function sequencePayloads(
  q: Queryable,
  id: string,
  messageType: string,
): Promise<{ payload: string | Buffer; cpr: string | null }[]> {
  const payload =
    q.client.dialect === 'sqlite3'
      ? q.raw('CAST(outbox_payload.payload AS BLOB) AS payload')
      : 'outbox_payload.payload';
  const rows = (await q('outbox_message')
    .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
    .select(payload, 'outbox_message.citizen_cpr')
    .where({ wsrm_sequence_id: id.toLowerCase(), message_type: messageType })
    .orderBy('sequence')) as { payload: string | Buffer; citizen_cpr: string | null }[];
  return rows.map((r) => ({ payload: r.payload, cpr: r.citizen_cpr }));
}

/** Ends an open sequence of this receiver: terminated = its messages are delivered, closed = they are queued again. */
export async function endOpenSequence(
  trx: Knex.Transaction,
  id: string,
  owner: QueueOwner,
  state: 'closed' | 'terminated',
  now: string,
): Promise<boolean> {
  await lockQueueOf(trx, owner);
  if (!(await isOpenSequenceOf(trx, id, owner))) return false;
  await endSequence(trx, id.toLowerCase(), state, now);
  return true;
}
