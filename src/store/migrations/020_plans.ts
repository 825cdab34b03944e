// Min plan / jobplan (issue 14, PlanService): plan versions — a draft while it is worked on, published when it
// becomes the citizen's Min plan; published versions are the plan's history — with their job goals (JSON:
// ESCO-STAR occupation or free text), the job-search requirements (krav til jobsøgning) and the person-group
// markings of the job-directed trial (R-PLAN-15).
import type { Knex } from 'knex';

/** Child tables of a citizen (person.cpr), for scenario reloads and the tests' row counts. */
export const PLAN_TABLES = ['plan_version', 'job_search_requirement', 'person_group_marking'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('plan_version', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('plan_type').notNullable();
    t.string('status', 10).notNullable();
    t.text('job_goals').notNullable();
    t.text('description').nullable();
    t.integer('education_readiness').nullable();
    t.boolean('draft_for_jobcenter').notNullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('created_at', 40).notNullable();
    t.string('last_modified', 40).notNullable();
    t.string('published_at', 40).nullable();
    t.integer('published_by_type').nullable();
    t.string('published_by_code', 20).nullable();
    t.integer('contact_group').nullable();
    t.index(['cpr', 'status']);
  });
  await knex.schema.createTable('job_search_requirement', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('applications').notNullable();
    t.integer('period_weeks').nullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.string('requirement_text', 255).nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('person_group_marking', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.integer('state_project').notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of PLAN_TABLES) await knex.schema.dropTableIfExists(table);
}
