// A meeting time a citizen holds while they book it (BorgerBookingService.CreateMoedetidReservation,
// booking-frist.md §5.1): who holds it, for which booking id, and until when (epoch milliseconds). A time has at
// most one hold; an expired hold is simply overwritten. Nullable: a time nobody holds has none.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('offer_slot', (t) => {
    t.string('held_by_cpr', 10).nullable();
    t.string('held_for_booking_id', 36).nullable();
    t.bigInteger('held_until_ms').nullable();
    t.index(['held_by_cpr']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('offer_slot', (t) => {
    t.dropIndex(['held_by_cpr']);
    t.dropColumn('held_by_cpr');
    t.dropColumn('held_for_booking_id');
    t.dropColumn('held_until_ms');
  });
}
