// The activity supplement and DFDG's age and recovery batches (issue 16): the supplements a jobcentre registers
// (aktivitetstillæg, R-PLAN-16/17; ended by DFDG, R-BAT-05), Min plan's inactivation by DFDG (R-BAT-06), and the
// recovery batch's decision per ended sickness (R-BAT-04), one row per sickness absence so a sickness is decided
// once however often the batch runs; and the sicknesses the benefit system reports (IllnessRecoveryInformationService),
// one row per NemRefusionIdentifier, so a report sent twice is registered once. audit_event.data_area (the service's name) is widened from 40 to 100
// characters: 'VisiteringOgStatus.AktivitetstillaegService' has 43.
import type { Knex } from 'knex';

export const SUPPLEMENT_TABLES = [
  'activity_supplement',
  'plan_inactivation',
  'recovery_decision',
  'illness_report',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_event', (t) => {
    t.string('data_area', 100).notNullable().alter();
  });
  await knex.schema.createTable('activity_supplement', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('event_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.string('end_reason', 16).nullable();
    t.integer('org_type').notNullable();
    t.string('org_code', 20).notNullable();
    t.string('registered_at', 40).notNullable();
    t.index(['cpr', 'event_date']);
    t.index(['end_date']);
  });
  await knex.schema.createTable('plan_inactivation', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('inactivated_on', 10).notNullable();
    t.string('rule_id', 16).notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('recovery_decision', (t) => {
    t.string('absence_id', 36).primary();
    t.string('cpr', 10).notNullable();
    t.string('recovery_date', 10).notNullable();
    t.string('decided_on', 10).notNullable();
    t.string('decision', 24).notNullable();
    t.index(['cpr']);
  });
  await knex.schema.createTable('illness_report', (t) => {
    t.string('report_id', 64).primary();
    t.string('cpr', 10).notNullable();
    t.string('absence_id', 36).notNullable();
    t.integer('group_before').nullable();
    t.integer('sick_group').notNullable();
    t.string('recovery_date', 10).nullable();
    t.index(['cpr']);
  });
}

export async function down(knex: Knex): Promise<void> {
  // audit_event.data_area stays wide: narrowing it could fail on rows written since.
  for (const table of SUPPLEMENT_TABLES) await knex.schema.dropTableIfExists(table);
}
