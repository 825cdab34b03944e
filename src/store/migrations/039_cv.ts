// CV data through operations (issue 17): the CV a citizen keeps on Jobnet or LetAsyl brings (CVService.SaveCV,
// D-277) with its work experiences, each with a job code (Stillingskode) that a LetAsyl CV may lack (R-CV-03), and
// the address the CV shows ('Ukendt' when the citizen has none, R-CV-05); and the CV statuses the a-kasse and the
// jobcentre register (CVWorkFlowService.UpdateCVStatus), one row per registration with the date it holds from,
// which may lie in the past (R-CV-06).
import type { Knex } from 'knex';

export const CV_TABLES = ['cv_work_experience', 'cv_status'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('citizen_cv', (t) => {
    t.string('source', 10).nullable(); // 'Jobnet' or 'LetAsyl'; null for a CV only a scenario loaded
    t.text('address').nullable();
    t.string('updated_at', 40).nullable();
  });
  await knex.schema.createTable('cv_work_experience', (t) => {
    t.increments('id').primary();
    t.string('cpr', 10).notNullable();
    t.integer('position').notNullable();
    t.string('title', 255).notNullable();
    t.string('job_code', 255).nullable();
    t.string('from_date', 10).nullable();
    t.string('to_date', 10).nullable();
    t.index(['cpr', 'position']);
  });
  await knex.schema.createTable('cv_status', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('status').notNullable();
    t.text('comment').nullable();
    t.string('status_date', 10).notNullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr', 'status_date']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of CV_TABLES) await knex.schema.dropTableIfExists(table);
  await knex.schema.alterTable('citizen_cv', (t) => {
    t.dropColumn('source');
    t.dropColumn('address');
    t.dropColumn('updated_at');
  });
}
