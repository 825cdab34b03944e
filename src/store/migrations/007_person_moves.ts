// Moves between municipalities: contracts under the Integration Act and rehabilitation processes (what a move
// notifies about or ends), and the move notifications PersonNotificationService serves until acknowledged.
import type { Knex } from 'knex';

export const PERSON_MOVE_TABLES = ['person_notification', 'rehabilitation_process', 'integration_contract'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('integration_contract', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('category', 40).notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('rehabilitation_process', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('person_notification', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('receiver_org_type').notNullable();
    t.string('receiver_org_code', 20).notNullable();
    t.integer('type').notNullable();
    t.string('event_date', 40).notNullable();
    t.string('acknowledged_at', 40).nullable();
    t.index(['receiver_org_type', 'receiver_org_code', 'acknowledged_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of PERSON_MOVE_TABLES) await knex.schema.dropTableIfExists(table);
}
