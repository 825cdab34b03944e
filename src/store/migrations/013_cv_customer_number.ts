// The citizen's Jobnet CV customer number (CvCustomerIdentifier, [0-9]{8}, booking-frist.md §3.3): how
// JobnetCitizenStatusService v10's GetSelfbookTimeslots names the citizen (4400 when unknown). Held on the CV row
// the scenario loads; one number names one citizen.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('citizen_cv', (t) => {
    t.string('customer_number', 8).nullable().unique();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('citizen_cv', (t) => {
    t.dropUnique(['customer_number']);
    t.dropColumn('customer_number');
  });
}
