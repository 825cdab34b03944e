// The citizen's Jobnet CV customer number (CvCustomerIdentifier, [0-9]{8}): how Jobnet names the citizen in
// JobnetVacationService.GetVacationState (visitation-absence.md §2.5; 4400 when unknown). Held on the CV row the
// scenario loads; one number names one citizen. The self-booking work adds the same column for
// GetSelfbookTimeslots (booking-frist.md §3.3); whichever migration runs first adds it, the other finds it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('citizen_cv', 'customer_number')) return;
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
