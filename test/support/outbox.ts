// Empties the outbox between tests: payloads first (they reference their message), then the queue rows,
// then the WSRM sequences the rows may point at and the push leases.
import type { Knex } from 'knex';
import { absenceMessages } from '../../src/outbox/absenceMessage.ts';
import type { OutboxMessage } from '../../src/outbox/outbox.ts';
import type { Receiver } from '../../src/rules/index.ts';
import { JOB_ORDER_TABLES } from '../../src/store/migrations/005_job_orders.ts';
import { WSB } from '../../src/outbox/webserviceMessage.ts';

export async function clearOutbox(db: Knex): Promise<void> {
  await db('outbox_payload').del();
  await db('outbox_message').del();
  await db('wsrm_sequence').del();
  await db('wsb_receiver_lease').del();
}

/** Subscriptions outlive a test's own clearOutbox: eachDatabase empties them before each test. */
export async function clearSubscriptions(db: Knex): Promise<void> {
  await db('wsb_subscription').del();
}

/** Subscribes each receiver ('type:code') to every webservice message type, at `endpoint`. */
export async function subscribeAll(
  db: Knex,
  receivers: readonly string[],
  endpoint = 'https://127.0.0.1:9/wsb',
): Promise<void> {
  for (const receiver of receivers) {
    const [type, code] = receiver.split(':');
    for (const { entityName } of Object.values(WSB)) {
      await db('wsb_subscription').insert({
        receiver_org_type: Number(type),
        receiver_org_code: code,
        entity_name: entityName,
        endpoint_url: endpoint,
        created_at: '2024-01-01T00:00:00+01:00',
      });
    }
  }
}

/** Online offers belong to authorities, not citizens, so reloading a scenario keeps them: empty them here. */
export async function clearOffers(db: Knex): Promise<void> {
  await db('offer_slot').del();
  await db('online_offer').del();
}

/** Job orders belong to companies and authorities, not citizens: empty them here too (children first). */
export async function clearJobOrders(db: Knex): Promise<void> {
  for (const table of JOB_ORDER_TABLES) await db(table).del();
  await db('audit_event').del(); // the guest accesses to job-order candidates
}

/** `n` real GetAbsenceVersion7 messages for one receiver, as a registration writes them (a sick-leave absence
 *  each, every other one with an end date): for queue tests and the pull benchmark. */
export function absenceNotifications(receiver: Receiver, n: number): OutboxMessage[] {
  return Array.from({ length: n }, (_, i) =>
    absenceMessages(
      {
        id: crypto.randomUUID(),
        cpr: '0101901234',
        absenceType: 11,
        startDate: '2025-03-01',
        endDate: i % 2 ? '2025-03-10' : null,
        notificationDate: '2025-03-01',
        comment: 'Sygemeldt',
        endReason: null,
        active: true,
        createdByDfdg: false,
        registeredBy: {
          kind: 'authority',
          organisationType: 8,
          organisationCode: '10100',
          userIdentifier: 'CVR:12345678-UUID:1',
          userType: 2,
        },
        registeredOn: '2025-03-01',
        deletedOn: null,
      },
      false,
      [receiver],
      null,
    ),
  ).flat();
}
