// The function-certificate whitelist (conventions.md §2): each registered client certificate, by its SHA-256
// fingerprint, with its RID, its data processor (the CVR on it), the web services it was ordered for and when
// it was revoked; and the organisations each data processor may act for. Managed by `npm run cli -- cert
// add|revoke|list`; read once per SOAP request (src/soap/clientIdentity.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('client_certificate', (t) => {
    /** node:crypto's fingerprint256: 32 hex pairs joined by colons. */
    t.string('fingerprint', 95).primary();
    t.string('rid', 100).notNullable();
    t.string('processor_cvr', 8).notNullable();
    t.string('subject', 1000).notNullable();
    /** WSDL service names separated by commas, or * for every service. */
    t.string('services', 4000).notNullable();
    t.string('valid_to', 40).notNullable();
    t.string('added_at', 40).notNullable();
    t.string('revoked_at', 40).nullable();
    t.index(['rid']);
  });
  await knex.schema.createTable('data_processor_organisation', (t) => {
    t.string('processor_cvr', 8).notNullable();
    t.integer('organisation_type').notNullable();
    /** An organisation code, or * for every code of the type. */
    t.string('organisation_code', 20).notNullable();
    t.primary(['processor_cvr', 'organisation_type', 'organisation_code']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('data_processor_organisation');
  await knex.schema.dropTable('client_certificate');
}
