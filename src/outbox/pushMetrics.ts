// Counters of this process's push dispatchers (deliveries, retries, dead letters, lost leases) and the queue
// gauges read from the outbox, in Prometheus text format for GET /metrics.
import type { Knex } from 'knex';

export const pushMetrics = { delivered: 0, retries: 0, deadLetters: 0, leaseLost: 0 };

const label = (v: unknown) => String(v).replace(/["\\\n]/g, '_');

export async function metricsText(db: Knex, nowMs: number = Date.now()): Promise<string> {
  const depth = (await db('outbox_message')
    .select('receiver_org_type', 'receiver_org_code', 'message_type')
    .count({ n: '*' })
    .min({ oldest: 'created_at' })
    .where({ state: 'pending' })
    .groupBy('receiver_org_type', 'receiver_org_code', 'message_type')
    .orderBy(['receiver_org_type', 'receiver_org_code', 'message_type'])) as Record<string, unknown>[];
  const dead = (await db('outbox_message').count({ n: '*' }).where({ state: 'dead' })) as { n: number | string }[];
  const lines = [
    '# HELP dfdg_outbox_queue_depth Undelivered outbox messages per receiver and message type.',
    '# TYPE dfdg_outbox_queue_depth gauge',
    ...depth.map((r) => `dfdg_outbox_queue_depth{receiver="${label(r.receiver_org_type)}:${label(r.receiver_org_code)}",type="${label(r.message_type)}"} ${Number(r.n)}`),
    '# HELP dfdg_outbox_oldest_undelivered_seconds Age of the oldest undelivered message per receiver and message type.',
    '# TYPE dfdg_outbox_oldest_undelivered_seconds gauge',
    ...depth.map(
      (r) => `dfdg_outbox_oldest_undelivered_seconds{receiver="${label(r.receiver_org_type)}:${label(r.receiver_org_code)}",type="${label(r.message_type)}"} ${Math.max(0, (nowMs - Date.parse(String(r.oldest))) / 1000).toFixed(3)}`,
    ),
    '# HELP dfdg_outbox_dead_letters Messages in the dead-letter state.',
    '# TYPE dfdg_outbox_dead_letters gauge',
    `dfdg_outbox_dead_letters ${Number(dead[0]?.n ?? 0)}`,
    '# HELP dfdg_push_deliveries_total Pushed messages delivered by this process.',
    '# TYPE dfdg_push_deliveries_total counter',
    `dfdg_push_deliveries_total ${pushMetrics.delivered}`,
    '# HELP dfdg_push_retries_total Failed pushes scheduled for another attempt by this process.',
    '# TYPE dfdg_push_retries_total counter',
    `dfdg_push_retries_total ${pushMetrics.retries}`,
    '# HELP dfdg_push_dead_letters_total Messages this process moved to the dead-letter state.',
    '# TYPE dfdg_push_dead_letters_total counter',
    `dfdg_push_dead_letters_total ${pushMetrics.deadLetters}`,
    '# HELP dfdg_push_lease_lost_total Times this process found its receiver lease taken over.',
    '# TYPE dfdg_push_lease_lost_total counter',
    `dfdg_push_lease_lost_total ${pushMetrics.leaseLost}`,
  ];
  return lines.join('\n') + '\n';
}
