// The documented parts of a dagpengetæller placement (visitation-absence.md §3.2) that 001 did not keep: the date
// of placement in the ordinary benefit period, the placement type and its basis/decision types (comma-separated
// codelist ids). Nullable: accounts reported before this migration have none.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('benefits_account', (t) => {
    t.string('ordinary_period_grading_date', 10).nullable();
    t.integer('grading_type').nullable();
    t.string('grading_basis_types', 400).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('benefits_account', (t) => {
    t.dropColumn('ordinary_period_grading_date');
    t.dropColumn('grading_type');
    t.dropColumn('grading_basis_types');
  });
}
