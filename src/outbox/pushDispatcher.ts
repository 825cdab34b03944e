// The push dispatcher: delivers pushed webservice messages (WSB rows of the outbox) to subscribed receivers.
// - Per receiver, in outbox order: a process takes a receiver under a lease (wsb_receiver_lease), sends its
//   due messages one by one and stops at the first failure, so a later message never overtakes an earlier one.
// - A failure is retried with exponential backoff and full jitter (baseDelayMs · 2^attempts, at most
//   maxDelayMs); after maxAttempts, or ttlMs after its first failure, it becomes a dead letter
//   (state 'dead') and the receiver's next message goes on. `npm run cli -- replay-dead` puts dead letters back.
// - Several processes may dispatch from one database: the receiver lease is taken with one conditional
//   UPDATE (or INSERT) and renewed while working; a process that lost its lease (it ran past `until` and
//   another took over) notices before marking a message delivered and stops — the other process sends it
//   again, and the receiver deduplicates on BeskedId (at-least-once).
// - Woken on commit (src/outbox/wake.ts) and by a poll every pollMs for other processes' rows and retries.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { log } from '../log.ts';
import { PushClient, type PushTls } from './pushClient.ts';
import { endpointFor } from './subscriptions.ts';
import { onOutboxCommit } from './wake.ts';
import { pushMetrics } from './pushMetrics.ts';

export interface DispatcherOptions {
  owner?: string;
  tls?: PushTls;
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
  maxAttempts?: number;
  ttlMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  now?: () => number;
  random?: () => number;
}

interface ReceiverKey {
  organisationType: number;
  organisationCode: string;
}

interface DueRow {
  id: string;
  message_type: string;
  attempts: number;
  first_failed_at: number | string | null;
  payload: string;
}

const WSB_LIKE = '%.WSB';

