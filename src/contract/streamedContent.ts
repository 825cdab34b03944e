// A base64Binary value too large to hold in memory (a NUPH document, R-AK-07): the operation writes a placeholder
// in its place in the typed response and registers the bytes beside the response; the transport writes the
// envelope up to the placeholder, then the bytes as base64 a chunk at a time as the client reads them, then the
// rest (src/soap/server.ts). The placeholder is valid base64 (the response validates the same either way).
import { randomBytes } from 'node:crypto';
import { contentOfBytes, type DocumentContent } from '../domain/nuphDialog.ts';
import { fault, type DfdgFault } from '../faults/catalogue.ts';

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

const ALPHABET = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

/**
 * The bytes as base64, a piece per chunk, each piece encoded into one reused buffer and handed to `write`, which
 * must be done with it when its promise settles (a socket write that has flushed). No string and no buffer per
 * piece is made, so sending 15 MB leaves nothing for the garbage collector but the chunks as storage gives them.
 */
export async function writeBase64(content: StreamedBytes, write: (base64: Buffer) => Promise<void>): Promise<number> {
  let out = Buffer.alloc(0);
  const carry = Buffer.alloc(3);
  let carried = 0;
  let total = 0;
  const quad = (a: number, b: number, c: number, at: number, n: number) => {
    out[at] = ALPHABET[a >> 2]!;
    out[at + 1] = ALPHABET[((a & 3) << 4) | (b >> 4)]!;
    out[at + 2] = n > 1 ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : 0x3d;
    out[at + 3] = n > 2 ? ALPHABET[c & 63]! : 0x3d;
  };
  for await (const chunk of content.chunks()) {
    let i = 0;
    while (carried > 0 && carried < 3 && i < chunk.length) carry[carried++] = chunk[i++]!;
    const triples = Math.floor((chunk.length - i) / 3);
    const size = (triples + 1) * 4;
    if (out.length < size) out = Buffer.alloc(size);
    let o = 0;
    if (carried === 3) {
      quad(carry[0]!, carry[1]!, carry[2]!, 0, 3);
      o = 4;
      carried = 0;
    }
    if (carried > 0) continue; // the chunk was too short to complete the carried bytes
    for (let t = 0; t < triples; t++, i += 3, o += 4) quad(chunk[i]!, chunk[i + 1]!, chunk[i + 2]!, o, 3);
    while (i < chunk.length) carry[carried++] = chunk[i++]!;
    if (o > 0) {
      total += o;
      await write(out.subarray(0, o));
    }
  }
  if (carried > 0) {
    if (out.length < 4) out = Buffer.alloc(4);
    quad(carry[0]!, carried > 1 ? carry[1]! : 0, 0, 0, carried);
    total += 4;
    await write(out.subarray(0, 4));
  }
  return total;
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

/** The uploaded document of an operation with `spec`: the bytes the transport streamed into staging (`upload`, the
 *  element left empty in the envelope) or, from a client whose envelope the transport could not scan (UTF-16), the
 *  element's own base64 text `inline`, within the request limit. Both at once is refused. */
export function uploadedContent(spec: UploadSpec, upload: DocumentContent | null, inline: string): DocumentContent {
  if (upload && inline !== '') throw fault('InvalidMessage', `${spec.element} was sent twice`);
  return upload ?? contentOfBytes(Buffer.from(inline, 'base64'));
}
