// The seam for logging, metrics and extension: typed events emitted where things happen (a request completed, a push
// delivered or retried…) and listened to by whoever counts or logs them. One bus per facade instance (no
// module-global state), and a listener that throws is contained: it is logged, the emitter goes on.
import { log } from '../log.ts';

export interface RequestCompleted {
  requestId: string;
  /** The service of the endpoint; null for a refusal on another path (an invalid Host on a WSDL or /services). */
  service: string | null;
  /** null when the request named no operation of the service (1014 before dispatch). */
  operation: string | null;
  /** "type:code" of ActiveOrganisationHeader, null before the headers were read. */
  organisation: string | null;
  userType: number | null;
  /** The client certificate: its RID when registered, else the SHA-256 fingerprint of a trusted one; null without
   *  one (none presented, an untrusted one, or TLS=off). */
  certificate: string | null;
  status: number;
  /** The DFDG fault code sent, SOAP's own faultcode (`soap:MustUnderstand`, `a:ActionNotSupported`), null on success. */
  faultCode: number | string | null;
  /** The rule that refused the request (its fault detail names it), null otherwise. */
  ruleId: string | null;
  /** How the request deviated from the documented contract when the contract's schema refused it (1014 or 1001
   *  raised before the handler: the XSD, the XML's shape, no operation for the Body's element): the first issue's
   *  text; null otherwise. */
  deviation: string | null;
  durationMs: number;
  /** The request and response envelopes as sent and answered, handed over only while a request journal is kept
   *  (src/observability/requestJournal.ts, PipelineDeps `keepEnvelopes`); `streamed`: the response's streamed
   *  document is not in `response`. */
  envelopes?: { request: Uint8Array; response: string | Uint8Array; streamed: boolean };
}

export interface DfdgEventMap {
  'request:completed': RequestCompleted;
  'push:delivered': { count: number };
  'push:retry': { messageId: string };
  'push:dead': { messageId: string };
  'push:lease-lost': { receiver: string };
}

type Listener<K extends keyof DfdgEventMap> = (event: DfdgEventMap[K]) => void;

export class DfdgEvents {
  private readonly listeners = new Map<keyof DfdgEventMap, Listener<never>[]>();

  on<K extends keyof DfdgEventMap>(name: K, listener: Listener<K>): void {
    const list = this.listeners.get(name) ?? [];
    list.push(listener as Listener<never>);
    this.listeners.set(name, list);
  }

  emit<K extends keyof DfdgEventMap>(name: K, event: DfdgEventMap[K]): void {
    for (const listener of (this.listeners.get(name) ?? []) as Listener<K>[]) {
      try {
        listener(event);
      } catch (err) {
        log('error', 'events:listener-failed', { name, err });
      }
    }
  }
}
