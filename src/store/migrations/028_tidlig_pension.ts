// Tidlig pension (PensionService, issue 15): one row per forløb UDK reports (its two blocks as nullable columns;
// an annulled forløb keeps its row with both blocks null), and the citizen's registered efterløn transition dates
// per a-kasse, which R-NOT-07 reads to send GetTidligPensionVersion1 to a former a-kasse.
import type { Knex } from 'knex';

export const TIDLIG_PENSION_TABLES = ['tidlig_pension', 'efterloen_transition'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('tidlig_pension', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('version').notNullable();
    t.string('saved_at', 40).notNullable();
    t.string('overgangsdato', 10).nullable();
    t.string('overgang_afgoerelsesdato', 10).nullable();
    t.string('ophoersdato', 10).nullable();
    t.string('kompensation_afgoerelsesdato', 10).nullable();
    t.string('kompensation_udbetalingsdato', 10).nullable();
    t.decimal('kompensation_beloeb', 14, 2).nullable();
    t.index(['cpr', 'id']);
  });
  await knex.schema.createTable('efterloen_transition', (t) => {
    t.string('cpr', 10).notNullable();
    t.string('akasse_code', 20).notNullable();
    t.string('transition_date', 10).notNullable();
    t.primary(['cpr', 'akasse_code']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of TIDLIG_PENSION_TABLES) await knex.schema.dropTableIfExists(table);
}
