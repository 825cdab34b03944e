// Job orders: the order itself (JSON beside the columns searches filter on), its parties (primary
// authorities, and outside jobcentres that may read it because one of their citizens was placed on it,
// R-JO-03), its candidates and their placement log, the a-kasser ready for job orders (R-JO-14) and the
// placement-relevant CV data guest access reads (R-CV-02). Dialect-neutral like every migration.
import type { Knex } from 'knex';

/** Every table of this migration, children before parents (the order to empty them in). */
export const JOB_ORDER_TABLES = [
  'citizen_cv',
  'joborder_ready_akasse',
  'job_order_candidate_log',
  'job_order_candidate',
  'job_order_party',
  'job_order',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('job_order', (t) => {
    t.string('id', 36).primary();
    t.string('cvr', 8).notNullable();
    t.integer('type').notNullable();
    t.integer('status').notNullable();
    t.boolean('available_to_all').notNullable();
    /** The responsible authority's organisation type: jobcentres read every order an a-kasse runs (R-JO-01). */
    t.integer('responsible_org_type').notNullable();
    t.integer('version').notNullable();
    t.text('data').notNullable();
    t.index(['cvr']);
    t.index(['type', 'status']);
  });
  await knex.schema.createTable('job_order_party', (t) => {
    t.string('job_order_id', 36).notNullable().references('id').inTable('job_order');
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    /** 'primary' | 'reader' */
    t.string('role', 10).notNullable();
    t.primary(['job_order_id', 'org_type', 'org_code']);
    t.index(['org_type', 'org_code']);
  });
  await knex.schema.createTable('job_order_candidate', (t) => {
    t.string('id', 36).primary();
    t.string('job_order_id', 36).notNullable().references('id').inTable('job_order');
    t.string('cpr', 10).notNullable();
    t.boolean('removed').notNullable();
    t.integer('version').notNullable();
    t.text('data').notNullable();
    t.index(['job_order_id']);
    t.index(['cpr', 'removed']);
  });
  await knex.schema.createTable('job_order_candidate_log', (t) => {
    t.increments('seq').primary();
    t.string('job_order_id', 36).notNullable();
    t.string('candidate_id', 36).notNullable();
    t.string('event_date', 40).notNullable();
    t.integer('org_type').nullable();
    t.string('org_code', 20).nullable();
    t.text('snapshot').notNullable();
    t.index(['job_order_id', 'seq']);
  });
  await knex.schema.createTable('joborder_ready_akasse', (t) => {
    t.string('akasse_code', 20).primary();
  });
  await knex.schema.createTable('citizen_cv', (t) => {
    t.string('cpr', 10).primary();
    /** JSON: ESCO-STAR occupations (ConceptUriDa) the citizen seeks */
    t.text('occupations').notNullable();
    /** JSON: health limitations (helbredsmæssige begrænsninger) */
    t.text('health_limitations').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of JOB_ORDER_TABLES) await knex.schema.dropTableIfExists(table);
}
