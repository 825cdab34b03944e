// Systematic referral programmes (systematiske henvisningsforløb): the data jobcentres registered about them until
// their rules expired with LAB's rewrite on 1 Jan 2020, which R-DEL-01 deletes 2 years after the programme ended.
// The facade had no such data: this is the smallest store that lets R-DEL-01 be faithful — one row per programme
// (the citizen, its start and end), loaded from scenarios (`referralProgrammes`); nothing registers new ones, as
// DFDG no longer does (docs/contract-decisions.md). Dialect-neutral.
import type { Knex } from 'knex';

export const REFERRAL_PROGRAMME_TABLES = ['referral_programme'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('referral_programme', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.index(['cpr']);
    t.index(['end_date']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of REFERRAL_PROGRAMME_TABLES) await knex.schema.dropTableIfExists(table);
}