export class PushDispatcher {
  readonly owner: string;
  private readonly client: PushClient;
  private readonly o: Required<Omit<DispatcherOptions, 'owner' | 'tls'>>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly db: Knex, options: DispatcherOptions = {}) {
    this.owner = options.owner ?? `dispatcher-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.o = {
      pollMs: options.pollMs ?? 1000,
      leaseMs: options.leaseMs ?? 30_000,
      batch: options.batch ?? 100,
      maxAttempts: options.maxAttempts ?? 10,
      ttlMs: options.ttlMs ?? 24 * 3600_000,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 5 * 60_000,
      timeoutMs: options.timeoutMs ?? 10_000,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
    };
    this.client = new PushClient(options.tls ?? {}, this.o.timeoutMs);
  }

  start(): void {
    this.stopped = false;
    this.unsubscribe = onOutboxCommit(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.o.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    await this.running;
    this.client.close();
  }

  /** Runs a pass now, or right after the one running. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.runOnce();
        } catch (err) {
          log('error', 'push:pass-failed', { owner: this.owner, error: (err as Error).message });
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = null));
  }

  /** One pass: every receiver with a due message, under lease, in order. Returns how many were delivered. */
  async runOnce(): Promise<number> {
    let delivered = 0;
    for (const receiver of await this.receiversWithDueMessages()) {
      if (this.stopped) break;
      if (!(await this.takeLease(receiver))) continue;
      try {
        delivered += await this.deliverReceiver(receiver);
      } finally {
        await this.releaseLease(receiver);
      }
    }
    return delivered;
  }

  private due(q: Knex.QueryBuilder, now: number): Knex.QueryBuilder {
    return q.where('outbox_message.state', 'pending').andWhere('outbox_message.message_type', 'like', WSB_LIKE).andWhere((w) => w.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', now));
  }

  private async receiversWithDueMessages(): Promise<ReceiverKey[]> {
    const rows = (await this.due(this.db('outbox_message').distinct('receiver_org_type', 'receiver_org_code'), this.o.now())) as Record<string, unknown>[];
    return rows.map((r) => ({ organisationType: Number(r.receiver_org_type), organisationCode: String(r.receiver_org_code) }));
  }

  private leaseRow(r: ReceiverKey) {
    return this.db('wsb_receiver_lease').where({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode });
  }

  /** Takes (or renews) the receiver's lease when it is free, expired or ours. */
  private async takeLease(r: ReceiverKey): Promise<boolean> {
    const now = this.o.now();
    const until = now + this.o.leaseMs;
    const taken = Number(await this.leaseRow(r).andWhere((w) => w.where('until', '<', now).orWhere({ owner: this.owner }).orWhereNull('owner')).update({ owner: this.owner, until }));
    if (taken === 1) return true;
    try {
      await this.db('wsb_receiver_lease').insert({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode, owner: this.owner, until });
      return true;
    } catch {
      return false; // another process holds it (or just inserted it)
    }
  }

  private async holdsLease(r: ReceiverKey): Promise<boolean> {
    const now = this.o.now();
    return Number(await this.leaseRow(r).andWhere({ owner: this.owner }).andWhere('until', '>=', now).update({ until: now + this.o.leaseMs })) === 1;
  }

  private async releaseLease(r: ReceiverKey): Promise<void> {
    await this.leaseRow(r).andWhere({ owner: this.owner }).update({ owner: null, until: 0 });
  }

  /** The receiver's pending messages in outbox order; stops at the first one not yet due or failing. */
  private async deliverReceiver(r: ReceiverKey): Promise<number> {
    const rows = (await this.db('outbox_message')
      .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
      .select('outbox_message.id', 'message_type', 'attempts', 'first_failed_at', 'next_attempt_at', 'outbox_payload.payload')
      .where({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode, state: 'pending' })
      .andWhere('message_type', 'like', WSB_LIKE)
      .orderBy('sequence')
      .limit(this.o.batch)) as (DueRow & { next_attempt_at: number | string | null })[];
    let delivered = 0;
    for (const row of rows) {
      if (this.stopped) break;
      if (row.next_attempt_at !== null && Number(row.next_attempt_at) > this.o.now()) break; // the head waits: order holds
      const url = await endpointFor(this.db, r, row.message_type);
      if (!url) break; // unsubscribed meanwhile: its rows were purged
      const result = await this.client.post(url, row.id, row.payload);
      if (!(await this.holdsLease(r))) {
        log('warn', 'push:lease-lost', { owner: this.owner, receiver: `${r.organisationType}:${r.organisationCode}`, message: row.id });
        pushMetrics.leaseLost++;
        return delivered;
      }
      if (result.ok) {
        await this.db('outbox_message').where({ id: row.id, state: 'pending' }).update({ state: 'delivered', delivered_at: new Date(this.o.now()).toISOString(), last_error: null });
        pushMetrics.delivered++;
        delivered++;
        continue;
      }
      await this.failed(row, result.error);
      break;
    }
    return delivered;
  }

  private async failed(row: DueRow, error: string): Promise<void> {
    const attempts = row.attempts + 1;
    const now = this.o.now();
    const firstFailed = row.first_failed_at === null ? now : Number(row.first_failed_at);
    if (attempts >= this.o.maxAttempts || now - firstFailed >= this.o.ttlMs) {
      await this.db('outbox_message').where({ id: row.id }).update({ state: 'dead', attempts, last_error: error.slice(0, 500), next_attempt_at: null });
      pushMetrics.deadLetters++;
      log('warn', 'push:dead-letter', { owner: this.owner, message: row.id, attempts, error });
      return;
    }
    const ceiling = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (attempts - 1));
    const delay = Math.round(this.o.random() * ceiling);
    await this.db('outbox_message').where({ id: row.id }).update({ attempts, last_error: error.slice(0, 500), next_attempt_at: now + delay, first_failed_at: firstFailed });
    pushMetrics.retries++;
    log('info', 'push:retry', { owner: this.owner, message: row.id, attempts, inMs: delay, error });
  }
}

/** Operator replay: dead letters (all, or of one receiver, or one message) go back on the queue. */
export async function replayDeadLetters(db: Knex, filter: { receiver?: ReceiverKey; messageId?: string } = {}): Promise<number> {
  const q = db('outbox_message').where({ state: 'dead' });
  if (filter.receiver) q.andWhere({ receiver_org_type: filter.receiver.organisationType, receiver_org_code: filter.receiver.organisationCode });
  if (filter.messageId) q.andWhere({ id: filter.messageId });
  return Number(await q.update({ state: 'pending', attempts: 0, next_attempt_at: null, first_failed_at: null }));
}
