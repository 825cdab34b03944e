// The client coverage report's counts (issue 18 item 4, D-304): per business day, calling organisation
// (ActiveOrganisationHeader) and client certificate, the calls of each operation by the fault they got. The
// pipeline's request:completed events are summed in memory (src/app/clientReport/recorder.ts) and added here
// every few seconds and at close — one upsert per distinct row, never one write per request.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('client_call', (t) => {
    /** The business day the calls were counted on (the facade clock's date when they were added). */
    t.string('day', 10).notNullable();
    /** ActiveOrganisationHeader's OrganisationTypeIdentifier; 0 when the request was refused before its headers were read. */
    t.integer('organisation_type').notNullable();
    /** Its OrganisationCode; '' when not read. */
    t.string('organisation_code', 40).notNullable();
    /** The client certificate's RID (or the fingerprint of a trusted unregistered one); '' without one. */
    t.string('certificate', 100).notNullable();
    t.string('service', 100).notNullable();
    /** '' when the request named no operation of the service. */
    t.string('operation', 100).notNullable();
    /** The fault code sent (a DFDG code, or SOAP's own faultcode); '' for an answered call. Key columns are never
     *  null so that the upsert's conflict target matches on PostgreSQL too. */
    t.string('fault_code', 60).notNullable();
    t.integer('calls').notNullable();
    /** Of those calls, the ones the contract's schema refused before the handler (the deviations). */
    t.integer('deviations').notNullable();
    /** For a schema refusal (1014/1001 before the handler): the first validation issue of the first such call. */
    t.text('deviation_example').nullable();
    t.primary(['organisation_type', 'organisation_code', 'day', 'certificate', 'service', 'operation', 'fault_code']);
    t.index(['day']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('client_call');
}
