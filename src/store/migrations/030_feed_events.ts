// The inbound feeds (CPR, KY, the a-kasser): every event a source reported, by the source's own event id, with
// the answer DFDG gave it, so a repeated event changes nothing and is answered as the first was; and the
// registration category (tilmeldekategori) applicant → recipient that KY's 'Ydelse er givet' (R-BAT-03) and the
// 19-day batch (R-BAT-02) change.
import type { Knex } from 'knex';

/** The tables of this migration with a CPR column (src/store/citizenErasure.ts lists them); registration_category
 *  is dropped again by 033_one_person_category (its periods are person categories 2/3 since). */
export const FEED_TABLES = ['feed_event'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('feed_event', (t) => {
    /** The source: 'CPR', 'KY' or 'AKASSE'. */
    t.string('source', 20).notNullable();
    /** The source's own id of the event. */
    t.string('event_id', 100).notNullable();
    t.primary(['source', 'event_id']);
    /** The CPR the event was about, as reported (a CPR change: the old number). */
    t.string('cpr', 10).notNullable().index();
    t.string('kind', 40).notNullable();
    /** Epoch milliseconds the event was processed. */
    t.bigInteger('received_at').notNullable();
    /** The answer given the first time, JSON. */
    t.text('answer').notNullable();
  });
  await knex.schema.createTable('registration_category', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().references('cpr').inTable('person');
    /** 'ansoeger' (applicant) or 'modtager' (recipient). */
    t.string('category', 20).notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.index(['cpr', 'start_date', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('registration_category');
  await knex.schema.dropTable('feed_event');
}
