// The dialog module (CitizenMessageService): one row per message, and the attachments' bytes in a table of their
// own so that reading a citizen's messages never loads a document (GetCitizenMessageDocument reads one by id).
// The jobcentre's decision on a type-11 recommendation is kept on the recommendation (R-DLG-02).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('citizen_message', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('thread_id', 36).notNullable();
    t.integer('message_type').notNullable();
    t.integer('sender_org_type').notNullable();
    t.string('sender_org_code', 20).notNullable();
    t.integer('sender_user_type').notNullable();
    t.string('sender_user_id', 100).notNullable();
    t.string('sender_user_name', 200).notNullable();
    t.integer('receiver_org_type').nullable();
    t.string('receiver_org_code', 20).nullable();
    t.string('headline', 200).notNullable();
    t.text('message_text').notNullable();
    t.string('created_at', 40).notNullable();
    t.string('business_date', 10).notNullable();
    t.string('document_id', 36).nullable();
    t.string('document_name', 255).nullable();
    t.string('document_content_type', 100).nullable();
    t.integer('document_size').nullable();
    t.integer('offer_decision').nullable();
    t.string('offer_decided_at', 40).nullable();
    t.integer('offer_decided_by_type').nullable();
    t.string('offer_decided_by_code', 20).nullable();
    t.string('offer_copy_message_id', 36).nullable();
    t.index(['cpr', 'created_at']);
  });
  await knex.schema.createTable('citizen_message_document', (t) => {
    t.string('id', 36).primary();
    t.string('message_id', 36).notNullable();
    t.string('cpr', 10).notNullable();
    t.binary('content').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('citizen_message_document');
  await knex.schema.dropTable('citizen_message');
}
