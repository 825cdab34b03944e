// Runs of DFDG's scheduled jobs (src/jobs/schedule.ts). A job runs for a slot — its name and the instant
// the schedule fired for — only after claiming it: the INSERT of the row is the claim, and the primary key
// (job_name, slot) makes every other process's INSERT for the same slot fail, so each slot runs once however
// many `serve` processes share the database. The row then records how the run went. Dialect-neutral like
// every migration.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('job_run', (t) => {
    t.string('job_name', 60).notNullable();
    /** The scheduled instant, UTC, 'YYYY-MM-DDTHH:MM:SS.sssZ' (text order is time order). */
    t.string('slot', 24).notNullable();
    /** The slot's date in Copenhagen: the business date the run had. */
    t.string('business_date', 10).notNullable();
    /** running | succeeded | failed */
    t.string('outcome', 10).notNullable();
    /** The process that claimed the slot (host, pid and a random part). */
    t.string('owner', 80).notNullable();
    /** How many times the slot was claimed: more than 1 when a run that died was taken over. */
    t.integer('attempt').notNullable().defaultTo(1);
    /** Epoch milliseconds. */
    t.bigInteger('started_at').notNullable();
    t.bigInteger('ended_at').nullable();
    /** What the run did, JSON, e.g. {"expired":1,"deregistered":1}. */
    t.string('counts', 1000).nullable();
    t.string('error', 1000).nullable();
    t.primary(['job_name', 'slot']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_run');
}
