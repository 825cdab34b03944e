// The contact process (kontaktforløb): summonses and self-booked interviews, their history, participation
// choices, authority participants, online offers with their meeting times, self-booking deadlines, held
// interviews, straksbooking, Jobnet's error reports and DFDG's SMS/e-mail notices to citizens. Each entity
// keeps the columns the services filter and join on; the rest of it is the domain object as JSON in `data`
// (src/store/contactProcessRepository.ts). Dialect-neutral like every migration.
import type { Knex } from 'knex';

/** Every table of this migration, children before parents (the order to empty them in). */
export const CONTACT_PROCESS_TABLES = [
  'citizen_notice',
  'booking_error_report',
  'immediate_booking',
  'notification_signup',
  'held_interview',
  'deadline',
  'offer_slot',
  'online_offer',
  'authority_participant',
  'participation_choice',
  'contact_history',
  'summons',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('summons', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('interview_type').notNullable();
    t.string('start_time', 40).notNullable();
    t.integer('organisation_type').notNullable();
    t.string('organisation_code', 20).notNullable();
    t.boolean('self_booked').notNullable();
    t.string('cancelled_at', 40).nullable();
    t.integer('version').notNullable();
    t.text('data').notNullable();
    t.index(['cpr', 'start_time']);
    t.index(['organisation_type', 'organisation_code', 'start_time']);
  });
  await knex.schema.createTable('contact_history', (t) => {
    t.increments('seq').primary();
    /** 'Indkaldelse' | 'Frist' */
    t.string('entity_kind', 20).notNullable();
    t.string('entity_id', 36).notNullable();
    t.string('cpr', 10).notNullable();
    t.integer('version').notNullable();
    /** Aendringstype: 1 create, 2 update, 3 delete */
    t.integer('change_type').notNullable();
    t.string('changed_at', 40).notNullable();
    t.integer('changed_by_org_type').nullable();
    t.string('changed_by_org_code', 20).nullable();
    t.text('snapshot').notNullable();
    t.index(['cpr', 'entity_kind', 'seq']);
    t.index(['entity_id', 'seq']);
  });
  await knex.schema.createTable('participation_choice', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('summons_id', 36).notNullable().references('id').inTable('summons');
    t.text('data').notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('authority_participant', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('summons_id', 36).notNullable().references('id').inTable('summons');
    t.text('data').notNullable();
    t.index(['summons_id']);
  });
  await knex.schema.createTable('online_offer', (t) => {
    t.string('id', 36).primary();
    t.integer('organisation_type').notNullable();
    t.string('organisation_code', 20).notNullable();
    t.integer('interview_type').notNullable();
    t.string('cpr', 10).nullable();
    t.text('data').notNullable();
    t.index(['organisation_type', 'organisation_code']);
  });
  await knex.schema.createTable('offer_slot', (t) => {
    t.string('id', 36).primary();
    t.string('offer_id', 36).notNullable().references('id').inTable('online_offer');
    t.string('start_time', 40).notNullable();
    t.string('end_time', 40).notNullable();
    t.string('booked_summons_id', 36).nullable();
    t.index(['offer_id', 'start_time']);
  });
  await knex.schema.createTable('deadline', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('status').notNullable();
    t.string('end_date', 10).notNullable();
    t.text('data').notNullable();
    t.index(['cpr']);
    t.index(['status', 'end_date']);
  });
  await knex.schema.createTable('held_interview', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.text('data').notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('notification_signup', (t) => {
    t.string('cpr', 10).primary();
    t.boolean('sms').notNullable();
    t.boolean('email').notNullable();
  });
  await knex.schema.createTable('immediate_booking', (t) => {
    t.string('cpr', 10).primary();
    t.integer('interview_type').notNullable();
    t.string('deadline_id', 36).notNullable();
    t.string('since', 10).notNullable();
  });
  await knex.schema.createTable('booking_error_report', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.text('data').notNullable();
  });
  await knex.schema.createTable('citizen_notice', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    /** 'sms' | 'email' */
    t.string('channel', 8).notNullable();
    t.string('summons_id', 36).notNullable();
    t.text('text').notNullable();
    t.string('created_at', 40).notNullable();
    t.string('sent_at', 40).nullable();
    t.index(['cpr']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of CONTACT_PROCESS_TABLES) await knex.schema.dropTableIfExists(table);
}
