// Which jobcentre a company's production unit is attached to (GetVirksomhedJobcenterTilknytning, joborder.md
// §4.4): one row per CVR number and P-number, loaded from the scenario (the company register is outside DFDG's
// documented services).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('company_jobcentre', (t) => {
    t.string('cvr', 8).notNullable();
    t.string('production_unit', 10).notNullable();
    t.string('jobcenter_code', 20).notNullable();
    t.primary(['cvr', 'production_unit']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('company_jobcentre');
}
