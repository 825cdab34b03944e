// Waiting on a condition instead of sleeping for a fixed time: a fixed sleep is too short on a loaded machine
// (a flaky test) and longer than needed everywhere else (a slow one). `eventually` polls until the condition
// holds and fails loudly, naming what it waited for, when the deadline passes.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `check` (every `everyMs`) until it holds; fails after `ms` with `what`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 15_000,
  everyMs = 20,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out after ${ms} ms waiting for: ${what}`);
    await sleep(everyMs);
  }
}
