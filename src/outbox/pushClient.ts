// One POST of a webservice message to a subscriber: JSON body, the message id in `X-Besked-Id` for
// deduplication, HTTPS with DFDG's client certificate (and the CA the subscriber's certificate is checked
// against), a hard timeout. Any 2xx is a delivery; everything else is a failure with its reason. The endpoint's
// address is checked again at every connect (src/outbox/endpointAddress.ts): the socket goes to the address
// that was checked, and an endpoint that is no longer allowed (or resolves to a private address) is a failure.
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { checkSubscriptionEndpoint } from '../domain/subscriptionEndpoint.ts';
import { guardedLookup, type Resolver } from './endpointAddress.ts';

export interface PushTls {
  /** PEM client certificate and key DFDG presents; the CA bundle subscriber certificates are checked against. */
  cert?: string;
  key?: string;
  ca?: string;
}

export type PushResult = { ok: true; status: number } | { ok: false; error: string };

export class PushClient {
  private readonly agent: https.Agent;
  private readonly lookup: ReturnType<typeof guardedLookup>;

  /** `connectionsPerHost`: the dispatcher's receiver concurrency, so receivers whose endpoints share a host
   *  (one subscriber system for many jobcentres) do not queue behind each other in the agent. */
  constructor(
    pushTls: PushTls,
    private readonly timeoutMs: number,
    connectionsPerHost: number,
    resolve?: Resolver,
  ) {
    this.lookup = guardedLookup(resolve);
    // The certificate, key and CA as one secure context made once: given as PEM options instead, the agent puts
    // all three PEM texts into the name it files every request and socket under (https.Agent#getName), so each
    // POST built and hashed a ~2 KB string several times (~5 µs each, bench/pushRate.ts).
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: connectionsPerHost,
      secureContext: tls.createSecureContext({ cert: pushTls.cert, key: pushTls.key, ca: pushTls.ca }),
    });
  }

  /** Each endpoint's parsed address, kept: a dispatcher posts to a few hundred endpoints over and over. */
  private readonly targets = new Map<string, { transport: typeof http | typeof https; options: http.RequestOptions }>();

  private targetOf(url: string) {
    let target = this.targets.get(url);
    if (!target) {
      const u = new URL(url);
      const secure = u.protocol === 'https:';
      target = {
        transport: secure ? https : http,
        options: {
          protocol: u.protocol,
          hostname: u.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: u.port,
          path: u.pathname + u.search,
          agent: secure ? this.agent : undefined,
          lookup: this.lookup as unknown as http.RequestOptions['lookup'],
        },
      };
      if (this.targets.size >= 10_000) this.targets.clear();
      this.targets.set(url, target);
    }
    return target;
  }

  post(url: string, messageId: string, json: string): Promise<PushResult> {
    // The endpoint's shape is checked again (IP literals among it: net.connect does not look them up), as the rows
    // may predate the rules or the settings may have changed since.
    const allowed = checkSubscriptionEndpoint(url);
    if (!allowed.ok) return Promise.resolve({ ok: false, error: `endpoint not allowed: ${allowed.reason}` });
    return new Promise((resolve) => {
      const { transport, options } = this.targetOf(url);
      const req = transport.request(
        {
          ...options,
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(json),
            'x-besked-id': messageId,
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, error: `HTTP ${status}` });
          });
          res.on('error', (err) => resolve({ ok: false, error: err.message }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.on('error', (err) => resolve({ ok: false, error: err.message }));
      req.end(json);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
