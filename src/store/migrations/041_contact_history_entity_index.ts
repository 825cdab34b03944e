// The contact history's index by entity (entity_id, seq) goes: every read of the history is a citizen's
// (history(): cpr and entity kind, then optionally the entity — a few rows of one citizen, found through
// (cpr, entity_kind, seq)), and deletion is by citizen, so no query used it; but every summons and deadline write
// inserted into it at a random place (the entity ids are the callers' random BookingIdentifiers and uuids).
// Measured (SQLite, a CreateIndkaldelse's rows in groups of 50 members): ~160 → ~145 µs of CPU per request.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('contact_history', (t) => {
    t.dropIndex(['entity_id', 'seq']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('contact_history', (t) => {
    t.index(['entity_id', 'seq']);
  });
}
