// src/soap/requestTurns.ts: SOAP requests start in arrival order, and a turn of the event loop stops starting
// them once its budget is spent, so what else the loop has to do (accept a connection, read the requests that
// arrived: here a setImmediate queued meanwhile stands for it) runs between two batches. The clock is fake:
// each request "takes" the milliseconds it adds to it, so nothing here depends on the machine's speed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RequestTurns } from '../../src/soap/requestTurns.ts';

/** Runs `count` requests through `turns`; request i calls `work(i)`; resolves with the log once all ran. */
function runAll(turns: RequestTurns, count: number, work: (i: number, log: unknown[]) => void): Promise<unknown[]> {
  const log: unknown[] = [];
  return new Promise((resolve) => {
    for (let i = 0; i < count; i++)
      turns.run(() => {
        work(i, log);
        if (log.filter((e) => typeof e === 'number').length === count) setImmediate(() => resolve(log));
      });
  });
}

test('requests start in arrival order; a turn stops at its budget and what the loop queued meanwhile runs before the next', async () => {
  let now = 0;
  const turns = new RequestTurns(2.5, () => now);
  const log = await runAll(turns, 6, (i, log) => {
    log.push(i);
    now += 1; // each request takes 1 ms
    if (i === 0) setImmediate(() => log.push('other work'));
  });
  // 0, 1, 2 take 3 ms ≥ 2.5: the loop gets its turn before 3 starts (unbounded, 'other work' would come last)
  assert.deepEqual(log, [0, 1, 2, 'other work', 3, 4, 5]);
  assert.equal(turns.waiting, 0);
});

test('the time a request spends after its first await counts against the turn it started in', async () => {
  let now = 0;
  const turns = new RequestTurns(1.5, () => now);
  const log: unknown[] = [];
  await new Promise<void>((resolve) => {
    for (let i = 0; i < 4; i++)
      turns.run(() => {
        void (async () => {
          await null; // the pipeline's parse and validation run behind an await
          log.push(i);
          now += 1;
          if (i === 0) setImmediate(() => log.push('other work'));
          if (i === 3) setImmediate(resolve);
        })();
      });
  });
  assert.deepEqual(log, [0, 1, 'other work', 2, 3]);
});

test('while connections are being accepted a turn starts one request; a turn without one goes back to the budget', async () => {
  const turns = new RequestTurns(10, () => 0); // requests take no time here: the budget alone would start all
  turns.connected();
  const log = await runAll(turns, 4, (i, log) => {
    log.push(i);
    if (i === 0) setImmediate(() => log.push('poll'));
  });
  assert.deepEqual(log, [0, 'poll', 1, 2, 3]);

  // a connection accepted at every poll: one request per turn throughout
  turns.connected();
  const busy = await runAll(turns, 3, (i, log) => {
    log.push(i);
    setImmediate(() => {
      log.push(`poll ${i}`);
      turns.connected();
    });
  });
  assert.deepEqual(busy, [0, 'poll 0', 1, 'poll 1', 2, 'poll 2']);
});
