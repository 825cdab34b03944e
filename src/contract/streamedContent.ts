// A base64Binary value too large to hold in memory (a NUPH document, R-AK-07): the operation writes a placeholder
// in its place in the typed response and registers the bytes beside the response; the transport writes the
// envelope up to the placeholder, then the bytes as base64 a chunk at a time as the client reads them, then the
// rest (src/soap/server.ts). The placeholder is valid base64 (the response validates the same either way).
import { randomBytes } from 'node:crypto';
import type { DfdgFault } from '../faults/catalogue.ts';

export interface StreamedBytes {
  readonly byteLength: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface StreamedPart {
  /** The text in the written response that the streamed bytes replace. */
  placeholder: string;
  content: StreamedBytes;
}

const streamed = new WeakMap<object, StreamedPart>();

/** Builds a response whose one base64Binary value (given `placeholder` by `build`) is streamed from `content`. */
export function withStreamedBase64<R extends object>(content: StreamedBytes, build: (placeholder: string) => R): R {
  // base64 alphabet, a multiple of 4 characters, and never a document's own text ("STREAM" + 48 random hex digits)
  const placeholder = 'U1RSRUFN' + randomBytes(24).toString('hex');
  const response = build(placeholder);
  streamed.set(response, { placeholder, content });
  return response;
}

/** The streamed part of a response, if it has one. */
export function streamedPartOf(response: unknown): StreamedPart | undefined {
  return typeof response === 'object' && response !== null ? streamed.get(response) : undefined;
}

/** The length of `byteLength` bytes as base64 (with padding). */
export const base64Length = (byteLength: number): number => 4 * Math.ceil(byteLength / 3);

/** The bytes as base64 text, a piece per chunk, each piece a whole number of base64 quads but the last. */
export async function* base64Pieces(content: StreamedBytes): AsyncIterable<string> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of content.chunks()) {
    const bytes =
      carry.length === 0
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.concat([carry, chunk]);
    const whole = bytes.length - (bytes.length % 3);
    if (whole > 0) yield bytes.toString('base64', 0, whole);
    carry = Buffer.from(bytes.subarray(whole));
  }
  if (carry.length > 0) yield carry.toString('base64');
}

/** An operation whose request carries a document larger than a request may otherwise be (MAX_REQUEST_BYTES): the
 *  text of its one base64Binary element `element` is streamed into staging by the transport
 *  (src/soap/documentUpload.ts) and reaches the handler as `call.upload`. */
export interface UploadSpec {
  /** Local name of the base64Binary element whose text is streamed. */
  element: string;
  /** The largest document, decoded. */
  maxContentBytes: number;
  /** The fault for a larger one (the rule that sets the limit). */
  tooLarge(bytes: number): DfdgFault;
}
