// The citizen-state tables of src/domain/types.ts. Dialect-neutral by construction: only the knex
// schema builder, dates as 'YYYY-MM-DD' strings, timestamps as ISO strings, booleans as boolean,
// ids as uuid strings, hours and amounts as decimal(9,2). Child rows point at person.cpr.
import type { Knex } from 'knex';

const DATE = 10;
const CPR = 10;
const UUID = 36;
const ORG_CODE = 20;

/** A citizen's rows are read in period order (citizenStateQueries), so the index serves that order too. */
function childOfPerson(t: Knex.CreateTableBuilder, periodStart: string): void {
  t.string('id', UUID).primary();
  t.string('cpr', CPR).notNullable().references('cpr').inTable('person');
  t.index(['cpr', periodStart, 'id']);
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('person', (t) => {
    t.string('cpr', CPR).primary();
    t.string('birth_date', DATE).notNullable();
    t.string('deceased_date', DATE).nullable();
    t.string('jobcenter_code', ORG_CODE).notNullable();
    t.string('municipality_code', ORG_CODE).notNullable();
    t.string('replaced_by_cpr', CPR).nullable();
  });

  await knex.schema.createTable('contact_group', (t) => {
    childOfPerson(t, 'start_date');
    t.integer('contact_group').notNullable();
    t.string('start_date', DATE).notNullable();
    t.string('end_date', DATE).nullable();
  });

  await knex.schema.createTable('akasse_membership', (t) => {
    childOfPerson(t, 'start_date');
    t.string('akasse_code', ORG_CODE).notNullable();
    t.string('start_date', DATE).notNullable();
    t.string('end_date', DATE).nullable();
  });

  await knex.schema.createTable('benefits_account', (t) => {
    t.string('cpr', CPR).primary().references('cpr').inTable('person');
    t.string('akasse_code', ORG_CODE).notNullable();
    t.integer('insurance_type').notNullable();
    t.string('grading_date', DATE).notNullable();
    t.decimal('offset_hours', 9, 2).notNullable();
    t.string('reference_period_end_date', DATE).nullable();
    t.decimal('consumed_hours', 9, 2).notNullable();
    t.decimal('missing_hours_for_regrading', 9, 2).nullable();
    t.decimal('rate_per_month', 9, 2).nullable();
    t.string('calculation_date', DATE).notNullable();
  });

  await knex.schema.createTable('enrollment', (t) => {
    childOfPerson(t, 'enrollment_date');
    t.integer('client_category').notNullable();
    t.string('enrollment_date', DATE).notNullable();
    t.string('end_date', DATE).nullable();
    t.integer('end_reason').nullable();
  });

  await knex.schema.createTable('absence', (t) => {
    childOfPerson(t, 'start_date');
    t.integer('absence_type').notNullable();
    t.string('start_date', DATE).notNullable();
    t.string('end_date', DATE).nullable();
    t.string('notification_date', DATE).notNullable();
    t.text('comment').nullable();
    t.integer('end_reason').nullable();
    t.boolean('active').notNullable();
    t.boolean('created_by_dfdg').notNullable();
    // Actor, flattened: kind 'authority' uses org_type/org_code/user/user_type, kind 'dfdg' uses process.
    t.string('registered_by_kind', 16).notNullable();
    t.integer('registered_by_org_type').nullable();
    t.string('registered_by_org_code', ORG_CODE).nullable();
    t.string('registered_by_user', 255).nullable();
    t.integer('registered_by_user_type').nullable();
    t.string('registered_by_process', 64).nullable();
    t.string('registered_on', DATE).notNullable();
    t.string('deleted_on', DATE).nullable();
    t.index(['absence_type']); // DFDG's jobs look absences up by type (src/jobs)
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['absence', 'enrollment', 'benefits_account', 'akasse_membership', 'contact_group', 'person']) {
    await knex.schema.dropTableIfExists(table);
  }
}
