// Empties the outbox between tests: payloads first (they reference their message), then the queue rows,
// then the WSRM sequences the rows may point at.
import type { Knex } from 'knex';
import { JOB_ORDER_TABLES } from '../../src/store/migrations/005_job_orders.ts';

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

/** Job orders belong to companies and authorities, not citizens: empty them here too (children first). */
export async function clearJobOrders(db: Knex): Promise<void> {
  for (const table of JOB_ORDER_TABLES) await db(table).del();
}
