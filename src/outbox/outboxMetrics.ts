// The outbox and push figures of GET /metrics: queue depth and the age of the oldest undelivered message per
// receiver and type and the dead letters, read from the outbox when scraped; deliveries, retries, dead letters and
// lost leases counted from this instance's dispatcher events. Ages are measured on the facade's clock, the same
// clock that stamped the messages (with BUSINESS_DATE set, a message is not years old).
import type { Knex } from 'knex';
import { Counter, Gauge, type Registry } from '../observability/metrics.ts';
import type { Clock } from '../clock.ts';
import type { DfdgEvents } from '../observability/events.ts';

export function registerOutboxMetrics(registry: Registry, db: Knex, clock: Clock, events: DfdgEvents): void {
  const queue = async () =>
    (await db('outbox_message')
      .select('receiver_org_type', 'receiver_org_code', 'message_type')
      .count({ n: '*' })
      .min({ oldest: 'created_at' })
      .where({ state: 'pending' })
      .groupBy('receiver_org_type', 'receiver_org_code', 'message_type')
      .orderBy(['receiver_org_type', 'receiver_org_code', 'message_type'])) as Record<string, unknown>[];
  const labelsOf = (r: Record<string, unknown>) => ({
    receiver: `${r.receiver_org_type}:${r.receiver_org_code}`,
    type: String(r.message_type),
  });
  new Gauge({
    name: 'dfdg_outbox_queue_depth',
    help: 'Undelivered outbox messages per receiver and message type.',
    labelNames: ['receiver', 'type'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await queue()) this.set(labelsOf(r), Number(r.n));
    },
  });
  new Gauge({
    name: 'dfdg_outbox_oldest_undelivered_seconds',
    help: 'Age of the oldest undelivered message per receiver and message type, on the facade clock.',
    labelNames: ['receiver', 'type'],
    registers: [registry],
    async collect() {
      this.reset();
      const now = Date.parse(clock.nowDateTime());
      for (const r of await queue()) this.set(labelsOf(r), Math.max(0, (now - Date.parse(String(r.oldest))) / 1000));
    },
  });
  new Gauge({
    name: 'dfdg_outbox_dead_letters',
    help: 'Messages in the dead-letter state.',
    registers: [registry],
    async collect() {
      const [row] = (await db('outbox_message').count({ n: '*' }).where({ state: 'dead' })) as { n: number | string }[];
      this.set(Number(row?.n ?? 0));
    },
  });
  const counter = (name: string, help: string) => new Counter({ name, help, registers: [registry] });
  const delivered = counter('dfdg_push_deliveries_total', 'Pushed messages delivered by this instance.');
  const retries = counter('dfdg_push_retries_total', 'Failed pushes scheduled for another attempt by this instance.');
  const dead = counter('dfdg_push_dead_letters_total', 'Messages this instance moved to the dead-letter state.');
  const leaseLost = counter('dfdg_push_lease_lost_total', 'Times this instance found its receiver lease taken over.');
  events.on('push:delivered', (e) => delivered.inc(e.count));
  events.on('push:retry', () => retries.inc());
  events.on('push:dead', () => dead.inc());
  events.on('push:lease-lost', () => leaseLost.inc());
}
