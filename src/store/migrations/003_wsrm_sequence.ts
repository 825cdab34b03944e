// WSRM pull sessions (WsrmService): a sequence hands a receiver up to 500 of its queued messages; the
// messages carry the sequence they are out in until the receiver terminates it (delivered) or closes
// it (back on the queue). Dialect-neutral like every migration.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('wsrm_sequence', (t) => {
    t.string('id', 36).primary();
    t.integer('receiver_org_type').notNullable();
    t.string('receiver_org_code', 20).notNullable();
    t.string('receiver_sub_queue', 100).nullable();
    /** open | closed | terminated */
    t.string('state', 16).notNullable();
    t.string('created_at', 40).notNullable();
    t.string('ended_at', 40).nullable();
    t.index(['receiver_org_type', 'receiver_org_code', 'state']);
  });
  await knex.schema.alterTable('outbox_message', (t) => {
    t.string('wsrm_sequence_id', 36).nullable().references('id').inTable('wsrm_sequence');
    t.string('delivered_at', 40).nullable();
    t.index(['wsrm_sequence_id', 'message_type', 'sequence']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox_message', (t) => {
    t.dropIndex(['wsrm_sequence_id', 'message_type', 'sequence']);
    t.dropForeign(['wsrm_sequence_id']);
    t.dropColumn('wsrm_sequence_id');
    t.dropColumn('delivered_at');
  });
  await knex.schema.dropTableIfExists('wsrm_sequence');
}
