// Ungedatabasen (UDB): DFDG's subscriptions per young citizen (R-BAT-07…14), the messages to UDB queued in the
// transaction that decides them and sent in order (R-NOT-15), the events UDB reported (admission, completed
// vocational education), the education plan's step and support needs per plan version, STIL's institution
// register (R-OTH-12) and the institution contacts UDB reported (R-OTH-11), and the uddannelsespålæg PDFs made
// before release 2022-1 (R-PLAN-24: still retrievable).
import type { Knex } from 'knex';

/** The tables of this migration with a CPR column (src/store/citizenErasure.ts lists them). */
export const UDB_TABLES = [
  'udb_subscription',
  'udb_message',
  'udb_event',
  'udb_education_plan',
  'udb_institution_contact',
  'udb_injunction_pdf',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('udb_subscription', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().index();
    t.string('effective_from', 10).notNullable();
    t.string('opened_on', 10).notNullable();
    t.string('closed_on', 10).nullable();
    t.integer('close_reason').nullable();
    t.string('close_rule', 12).nullable();
  });
  await knex.schema.createTable('udb_message', (t) => {
    /** The order the messages are sent in (R-NOT-15). */
    t.increments('seq').primary();
    t.string('id', 36).notNullable().unique();
    t.string('cpr', 10).notNullable().index();
    t.string('kind', 20).notNullable();
    t.text('body').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('sent_at').nullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error').nullable();
  });
  await knex.schema.createTable('udb_event', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().index();
    t.string('kind', 30).notNullable();
    t.string('event_date', 10).notNullable();
    t.string('institution_number', 10).nullable();
  });
  await knex.schema.createTable('udb_education_plan', (t) => {
    t.string('plan_version_id', 36).primary();
    t.string('cpr', 10).notNullable().index();
    t.integer('step').nullable();
    /** JSON array of the support needs' texts. */
    t.text('support_needs').notNullable();
  });
  await knex.schema.createTable('udb_institution', (t) => {
    t.string('institution_number', 10).primary();
    t.string('name', 255).notNullable();
    t.string('cvr', 8).nullable();
    t.string('p_number', 10).nullable();
  });
  await knex.schema.createTable('udb_institution_contact', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().index();
    t.string('institution_number', 10).notNullable();
    t.string('name', 255).notNullable();
    t.string('cvr', 8).nullable();
    t.string('p_number', 10).nullable();
    t.string('received_on', 10).notNullable();
  });
  await knex.schema.createTable('udb_injunction_pdf', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().index();
    t.string('plan_version_id', 36).notNullable();
    t.string('created_on', 10).notNullable();
    t.binary('content').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [...UDB_TABLES, 'udb_institution'].reverse()) await knex.schema.dropTable(table);
}
