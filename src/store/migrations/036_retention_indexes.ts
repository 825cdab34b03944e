// Indexes for the deletion engine at scale (issue 16 §6, bench/scale.ts). A batch selects at most
// RETENTION_BATCH_ROWS due rows: without an index on the date a policy counts from, every batch (and the last,
// empty one) reads the whole table — R-DEL-08/09 select person contacts by end_date, R-DEL-02 the deceased by
// deceased_date. Erasing one citizen (src/store/citizenErasure.ts) looks up the person rows it replaced
// (replaced_by_cpr: at 100,000 citizens a scan of 0.24 s per erased citizen, measured) and deletes by cpr from
// every table of ERASED_TABLES: the five without an index on cpr get one.
import type { Knex } from 'knex';

/** [table, column, index name] */
const INDEXES: readonly [string, string, string][] = [
  ['person_contact', 'end_date', 'person_contact_end_date_index'],
  ['person', 'deceased_date', 'person_deceased_date_index'],
  ['person', 'replaced_by_cpr', 'person_replaced_by_cpr_index'],
  ['authority_participant', 'cpr', 'authority_participant_cpr_index'],
  ['booking_error_report', 'cpr', 'booking_error_report_cpr_index'],
  ['citizen_message_document', 'cpr', 'citizen_message_document_cpr_index'],
  ['online_offer', 'cpr', 'online_offer_cpr_index'],
  ['person_notification', 'cpr', 'person_notification_cpr_index'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, column, name] of INDEXES)
    await knex.schema.alterTable(table, (t) => {
      t.index([column], name);
    });
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, column, name] of [...INDEXES].reverse())
    await knex.schema.alterTable(table, (t) => {
      t.dropIndex([column], name);
    });
}
