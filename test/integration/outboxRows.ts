import type { Knex } from 'knex';

export interface OutboxRow {
  message_type: string;
  receiver_org_type: number;
  receiver_org_code: string;
  receiver_sub_queue: string | null;
  citizen_cpr: string | null;
  entity_key: string;
  payload: string;
}

/** The outbox rows of one citizen, with their payloads, in delivery order. */
export async function outboxFor(db: Knex, cpr: string): Promise<OutboxRow[]> {
  return db('outbox_message')
    .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
    .select('outbox_message.*', 'outbox_payload.payload')
    .where({ citizen_cpr: cpr })
    .orderBy('sequence');
}

export const receiverKeys = (rows: OutboxRow[]) =>
  rows
    .map(
      (r) =>
        `${r.message_type}->${r.receiver_org_type}:${r.receiver_org_code}${r.receiver_sub_queue ? '/' + r.receiver_sub_queue : ''}`,
    )
    .sort();
