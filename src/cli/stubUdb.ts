// A stub of Ungedatabasen (UDB) for tests and harnesses: an HTTP endpoint that records every message DFDG sends it
// (the JSON of src/outbound/udb/client.ts) and answers 200, or a status of choice (`failWith`) to show the retry.
// `npm run cli -- stub-udb` runs it; point UDB_ENDPOINT at the address it prints.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedUdbMessage = Record<string, unknown> & { BeskedId: string; Beskedtype: string };

export class StubUdb {
  readonly received: ReceivedUdbMessage[] = [];
  /** Answer every message with this HTTP status instead of 200 (and record nothing). */
  failWith: number | null = null;
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (this.failWith !== null) {
        res.writeHead(this.failWith).end();
        return;
      }
      try {
        this.received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedUdbMessage);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch {
        res.writeHead(400).end();
      }
    });
  });

  /** Starts listening on loopback; returns the endpoint URL. */
  async listen(port: number): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/udb`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
