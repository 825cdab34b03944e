// Rehabilitation processes and Integration Act contracts registered over SOAP (Borgerindsats.Rehabiliterings-
// forloebService, Borgerindsats.LetasylIntegrationslovService): the tables of 007 (until now filled only from
// scenarios) get who registered a row and when (null on the scenarios' rows). The documents uploaded to a
// rehabilitation process (R-PLAN-18) are kept where the NUPH documents are (025: nuph_document, bytes apart),
// owned by the process (owner_kind 'rehabiliteringsforloeb', owner_id its id): nuph_document.nuph_id becomes
// nullable (a rehabilitation document belongs to no NUPH), owner_kind is widened from 10 to 30 characters
// ('rehabiliteringsforloeb' has 22) and (owner_kind, owner_id) is indexed. Dialect-neutral.
import type { Knex } from 'knex';

const REGISTERED_TABLES = ['rehabilitation_process', 'integration_contract'] as const;

export async function up(knex: Knex): Promise<void> {
  for (const table of REGISTERED_TABLES)
    await knex.schema.alterTable(table, (t) => {
      t.integer('registered_by_type').nullable();
      t.string('registered_by_code', 20).nullable();
      t.string('registered_at', 40).nullable();
    });
  await knex.schema.alterTable('nuph_document', (t) => {
    t.string('nuph_id', 36).nullable().alter();
    t.string('owner_kind', 30).notNullable().alter();
  });
  await knex.schema.alterTable('nuph_document', (t) => {
    t.index(['owner_kind', 'owner_id']);
  });
}

// Down drops what up added; nuph_id stays nullable and owner_kind 30 wide (a down only drops: test/store).
export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('nuph_document', (t) => {
    t.dropIndex(['owner_kind', 'owner_id']);
  });
  for (const table of REGISTERED_TABLES)
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn('registered_by_type');
      t.dropColumn('registered_by_code');
      t.dropColumn('registered_at');
    });
}
