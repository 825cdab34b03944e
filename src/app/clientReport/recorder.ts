// The client coverage report's collector (issue 18 item 4, D-304): listens to the pipeline's request:completed
// events, sums them in memory per (organisation, certificate, service, operation, fault) and adds the sums to
// client_call every few seconds and at close — the hot path does one Map update per request and never writes.
// A request refused before its headers were read (no organisation) is counted under organisation type 0 when
// it came with a client certificate, and not at all without one (nobody to report it to).
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { log } from '../../log.ts';
import type { DfdgEvents, RequestCompleted } from '../../observability/events.ts';
import { addClientCalls, type ClientCallCount } from '../../store/clientCallRepository.ts';
import { writeTransaction } from '../../store/writeTransaction.ts';

/** How often the sums are added to client_call (CLIENT_REPORT_FLUSH_MS is not a setting: a few seconds of
 *  counts are what a crash can lose). */
export const CLIENT_CALL_FLUSH_MS = 5000;

interface Pending {
  organisation: string | null;
  certificate: string | null;
  service: string;
  operation: string | null;
  faultCode: string;
  calls: number;
  deviations: number;
  deviation: string | null;
}

export interface ClientCallRecorder {
  /** Adds what was counted since the last flush to client_call (the business day is the clock's at the flush). */
  flush(): Promise<void>;
  /** Stops the timer and flushes what is left. */
  close(): Promise<void>;
}

export function recordClientCalls(
  db: Knex,
  events: DfdgEvents,
  clock: Clock,
  flushMs: number = CLIENT_CALL_FLUSH_MS,
): ClientCallRecorder {
  let pending = new Map<string, Pending>();
  let writing: Promise<void> = Promise.resolve();

  events.on('request:completed', (c: RequestCompleted) => {
    if (c.service === null || (c.organisation === null && c.certificate === null)) return;
    const faultCode = c.faultCode === null ? '' : String(c.faultCode);
    const key = `${c.organisation}\u0000${c.certificate}\u0000${c.service}\u0000${c.operation}\u0000${faultCode}`;
    const entry = pending.get(key);
    if (entry) {
      entry.calls++;
      if (c.deviation !== null) {
        entry.deviations++;
        entry.deviation ??= c.deviation;
      }
    } else {
      pending.set(key, {
        organisation: c.organisation,
        certificate: c.certificate,
        service: c.service,
        operation: c.operation,
        faultCode,
        calls: 1,
        deviations: c.deviation === null ? 0 : 1,
        deviation: c.deviation,
      });
    }
  });

  const flush = (): Promise<void> => {
    writing = writing.then(async () => {
      if (pending.size === 0) return;
      const taken = pending;
      pending = new Map();
      const day = clock.today();
      try {
        await writeTransaction(db, (trx) =>
          addClientCalls(
            trx,
            [...taken.values()].map((p) => countOf(day, p)),
          ),
        );
      } catch (err) {
        log('error', 'client-calls:flush-failed', { err, rows: taken.size });
        // kept for the next flush: the counts are added, not set, so nothing is counted twice
        for (const [key, p] of taken) {
          const now = pending.get(key);
          if (now) {
            now.calls += p.calls;
            now.deviations += p.deviations;
            now.deviation = p.deviation ?? now.deviation;
          } else pending.set(key, p);
        }
      }
    });
    return writing;
  };

  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();
  return {
    flush,
    close: () => {
      clearInterval(timer);
      return flush();
    },
  };
}

function countOf(day: string, p: Pending): ClientCallCount {
  const at = p.organisation?.indexOf(':') ?? -1;
  return {
    day,
    organisationType: at < 0 ? 0 : Number(p.organisation!.slice(0, at)),
    organisationCode: at < 0 ? '' : p.organisation!.slice(at + 1),
    certificate: p.certificate ?? '',
    service: p.service,
    operation: p.operation ?? '',
    faultCode: p.faultCode,
    calls: p.calls,
    deviations: p.deviations,
    deviationExample: p.deviation,
  };
}
