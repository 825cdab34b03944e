// Empties the outbox between tests: payloads first (they reference their message), then the queue rows,
// then the WSRM sequences the rows may point at.
import type { Knex } from 'knex';

export async function clearOutbox(db: Knex): Promise<void> {
  await db('outbox_payload').del();
  await db('outbox_message').del();
  await db('wsrm_sequence').del();
}

/** Online offers belong to authorities, not citizens, so reloading a scenario keeps them: empty them here. */
export async function clearOffers(db: Knex): Promise<void> {
  await db('offer_slot').del();
  await db('online_offer').del();
}
