// The push dispatcher: delivers pushed webservice messages (WSB rows of the outbox) to subscribed receivers.
// - Per receiver, in outbox order: a process takes a receiver under a lease (wsb_receiver_lease), sends its
//   due messages one by one and stops at the first failure, so a later message never overtakes an earlier one.
// - A failure is retried with exponential backoff and full jitter (baseDelayMs · 2^attempts, at most
//   maxDelayMs); after maxAttempts, or ttlMs after its first failure, it becomes a dead letter
//   (state 'dead') and the receiver's next message goes on. `npm run cli -- replay-dead` puts dead letters back.
// - Several processes may dispatch from one database: receiver leases (src/outbox/receiverLeases.ts) are
//   claimed for many receivers in one statement (FOR UPDATE SKIP LOCKED on PostgreSQL, UPDLOCK READPAST
//   ROWLOCK on SQL Server) and renewed while working; marking a message delivered is conditional on still
//   holding the lease, so a process that lost it (it ran past `until` and another took over) notices and
//   stops — the other process sends that message again, and the receiver deduplicates on BeskedId.
// - Receivers are served concurrently (`concurrency` at a time); each receiver's messages one by one. A
//   process holds at most `maxReceivers` leases, claims the receivers with the oldest due messages first and
//   gives a lease back once the receiver's queue is drained, so several processes share the receivers
//   instead of the first one keeping them all.
// - Woken on commit (src/outbox/wake.ts) and by a poll every pollMs for other processes' rows and retries.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { DEFAULTS } from '../config/defaults.ts';
import { log } from '../log.ts';
import { DfdgEvents } from '../observability/events.ts';
import type { Resolver } from './endpointAddress.ts';
import { PushClient, type PushTls } from './pushClient.ts';
import { endpointFor } from './subscriptions.ts';
import { onOutboxCommit } from './wake.ts';
import { claimReceivers, heldBy, receiverKeyOf, releaseLease, renewLease, type ReceiverKey } from './receiverLeases.ts';

export interface DispatcherOptions {
  owner?: string;
  /** The facade's event bus, for metrics; a private one when not given. */
  events?: DfdgEvents;
  tls?: PushTls;
  /** How endpoint host names are resolved before their addresses are checked (the system resolver). */
  resolve?: Resolver;
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
  concurrency?: number;
  /** Leases held at once (default 2 × concurrency). */
  maxReceivers?: number;
  maxAttempts?: number;
  ttlMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  now?: () => number;
  random?: () => number;
}

interface DueRow {
  id: string;
  message_type: string;
  attempts: number;
  first_failed_at: number | string | null;
  payload: string;
}

const WSB_LIKE = '%.WSB';
/** Deliveries recorded per UPDATE. */
const RECORD_EVERY = 25;
/** A process holds at most this many receiver leases per concurrent delivery (README, "Several processes"). */
export const RECEIVERS_PER_CONCURRENT_DELIVERY = 2;

export class PushDispatcher {
  readonly owner: string;
  private readonly client: PushClient;
  private readonly o: Required<Omit<DispatcherOptions, 'owner' | 'tls' | 'events' | 'resolve'>>;
  private timer: NodeJS.Timeout | null = null;
  /** Receiver leases this dispatcher holds, with the `until` it last wrote: kept between passes while idle. */
  private readonly held = new Map<string, number>();
  private running: Promise<void> | null = null;
  private again = false;
  /** Passes run on their own between start() and stop(); runOnce() also works without start(). */
  private started = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;
  /** Where deliveries, retries, dead letters and lost leases are reported (the facade's metrics listen). */
  private readonly events: DfdgEvents;

