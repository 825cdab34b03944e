// The system a subscription to pushed webservice messages belongs to: EksternKommunikation.AbonnementService
// names the subscribing system by its systemIdentifier (conventions.md §1.5); subscriptions made through the
// facade's SubscriptionService name none (null).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('wsb_subscription', (t) => {
    t.string('system_identifier', 36).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('wsb_subscription', (t) => {
    t.dropColumn('system_identifier');
  });
}
