// Deliveries of a deceased citizen's data to Rigsarkivet (R-DEL-02): one row per citizen, recorded by the archive
// feed (`npm run cli -- archive-delivered`); the deletion engine deletes the citizen's data once both the death
// and the delivery are registered, this row with them.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('archive_delivery', (t) => {
    t.string('cpr', 10).primary();
    /** The date the archive received the data. */
    t.string('delivered_on', 10).notNullable();
    /** Epoch milliseconds the delivery was recorded. */
    t.bigInteger('recorded_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('archive_delivery');
}
