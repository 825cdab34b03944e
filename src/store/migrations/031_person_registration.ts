// PersonRegistrationService completed (issue 16): the citizen's person category periods (visitationskategori,
// part of the citizen's state), the jobcentre affiliation changes a jobcentre registered (UpdatePersonJobcenter,
// read by the move batch, R-BAT-01), health limitations (helbredsmæssige begrænsninger) and the asylum handover
// data of Borgerindsats.AsylovergivelseService (R-OTH-01; one row per citizen).
import type { Knex } from 'knex';

export const PERSON_REGISTRATION_TABLES = [
  'person_category',
  'person_jobcenter_change',
  'health_limitation',
  'asylum_handover',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('person_category', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('category').notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_on', 10).notNullable();
    // read in period order with the citizen's state (citizenStateQueries)
    t.index(['cpr', 'start_date', 'id']);
  });
  await knex.schema.createTable('person_jobcenter_change', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('from_jobcenter_code', 5).notNullable();
    t.string('jobcenter_code', 5).notNullable();
    t.string('change_date', 10).notNullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('health_limitation', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('limitation_type').nullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.text('description').nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('asylum_handover', (t) => {
    t.string('cpr', 10).primary();
    t.string('handover_date', 10).notNullable();
    t.string('municipality_code', 3).nullable();
    t.string('residence_permit_date', 10).nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [...PERSON_REGISTRATION_TABLES].reverse()) await knex.schema.dropTableIfExists(table);
}
