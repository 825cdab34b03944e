// A recording subscriber for pushed webservice messages, for the tests and for vendors' harnesses: an HTTPS
// server that requires a client certificate signed by the given CA, records every message it accepts
// (arrival time, X-Besked-Id, the JSON, the client certificate's subject) and can be told to misbehave:
// answer 500 (`fail`, a probability, or `failNext`, a count), wait before answering (`delayMs`), or drop the
// connection without an answer (`drop`). Behaviour changes at run time with POST /_control {fail, failNext,
// delayMs, drop}; GET /_received lists what was recorded (every POST), GET /_received?distinct what a receiver that
// deduplicates on BeskedId keeps (its side effects); `npm run cli -- recording-subscriber` runs it.
import fs from 'node:fs';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';

export interface Behaviour {
  fail: number;
  failNext: number;
  delayMs: number;
  drop: number;
}

export interface Received {
  receivedAt: string;
  beskedId: string;
  message: Record<string, unknown>;
  clientSubject: string | null;
}

export interface SubscriberTls {
  cert: string;
  key: string;
  /** CA the client certificate must be signed by. */
  clientCa: string;
}

/** The client certificate's subject, read once per connection (parsing the certificate on every request of a
 *  kept-alive connection cost more than recording the message). */
const subjects = new WeakMap<TLSSocket, string | null>();
function clientSubjectOf(socket: TLSSocket): string | null {
  if (!subjects.has(socket)) {
    const peer = socket.getPeerCertificate?.();
    subjects.set(socket, peer?.subject ? `O=${peer.subject.O ?? ''}/CN=${peer.subject.CN ?? ''}` : null);
  }
  return subjects.get(socket)!;
}

export class RecordingSubscriber {
  readonly received: Received[] = [];
  behaviour: Behaviour = { fail: 0, failNext: 0, delayMs: 0, drop: 0 };
  private readonly server: https.Server;

  constructor(
    tls: SubscriberTls,
    private readonly outFile: string | null = null,
    private readonly random = Math.random,
  ) {
    this.server = https.createServer(
      { cert: tls.cert, key: tls.key, ca: tls.clientCa, requestCert: true, rejectUnauthorized: true },
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => void this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
      },
    );
  }

  private async answer(
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    body: string,
  ): Promise<void> {
    if (req.method === 'GET' && (req.url === '/_received' || req.url === '/_received?distinct')) {
      const list = req.url === '/_received' ? this.received : this.deduplicated();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
      return;
    }
    if (req.method === 'POST' && req.url === '/_control') {
      this.behaviour = { ...this.behaviour, ...(JSON.parse(body || '{}') as Partial<Behaviour>) };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.behaviour));
      return;
    }
    const b = this.behaviour;
    if (b.delayMs > 0) await new Promise((r) => setTimeout(r, b.delayMs));
    if (this.random() < b.drop) {
      req.socket.destroy();
      return;
    }
    if (b.failNext > 0 || this.random() < b.fail) {
      if (b.failNext > 0) b.failNext--;
      res.writeHead(500).end('failing as told');
      return;
    }
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(body) as Record<string, unknown>;
    } catch {
      res.writeHead(400).end('not JSON');
      return;
    }
    const entry: Received = {
      receivedAt: new Date().toISOString(),
      beskedId: String(req.headers['x-besked-id'] ?? ''),
      message,
      clientSubject: clientSubjectOf(req.socket as TLSSocket),
    };
    this.received.push(entry);
    if (this.outFile) fs.appendFileSync(this.outFile, JSON.stringify(entry) + '\n');
    res.writeHead(204).end();
  }

  listen(port: number, host = '127.0.0.1'): Promise<string> {
    return new Promise((resolve) =>
      this.server.listen(port, host, () =>
        resolve(`https://${host}:${(this.server.address() as { port: number }).port}`),
      ),
    );
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The distinct messages in arrival order, duplicates (same BeskedId) dropped, as a receiver would. */
  deduplicated(): Received[] {
    const seen = new Set<string>();
    return this.received.filter((r) => !seen.has(r.beskedId) && (seen.add(r.beskedId), true));
  }
}
