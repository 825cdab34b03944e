// Indexes for the deletion engine's batches at scale (issue 16 §6): a batch selects at most RETENTION_BATCH_ROWS
// due rows, and without an index on the date the policy counts from, every batch (and the last, empty one) reads
// the whole table. R-DEL-08/09 select person contacts by end_date; R-DEL-02 the deceased by deceased_date.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('person_contact', (t) => {
    t.index(['end_date'], 'person_contact_end_date_index');
  });
  await knex.schema.alterTable('person', (t) => {
    t.index(['deceased_date'], 'person_deceased_date_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('person', (t) => {
    t.dropIndex(['deceased_date'], 'person_deceased_date_index');
  });
  await knex.schema.alterTable('person_contact', (t) => {
    t.dropIndex(['end_date'], 'person_contact_end_date_index');
  });
}
