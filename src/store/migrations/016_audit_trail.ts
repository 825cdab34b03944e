// The audit trail of every citizen read and every write (issue 12, Deliver 7) in the audit_event table of 009:
// which operation, under which client certificate (null until the facade serves mTLS), and no CPR for a write
// about no citizen (a subscription, a job order). Queried by CPR and by organisation, newest first; pruned by
// the retention engine (D-147, src/app/auditRetention.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_event', (t) => {
    t.dropIndex(['cpr']);
  });
  await knex.schema.alterTable('audit_event', (t) => {
    t.string('cpr', 10).nullable().alter();
    /** The WSDL operation, e.g. CreateAbsence; null for rows written before 016. */
    t.string('operation', 100).nullable();
    /** The client certificate the call came with (subject or fingerprint); null without mTLS. */
    t.string('certificate', 400).nullable();
    t.index(['cpr', 'occurred_at']);
    t.index(['organisation_type', 'organisation_code', 'occurred_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_event', (t) => {
    t.dropIndex(['organisation_type', 'organisation_code', 'occurred_at']);
    t.dropIndex(['cpr', 'occurred_at']);
    t.dropColumn('certificate');
    t.dropColumn('operation');
  });
  // cpr stays nullable (rows of writes about no citizen may exist by then) and unindexed: down only drops
}
