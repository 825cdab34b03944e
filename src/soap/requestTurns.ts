// Requests worked on in arrival order, a bounded amount per turn of the event loop (issue 13, one citizen).
//
// Node's event loop accepts at most ONE new connection per turn (the libuv of Node 20, 1.46, calls accept() once
// each time the listening socket polls readable). Handled as soon as its body was in, every request read in a turn
// was worked on in that same turn: under load a turn lasted as long as a hundred requests' parse, validation,
// rules and SQL (tens of ms), so a burst of new connections (a client pool opening 200 at once) was accepted at
// 20–40 a second, and the last one's first request waited unread in the kernel for seconds (measured: the last of
// 200 connections accepted 8–13 s after the first, while no request took over 0.7 s once Node had read it).
//
// Here a request whose body is in waits in a FIFO; each turn starts queued requests until TURN_BUDGET_MS of it
// is spent, then yields (setImmediate), so the loop polls again — reads the requests that arrived, accepts a
// connection — every few milliseconds. While connections are being accepted (one was in the last turn) a turn
// starts one request only, so a burst of connections is accepted at the rate of one per request. The order of
// work is the arrival order, and the work done per second is the same.
import { performance } from 'node:perf_hooks';

/** How long one turn may spend starting queued requests before it lets the event loop poll again. */
export const TURN_BUDGET_MS = 5;

export class RequestTurns {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;
  /** Turns taken so far. */
  private turns = 0;
  /** The value of `turns` when a connection was last accepted. */
  private connectedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly budgetMs = TURN_BUDGET_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues `start` behind every request queued before it. It runs in this turn of the event loop's check phase
   *  (after its I/O), or in a later turn once this one's budget is spent. `start` must not throw. */
  run(start: () => void): void {
    this.queue.push(start);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.turn);
    }
  }

  /** A connection was accepted: until a turn passes without one, a turn starts a single request. */
  connected(): void {
    this.connectedAt = this.turns;
  }

  /** Requests waiting for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  private readonly turn = (): void => {
    this.turns++;
    const budget = this.turns - this.connectedAt <= 1 ? 0 : this.budgetMs;
    const began = this.now();
    let started = 0;
    // One request per microtask step: the microtasks a start queued (its parse and validation behind its first
    // await) run before the next step, so most of their time counts against the budget before the next starts.
    const step = (): void => {
      if (this.queue.length === 0) {
        this.scheduled = false;
        return;
      }
      if (started > 0 && this.now() - began >= budget) {
        setImmediate(this.turn);
        return;
      }
      started++;
      const start = this.queue.shift()!;
      try {
        start();
      } finally {
        queueMicrotask(step);
      }
    };
    step();
  };
}