  constructor(
    private readonly db: Knex,
    options: DispatcherOptions = {},
  ) {
    this.events = options.events ?? new DfdgEvents();
    this.owner = options.owner ?? `dispatcher-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.o = {
      pollMs: options.pollMs ?? DEFAULTS.pushPollMs,
      leaseMs: options.leaseMs ?? DEFAULTS.pushLeaseMs,
      batch: options.batch ?? 200,
      concurrency: options.concurrency ?? 16,
      maxReceivers: options.maxReceivers ?? RECEIVERS_PER_CONCURRENT_DELIVERY * (options.concurrency ?? 16),
      maxAttempts: options.maxAttempts ?? DEFAULTS.pushMaxAttempts,
      ttlMs: options.ttlMs ?? 24 * 3600_000,
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.pushBaseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.pushMaxDelayMs,
      timeoutMs: options.timeoutMs ?? 10_000,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
    };
    this.client = new PushClient(options.tls ?? {}, this.o.timeoutMs, this.o.concurrency, options.resolve);
  }

  start(): void {
    this.started = true;
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
    for (const key of this.held.keys()) {
      const [type, code] = key.split('|');
      await releaseLease(this.db, this.owner, { organisationType: Number(type), organisationCode: code! });
    }
    this.held.clear();
    this.client.close();
  }

  /** Runs a pass now, or right after the one running. */
  wake(): void {
    if (!this.started || this.stopped) return;
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
    const queue = await this.takeLeases(await this.receiversWithDueMessages());
    let delivered = 0;
    const drained: ReceiverKey[] = [];
    const worker = async () => {
      for (let receiver = queue.shift(); receiver && !this.stopped; receiver = queue.shift()) {
        const served = await this.deliverReceiver(receiver);
        delivered += served.delivered;
        if (served.drained) drained.push(receiver);
      }
    };
    await Promise.all(Array.from({ length: this.o.concurrency }, worker));
    for (const r of drained) {
      if (!this.held.delete(receiverKeyOf(r))) continue;
      await releaseLease(this.db, this.owner, r);
    }
    return delivered;
  }

  private due(q: Knex.QueryBuilder, now: number): Knex.QueryBuilder {
    return q
      .where('outbox_message.state', 'pending')
      .andWhere('outbox_message.message_type', 'like', WSB_LIKE)
      .andWhere((w) => w.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', now));
  }

  /** Receivers with a due message, the one waiting longest first. */
  private async receiversWithDueMessages(): Promise<ReceiverKey[]> {
    const query = this.db('outbox_message')
      .select('receiver_org_type', 'receiver_org_code')
      .groupBy('receiver_org_type', 'receiver_org_code')
      .orderByRaw('min(sequence)');
    const rows = (await this.due(query, this.o.now())) as Record<string, unknown>[];
    return rows.map((r) => ({
      organisationType: Number(r.receiver_org_type),
      organisationCode: String(r.receiver_org_code),
    }));
  }

  /** The receivers this dispatcher may serve now: leases held with more than half their time left need no
   *  statement; others are claimed (or renewed), longest-waiting first, until maxReceivers are held — one
   *  statement per `room` candidates, so receivers another process holds are passed over, not waited for. */
  private async takeLeases(receivers: readonly ReceiverKey[]): Promise<ReceiverKey[]> {
    const now = this.o.now();
    const fresh = (r: ReceiverKey) => (this.held.get(receiverKeyOf(r)) ?? 0) - now > this.o.leaseMs / 2;
    const candidates = receivers.filter((r) => !fresh(r));
    let room = Math.max(0, this.o.maxReceivers - (receivers.length - candidates.length));
    const until = now + this.o.leaseMs;
    const claimed = new Set<string>();
    for (let next = 0; room > 0 && next < candidates.length;) {
      const chunk = candidates.slice(next, next + room);
      next += chunk.length;
      for (const r of await claimReceivers(this.db, this.owner, chunk, now, until)) claimed.add(receiverKeyOf(r));
      room -= chunk.filter((r) => claimed.has(receiverKeyOf(r))).length;
    }
    for (const r of candidates) {
      if (claimed.has(receiverKeyOf(r))) this.held.set(receiverKeyOf(r), until);
      else this.held.delete(receiverKeyOf(r));
    }
    return receivers.filter((r) => fresh(r) || claimed.has(receiverKeyOf(r)));
  }

  /** Extends the lease if it is still ours; false when another process has taken it. */
  private async renewLease(r: ReceiverKey): Promise<boolean> {
    const now = this.o.now();
    const renewed = await renewLease(this.db, this.owner, r, now, now + this.o.leaseMs);
    if (renewed) this.held.set(receiverKeyOf(r), now + this.o.leaseMs);
    else this.held.delete(receiverKeyOf(r));
    return renewed;
  }

  /** Marks messages delivered only while the lease is still ours (one statement: no window between check and
   *  mark); false when it is not (they will be sent again by the lease's new owner: at least once). */
  private async markDelivered(r: ReceiverKey, ids: readonly string[]): Promise<boolean> {
    if (ids.length === 0) return true;
    const now = this.o.now();
    const marked = await this.db('outbox_message')
      .whereIn('id', [...ids])
      .andWhere({ state: 'pending' })
      .whereExists(heldBy(this.db, this.owner, r, now))
      .update({ state: 'delivered', delivered_at: new Date(now).toISOString(), last_error: null });
    return Number(marked) === ids.length;
  }

  /** The receiver's pending messages in outbox order; stops at the first one not yet due or failing.
   *  `drained`: everything it found was delivered and there was no more. */
  private async deliverReceiver(r: ReceiverKey): Promise<{ delivered: number; drained: boolean }> {
    const rows = (await this.db('outbox_message')
      .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
      .select(
        'outbox_message.id',
        'message_type',
        'attempts',
        'first_failed_at',
        'next_attempt_at',
        'outbox_payload.payload',
      )
      .where({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode, state: 'pending' })
      .andWhere('message_type', 'like', WSB_LIKE)
      .orderBy('sequence')
      .limit(this.o.batch)) as (DueRow & { next_attempt_at: number | string | null })[];
    let delivered = 0;
    // One endpoint per receiver and type for the pass; an unsubscribe in between purges the rows anyway.
    const endpoints = new Map<string, string | null>();
    const key = receiverKeyOf(r);
    // Deliveries are recorded in small batches (a crash between POST and record only means a resend).
    let sent: string[] = [];
    const record = async (): Promise<boolean> => {
      const ok = await this.markDelivered(r, sent);
      if (ok) {
        this.events.emit('push:delivered', { count: sent.length });
        delivered += sent.length;
      }
      sent = [];
      return ok;
    };
    let stoppedEarly = false;
    const lost = (messageId: string) => ({ delivered: this.lostLease(r, messageId, delivered), drained: false });
    for (const row of rows) {
      stoppedEarly = true;
      if (this.stopped) break;
      if (row.next_attempt_at !== null && Number(row.next_attempt_at) > this.o.now()) break; // the head waits: order holds
      if (!endpoints.has(row.message_type))
        endpoints.set(row.message_type, await endpointFor(this.db, r, row.message_type));
      const url = endpoints.get(row.message_type);
      if (!url) break; // unsubscribed meanwhile: its rows were purged
      if ((this.held.get(key) ?? 0) - this.o.now() < this.o.leaseMs / 2) {
        if (!(await record()) || !(await this.renewLease(r))) return lost(row.id);
      }
      const result = await this.client.post(url, row.id, row.payload);
      if (result.ok) {
        sent.push(row.id);
        if (sent.length >= RECORD_EVERY && !(await record())) return lost(row.id);
        stoppedEarly = false;
        continue;
      }
      if (!(await record())) return lost(row.id);
      await this.failed(row, result.error);
      break;
    }
    if (!(await record())) return lost(rows.at(-1)?.id ?? '');
    return { delivered, drained: !stoppedEarly && rows.length < this.o.batch };
  }

  private lostLease(r: ReceiverKey, messageId: string, delivered: number): number {
    this.held.delete(receiverKeyOf(r));
    log('warn', 'push:lease-lost', {
      owner: this.owner,
      receiver: `${r.organisationType}:${r.organisationCode}`,
      message: messageId,
    });
    this.events.emit('push:lease-lost', { receiver: `${r.organisationType}:${r.organisationCode}` });
    return delivered;
  }

  private async failed(row: DueRow, error: string): Promise<void> {
    const attempts = row.attempts + 1;
    const now = this.o.now();
    const firstFailed = row.first_failed_at === null ? now : Number(row.first_failed_at);
    if (attempts >= this.o.maxAttempts || now - firstFailed >= this.o.ttlMs) {
      await this.db('outbox_message')
        .where({ id: row.id })
        .update({ state: 'dead', attempts, last_error: error.slice(0, 500), next_attempt_at: null });
      this.events.emit('push:dead', { messageId: row.id });
      log('warn', 'push:dead-letter', { owner: this.owner, message: row.id, attempts, error });
      return;
    }
    const ceiling = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (attempts - 1));
    const delay = Math.round(this.o.random() * ceiling);
    await this.db('outbox_message')
      .where({ id: row.id })
      .update({
        attempts,
        last_error: error.slice(0, 500),
        next_attempt_at: now + delay,
        first_failed_at: firstFailed,
      });
    this.events.emit('push:retry', { messageId: row.id });
    log('info', 'push:retry', { owner: this.owner, message: row.id, attempts, inMs: delay, error });
  }
}

/** Operator replay: dead letters (all, or of one receiver, or one message) go back on the queue. */
export async function replayDeadLetters(
  db: Knex,
  filter: { receiver?: ReceiverKey; messageId?: string } = {},
): Promise<number> {
  const q = db('outbox_message').where({ state: 'dead' });
  if (filter.receiver)
    q.andWhere({
      receiver_org_type: filter.receiver.organisationType,
      receiver_org_code: filter.receiver.organisationCode,
    });
  if (filter.messageId) q.andWhere({ id: filter.messageId });
  return Number(await q.update({ state: 'pending', attempts: 0, next_attempt_at: null, first_failed_at: null }));
}
