// The sanctions register (R-AK-10…12) and the a-kasse's availability assessments (SaveAvailabilityAssessment,
// R-AK-14/15): one row each, with the columns reads and retention filter on. `delete_from` is R-DEL-07's date,
// computed when the sanction is written, so the retention policy is one indexed range query on every dialect.
import type { Knex } from 'knex';

export const SANCTION_TABLES = ['sanction', 'availability_assessment'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sanction', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('akasse', 20).notNullable();
    t.integer('reason').notNullable();
    t.string('decision_date', 10).nullable();
    t.string('limitation_date', 10).notNullable();
    t.string('served_date', 10).nullable();
    t.string('remark', 600).nullable();
    t.string('registered_on', 10).notNullable();
    t.string('delete_from', 10).notNullable();
    t.index(['cpr', 'registered_on']);
    t.index(['delete_from']);
  });
  await knex.schema.createTable('availability_assessment', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('akasse', 20).notNullable();
    t.string('incident_date', 10).notNullable();
    t.integer('assessment_type').notNullable();
    t.string('date_field_1', 10).notNullable();
    t.string('date_field_2', 10).notNullable();
    t.string('response_to', 36).nullable();
    t.boolean('answers_known_nuph').notNullable();
    t.string('comments', 600).nullable();
    t.string('registered_on', 10).notNullable();
    t.index(['cpr', 'incident_date']);
    t.index(['response_to']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [...SANCTION_TABLES].reverse()) await knex.schema.dropTableIfExists(table);
}
