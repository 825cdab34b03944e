// Writes an organisation already made (issue 12 defect 10, D-148): the first accepted write carrying a message
// identifier claims (organisation, identifier) in its own transaction — the primary key makes a concurrent
// second claim wait and then fail — and stores its response; a repeat within 24 hours gets that response back.
// Pruned after 24 hours by the retention engine (D-148, src/app/auditRetention.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('idempotent_write', (t) => {
    t.integer('organisation_type').notNullable();
    t.string('organisation_code', 20).notNullable();
    /** The identifier the client sent (D-148), as sent. */
    t.string('message_identifier', 100).notNullable();
    /** The service and operation written, e.g. AbsenceRegistrationService.CreateAbsence. */
    t.string('operation', 160).notNullable();
    /** SHA-256 (hex) of the operation and its typed request: a different body under the same identifier is 4977. */
    t.string('request_digest', 64).notNullable();
    /** The typed response, JSON. */
    t.text('response').notNullable();
    /** Epoch milliseconds of the write. */
    t.bigInteger('accepted_at').notNullable();
    t.primary(['organisation_type', 'organisation_code', 'message_identifier']);
    t.index(['accepted_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('idempotent_write');
}
