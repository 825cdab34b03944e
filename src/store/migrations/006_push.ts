// Pushed webservice messages (WSB): subscriptions per receiver and message type with the receiver's HTTPS
// endpoint; per-row delivery bookkeeping on the outbox (attempts, when the next one is due, the last error);
// and receiver leases, so that with several dispatcher processes on one database each receiver's messages are
// sent by one process at a time, in order. Dialect-neutral like every migration.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('wsb_subscription', (t) => {
    t.integer('receiver_org_type').notNullable();
    t.string('receiver_org_code', 20).notNullable();
    /** EntitetNavn, e.g. 'Indkaldelse' */
    t.string('entity_name', 60).notNullable();
    t.string('endpoint_url', 500).notNullable();
    t.string('created_at', 40).notNullable();
    t.primary(['receiver_org_type', 'receiver_org_code', 'entity_name']);
  });
  await knex.schema.alterTable('outbox_message', (t) => {
    t.integer('attempts').notNullable().defaultTo(0);
    /** Epoch milliseconds; null = due now. */
    t.bigInteger('next_attempt_at').nullable();
    t.string('last_error', 500).nullable();
    /** Epoch milliseconds of the first failed attempt: the dead-letter TTL counts from it. */
    t.bigInteger('first_failed_at').nullable();
  });
  await knex.schema.createTable('wsb_receiver_lease', (t) => {
    t.integer('receiver_org_type').notNullable();
    t.string('receiver_org_code', 20).notNullable();
    t.string('owner', 80).nullable();
    /** Epoch milliseconds the lease runs until. */
    t.bigInteger('until').notNullable();
    t.primary(['receiver_org_type', 'receiver_org_code']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('wsb_receiver_lease');
  await knex.schema.alterTable('outbox_message', (t) => {
    t.dropColumn('attempts');
    t.dropColumn('next_attempt_at');
    t.dropColumn('last_error');
    t.dropColumn('first_failed_at');
  });
  await knex.schema.dropTableIfExists('wsb_subscription');
}
