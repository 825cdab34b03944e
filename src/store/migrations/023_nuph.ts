// NUPHs and their answers (2023-4 model, src/domain/nuph.ts): the columns reads and retention filter on (the
// citizen, the state, the dates R-DEL-04/05 count from, the generating activity or interview) and the domain
// object as JSON in `data`, as activities keep theirs (019). One answer per NUPH. Dialect-neutral.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('nuph', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('akasse', 20).notNullable();
    t.string('origin', 12).notNullable();
    t.string('source_id', 36).nullable();
    t.string('event_date', 10).notNullable();
    t.string('notified_on', 10).notNullable();
    t.string('state', 12).notNullable();
    t.text('data').notNullable();
    t.index(['cpr', 'event_date']);
    t.index(['source_id']);
    t.index(['state', 'notified_on']);
  });
  await knex.schema.createTable('nuph_answer', (t) => {
    t.string('id', 36).primary();
    t.string('nuph_id', 36).notNullable().unique();
    t.string('answered_on', 10).notNullable();
    t.text('data').notNullable();
    t.index(['answered_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('nuph_answer');
  await knex.schema.dropTable('nuph');
}
