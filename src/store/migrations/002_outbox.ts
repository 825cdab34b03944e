// Notifications waiting for delivery (see src/outbox/outbox.ts). `sequence` is the delivery order and
// the primary key (knex `increments` cannot sit beside another primary key); the message id, which
// also travels in the payload, is a unique uuid column. The payload (often kilobytes) lives in its own
// table, written once: delivery updates the narrow queue row only, so acknowledging 500 messages
// rewrites a few pages instead of every page holding a payload (bench/wsrmPull.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox_message', (t) => {
    t.increments('sequence');
    t.string('id', 36).notNullable().unique();
    t.string('message_type', 100).notNullable();
    t.integer('message_version').notNullable();
    t.integer('receiver_org_type').notNullable();
    t.string('receiver_org_code', 20).notNullable();
    t.string('receiver_sub_queue', 100).nullable();
    t.string('citizen_cpr', 10).nullable();
    t.string('entity_key', 100).notNullable();
    t.string('created_at', 40).notNullable();
    t.string('state', 16).notNullable().defaultTo('pending');
    t.index(['receiver_org_type', 'receiver_org_code', 'state', 'sequence']);
  });
  await knex.schema.createTable('outbox_payload', (t) => {
    t.string('message_id', 36).primary().references('id').inTable('outbox_message');
    t.text('payload').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbox_payload');
  await knex.schema.dropTableIfExists('outbox_message');
}
