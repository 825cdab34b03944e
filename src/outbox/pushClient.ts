// One POST of a webservice message to a subscriber: JSON body, the message id in `X-Besked-Id` for
// deduplication, HTTPS with DFDG's client certificate (and the CA the subscriber's certificate is checked
// against), a hard timeout. Any 2xx is a delivery; everything else is a failure with its reason.
import http from 'node:http';
import https from 'node:https';

export interface PushTls {
  /** PEM client certificate and key DFDG presents; the CA bundle subscriber certificates are checked against. */
  cert?: string;
  key?: string;
  ca?: string;
}

export type PushResult = { ok: true; status: number } | { ok: false; error: string };

export class PushClient {
  private readonly agent: https.Agent;

  /** `connectionsPerHost`: the dispatcher's receiver concurrency, so receivers whose endpoints share a host
   *  (one subscriber system for many jobcentres) do not queue behind each other in the agent. */
  constructor(
    tls: PushTls,
    private readonly timeoutMs: number,
    connectionsPerHost: number,
  ) {
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: connectionsPerHost,
      cert: tls.cert,
      key: tls.key,
      ca: tls.ca,
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
        },
      };
      if (this.targets.size >= 10_000) this.targets.clear();
      this.targets.set(url, target);
    }
    return target;
  }

  post(url: string, messageId: string, json: string): Promise<PushResult> {
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
