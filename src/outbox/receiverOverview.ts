// One organisation's side of the outbox, for the console (src/console/): its WSRM queue (messages per sub-queue,
// type and state, and its sequences), its push subscriptions and its dead letters (which `replayDeadLetters` of
// ./pushDispatcher.ts puts back on the queue). Read-only.
import type { Queryable } from '../store/queryable.ts';
import { subscriptionsOf, type Subscription, type SubscriptionReceiver } from './subscriptions.ts';

type Row = Record<string, unknown>;

export interface ReceiverOverview {
  /** Messages per sub-queue, message type and state. */
  queue: { subQueue: string | null; messageType: string; state: string; count: number }[];
  /** Its WSRM sequences, newest first (at most 50). */
  sequences: Row[];
  subscriptions: Subscription[];
  /** Pushed messages given up on, oldest first. */
  deadLetters: Row[];
}

const ofReceiver = (q: Queryable, table: string, r: SubscriptionReceiver) =>
  q(table).where({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode });

export async function receiverOverview(q: Queryable, r: SubscriptionReceiver): Promise<ReceiverOverview> {
  const queue = (await ofReceiver(q, 'outbox_message', r)
    .select('receiver_sub_queue', 'message_type', 'state')
    .count({ count: '*' })
    .groupBy('receiver_sub_queue', 'message_type', 'state')
    .orderBy(['receiver_sub_queue', 'message_type', 'state'])) as Row[];
  const sequences = (await ofReceiver(q, 'wsrm_sequence', r).orderBy('created_at', 'desc').limit(50)) as Row[];
  const deadLetters = (await ofReceiver(q, 'outbox_message', r)
    .select('id', 'message_type', 'citizen_cpr', 'created_at', 'attempts', 'last_error')
    .where({ state: 'dead' })
    .orderBy('sequence')) as Row[];
  return {
    queue: queue.map((row) => ({
      subQueue: row.receiver_sub_queue == null ? null : String(row.receiver_sub_queue),
      messageType: String(row.message_type),
      state: String(row.state),
      count: Number(row.count),
    })),
    sequences,
    subscriptions: await subscriptionsOf(q, r),
    deadLetters,
  };
}

/** Every organisation with a message, a sequence or a subscription, by type and code. */
export async function receivers(q: Queryable): Promise<SubscriptionReceiver[]> {
  const seen = new Map<string, SubscriptionReceiver>();
  for (const table of ['outbox_message', 'wsb_subscription']) {
    const rows = (await q(table).distinct('receiver_org_type', 'receiver_org_code')) as Row[];
    for (const row of rows) {
      const r = { organisationType: Number(row.receiver_org_type), organisationCode: String(row.receiver_org_code) };
      seen.set(`${r.organisationType}:${r.organisationCode}`, r);
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.organisationType !== b.organisationType
      ? a.organisationType - b.organisationType
      : a.organisationCode.localeCompare(b.organisationCode),
  );
}
