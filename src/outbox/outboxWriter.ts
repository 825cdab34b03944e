// How application code writes notifications: an OutboxWriter is made from a transaction and nothing else, so a
// notification can only be enqueued where its registration is being written, and commits or rolls back with it.
import type { Knex } from 'knex';
import { enqueue, type OutboxMessage } from './outbox.ts';

export interface OutboxWriter {
  /** Writes the messages, in order, in the transaction this writer was made from. */
  enqueue(messages: readonly OutboxMessage[]): Promise<void>;
}

export function outboxWriter(trx: Knex.Transaction, createdAt: string): OutboxWriter {
  return {
    async enqueue(messages) {
      if (messages.length > 0) await enqueue(trx, messages, createdAt);
    },
  };
}
