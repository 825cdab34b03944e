// The audit trail: one row per access DFDG must be able to account for — every a-kasse guest access (R-CV-02) and
// every read of a citizen's health data — written before the data is answered (src/app/audit.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_event', (t) => {
    t.string('id', 36).primary();
    /** xs:dateTime with offset, on the facade clock. */
    t.string('occurred_at', 40).notNullable();
    /** The request that caused it (the x-request-id of its response and its log line); null outside a request. */
    t.string('request_id', 36).nullable();
    /** guest-access | health-data-read */
    t.string('kind', 30).notNullable();
    t.string('cpr', 10).notNullable();
    t.integer('organisation_type').notNullable();
    t.string('organisation_code', 20).notNullable();
    t.string('user_identifier', 200).notNullable();
    /** What was read, e.g. CV or HealthLimitations. */
    t.string('data_area', 40).notNullable();
    /** What else identifies the access (the job order, the a-kasse the citizen is a member of), JSON. */
    t.string('detail', 1000).notNullable();
    t.index(['cpr']);
    t.index(['occurred_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_event');
}
