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
  constructor(tls: PushTls, private readonly timeoutMs: number, connectionsPerHost: number) {
    this.agent = new https.Agent({ keepAlive: true, maxSockets: connectionsPerHost, cert: tls.cert, key: tls.key, ca: tls.ca });
  }

  post(url: string, messageId: string, json: string): Promise<PushResult> {
    return new Promise((resolve) => {
      const target = new URL(url);
      const transport = target.protocol === 'https:' ? https : http;
      const req = transport.request(
        target,
        {
          method: 'POST',
          agent: target.protocol === 'https:' ? this.agent : undefined,
          headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), 'x-besked-id': messageId },
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
