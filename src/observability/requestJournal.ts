// The request journal (issue 18): the last N requests the facade answered on a SOAP endpoint, newest first, for the
// console (src/console/). An in-memory ring buffer per facade instance fed by `request:completed`; it holds each
// request's envelopes only because the pipeline hands them over when a journal is kept (PipelineDeps
// `keepEnvelopes`), so a facade without the console copies, converts and keeps nothing. Nothing is written to the
// database: a restart empties it, and with PROCESSES > 1 each worker keeps its own.
import type { DfdgEvents, RequestCompleted } from './events.ts';

export interface JournalEntry extends RequestCompleted {
  /** When it completed (ISO 8601, UTC). */
  at: string;
}

export class RequestJournal {
  // as completed, with when: an entry is made only when a page reads it, so recording costs no copy and no
  // date formatting on the request path
  private readonly entries: { c: RequestCompleted; atMs: number }[] = [];
  private next = 0;

  /** `size`: how many requests it keeps (the oldest goes when a new one comes). */
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error('a journal keeps at least one request');
  }

  /** Keeps every request completed on `events` from now on. */
  listen(events: DfdgEvents, now: () => number = Date.now): this {
    events.on('request:completed', (c) => this.record(c, now()));
    return this;
  }

  record(c: RequestCompleted, atMs: number): void {
    const entry = { c, atMs };
    if (this.entries.length < this.size) this.entries.push(entry);
    else this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.size;
  }

  /** The kept requests, newest first. */
  latest(): JournalEntry[] {
    const n = this.entries.length;
    const out: JournalEntry[] = [];
    for (let i = 1; i <= n; i++) out.push(entryOf(this.entries[(this.next - i + n) % n]!));
    return out;
  }

  find(requestId: string): JournalEntry | null {
    const kept = this.entries.find((e) => e.c.requestId === requestId);
    return kept ? entryOf(kept) : null;
  }
}

const entryOf = ({ c, atMs }: { c: RequestCompleted; atMs: number }): JournalEntry => ({
  ...c,
  at: new Date(atMs).toISOString(),
});
