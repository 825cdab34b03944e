// The preparation form (forberedelsesskema, the profile-clarification questionnaire on Jobnet) and the digital
// screening pilot's answers (issue 17): a form is started and later submitted by the citizen; its statistical part
// is kept only for a form submitted before release 2022-1 (R-OTH-09); the screening's two answers are kept apart
// because they have their own retention (R-DEL-03). The policies R-DEL-10/11/12 read the form's contact group and
// whether the citizen was in a rehabilitation process when the form was saved.
import type { Knex } from 'knex';

export const PREPARATION_FORM_TABLES = ['screening_result', 'preparation_form'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('preparation_form', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('contact_group').notNullable();
    t.string('started_on', 10).notNullable();
    t.string('submitted_on', 10).nullable();
    /** JSON: the answers, [{ question, answer }] */
    t.text('answers').notNullable();
    /** JSON: the statistical part (risk of long-term unemployment) of a form submitted before 2022-03-14 */
    t.text('statistical_part').nullable();
    t.boolean('in_rehabilitation').notNullable();
    t.index(['cpr']);
    t.index(['submitted_on']);
    t.index(['started_on']);
  });
  await knex.schema.createTable('screening_result', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('form_id', 36).notNullable();
    t.string('municipality_code', 20).notNullable();
    t.string('submitted_on', 10).notNullable();
    /** JSON: the two answers (functional impairment, need for compensation) */
    t.text('answers').notNullable();
    t.index(['cpr']);
    t.index(['submitted_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of PREPARATION_FORM_TABLES) await knex.schema.dropTableIfExists(table);
}
