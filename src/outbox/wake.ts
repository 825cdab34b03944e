// Commit → dispatch without waiting for a poll: a transaction that wrote pushed messages wakes the
// dispatchers of this process once it has committed (a rolled-back one wakes nobody). Dispatchers in other
// processes find the rows on their next poll.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onOutboxCommit(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeDispatchers(): void {
  for (const listener of listeners) listener();
}

/** Wakes the dispatchers when `trx` commits. */
export function wakeOnCommit(trx: { executionPromise?: Promise<unknown> }): void {
  trx.executionPromise?.then(wakeDispatchers, () => {});
}
