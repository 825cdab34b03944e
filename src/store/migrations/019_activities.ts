// Activities (aktiviteter / indsatser) registered through ActivityService: the columns the service filters on
// (the citizen, the kind, the version) and the domain object as JSON in `data` (src/store/activityRepository.ts),
// as the contact process keeps its entities (004). Dialect-neutral like every migration.
import type { Knex } from 'knex';

export const ACTIVITY_TABLES = ['activity'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('activity', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('activation_type').nullable();
    t.string('start_date', 10).notNullable();
    t.integer('version').notNullable();
    t.text('data').notNullable();
    t.index(['cpr', 'start_date']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('activity');
}
