// A citizen's absences of given types (issue 13, one citizen): a write about a citizen loads only the absence
// types its rules read (src/store/citizenRepository.ts citizenStateQueriesFor), and this index finds them in the
// order the rules see them without reading the rest of the citizen's history — with only (cpr, start_date, id) a
// CreateAbsence for a citizen with 5,000 absences still stepped over all 5,000 rows to find its few absences 75.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('absence', (t) => {
    t.index(['cpr', 'absence_type', 'start_date', 'id'], 'absence_cpr_type_start_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('absence', (t) => {
    t.dropIndex(['cpr', 'absence_type', 'start_date', 'id'], 'absence_cpr_type_start_index');
  });
}
