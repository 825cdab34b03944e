// A citizen's contact persons (PersonContactService, issue 14): one row per contact relation, with the activity
// it belongs to when ActivityService registered it (R-OTH-07).
import type { Knex } from 'knex';

export const PERSON_CONTACT_TABLES = ['person_contact'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('person_contact', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('contact_type').notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.string('external_caseworker_id', 36).nullable();
    t.string('given_name', 50).nullable();
    t.string('surname', 40).nullable();
    t.string('phone', 34).nullable();
    t.string('email', 256).nullable();
    t.string('activity_id', 36).nullable();
    t.integer('authority_org_type').notNullable();
    t.string('authority_org_code', 20).notNullable();
    t.index(['cpr', 'start_date', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of PERSON_CONTACT_TABLES) await knex.schema.dropTableIfExists(table);
}
