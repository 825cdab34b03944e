// Reading a request body within the size limit. A Content-Length over the limit is refused before a byte of
// the body is read; a body that grows past it while streaming (chunked, or a lying Content-Length) is refused
// at that point and never buffered whole. After the refusal has been answered, what the client still sends is
// discarded for a short grace period (so it reads the answer rather than a reset), then the connection closes.
import type http from 'node:http';
import { DEFAULTS } from '../config/defaults.ts';

export type RequestBody = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/** Whether the request declares a body larger than `maxBytes` (a malformed length counts as too large). */
export function declaredTooLarge(req: http.IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  if (declared === undefined) return false;
  return !/^\d+$/.test(declared) || Number(declared) > maxBytes;
}

export function readRequestBody(req: http.IncomingMessage, maxBytes: number): Promise<RequestBody> {
  if (declaredTooLarge(req, maxBytes)) {
    discardThenClose(req);
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      discardThenClose(req);
      resolve({ kind: 'too-large' });
    };
    req.on('data', onData);
    // a body that came in one chunk (most do) is used as it is, not copied
    req.on('end', () =>
      resolve(
        size > maxBytes
          ? { kind: 'too-large' }
          : { kind: 'body', bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) },
      ),
    );
    req.on('error', () => {
      req.socket.destroy();
      resolve({ kind: 'aborted' });
    });
  });
}

/** Reads and drops the rest of a refused body, then closes the connection after the grace period. */
export function discardThenClose(req: http.IncomingMessage): void {
  req.resume();
  setTimeout(() => req.socket.destroy(), DEFAULTS.refusedBodyGraceMs).unref();
}
