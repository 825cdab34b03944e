// The request body of an operation that uploads a document (Underretning.NuphDialogService.CreateDokument, up to
// 15 MB decoded, R-AK-07), read without holding the document: the envelope around it is kept (bounded like every
// request, MAX_REQUEST_BYTES), while the text of its one base64Binary element (`element`, the first one inside the
// SOAP Body) is checked to be plain base64, decoded as it streams in and written to a staging file. The envelope
// then goes through the pipeline like any other — parsed, validated, the element left empty — and the handler
// stores the staged bytes in its transaction (`call.upload`). Whatever the outcome, the server discards the staging
// file after the answer (`discard`). A body that breaks a limit is refused at that point and the rest discarded.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { UploadSpec } from '../contract/streamedContent.ts';
import type { DocumentContent } from '../domain/nuphDialog.ts';
import { DfdgFault, fault } from '../faults/catalogue.ts';
import { fileChunks } from '../store/documentBytes.ts';
import { discardThenClose } from './requestBody.ts';

export interface StagedUpload extends DocumentContent {
  discard(): Promise<void>;
}

export type UploadBody =
  | { kind: 'body'; bytes: Buffer; upload: StagedUpload | null }
  | { kind: 'too-large' }
  | { kind: 'refused'; fault: DfdgFault }
  | { kind: 'aborted' };

/** Bytes of base64 text a document of `maxContentBytes` may take, with line breaks and indentation to spare. */
export const maxContentTextBytes = (maxContentBytes: number): number =>
  Math.ceil((Math.ceil(maxContentBytes / 3) * 4 * 21) / 20) + 64 * 1024;

/** Where staging files go (one per upload in progress; removed after the answer). */
export const UPLOAD_STAGING_DIR = path.join(os.tmpdir(), 'dfdg-uploads');

const GC_EVERY_BYTES = 2 * 1024 * 1024;
const collectReadBuffers = (): void => (globalThis as { gc?: (o: { type: string }) => void }).gc?.({ type: 'minor' });

/** The value of each base64 character by its byte, -1 for every other byte. */
const SEXTET = new Int8Array(256).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries())
  SEXTET[c.charCodeAt(0)] = i;

class EnvelopeTooLarge extends Error {}

const notBase64 = (what: string) =>
  fault('InvalidMessage', `the text of the document element must be plain base64: ${what}`);

/** Where the streamed element's text starts (just after its start tag, inside the Body), or -1 while unseen. */
function contentStart(head: string, element: string): number {
  const body = /<(?:[A-Za-z_][\w.-]*:)?Body[\s>]/.exec(head);
  if (!body) return -1;
  const tag = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${element}(?=[\\s/>])[^>]*>`, 'g');
  tag.lastIndex = body.index;
  const m = tag.exec(head);
  if (!m || m[0].endsWith('/>')) return -1;
  return m.index + m[0].length;
}

export function readUploadBody(
  req: http.IncomingMessage,
  spec: UploadSpec,
  maxEnvelopeBytes: number,
  stagingDir: string,
): Promise<UploadBody> {
  const maxText = maxContentTextBytes(spec.maxContentBytes);
  const declared = req.headers['content-length'];
  if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > maxEnvelopeBytes + maxText)) {
    discardThenClose(req);
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve) => {
    const envelope: Buffer[] = [];
    let envelopeBytes = 0;
    let mode: 'head' | 'content' | 'tail' = 'head';
    let head = ''; // the envelope so far as latin1 text (one character per byte), while the element is unseen
    let tailStart = -1;
    let fd: number | null = null;
    let filePath = '';
    // the decoded bytes of one piece of the body, reused: written to the file synchronously before the next piece
    let decodedPiece = Buffer.alloc(48 * 1024);
    const hash = createHash('sha256');
    let decoded = 0;
    let text = 0;
    const quad = [0, 0, 0, 0]; // the sextets of the group of four characters being read
    let inQuad = 0; // characters of that group read so far, padding included
    let padding = 0;
    let settled = false;

    const closeFile = () => {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    };
    const removeFile = () => {
      if (!filePath) return Promise.resolve();
      closeFile();
      return fs.promises.rm(filePath, { force: true });
    };
    const settle = (result: UploadBody) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    // a refusal answers once the staging file is gone, so that nothing of the refused document outlives it
    const refuse = (result: UploadBody) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      discardThenClose(req);
      void removeFile().finally(() => resolve(result));
    };
    const keep = (part: Buffer) => {
      envelopeBytes += part.length;
      if (envelopeBytes > maxEnvelopeBytes) throw new EnvelopeTooLarge();
      if (part.length > 0) envelope.push(part);
    };
    // Decoded byte by byte into one reused buffer (no string, no buffer per piece) and written with a synchronous
    // write to the staging file (a page-cache write of ≤ 48 KiB): nothing is left for the garbage collector, so
    // memory stays flat while 15 MB pass.
    const decode = (part: Buffer) => {
      if (Math.floor((text + part.length) / GC_EVERY_BYTES) > Math.floor(text / GC_EVERY_BYTES)) collectReadBuffers();
      text += part.length;
      if (text > maxText) throw spec.tooLarge(Math.floor((text * 3) / 4));
      const room = Math.ceil(part.length / 4) * 3 + 3;
      if (decodedPiece.length < room) decodedPiece = Buffer.alloc(room);
      const out = decodedPiece;
      let n = 0;
      for (let i = 0; i < part.length; i++) {
        const c = part[i]!;
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
        if (c === 0x3d) {
          // '=' completes a group of two or three characters; at most two of them, and only at the end
          if (++padding > 2) throw notBase64('more than two padding characters');
          if (inQuad < 2) throw notBase64('padding inside a group of four characters');
          if (++inQuad === 4) {
            out[n++] = (quad[0]! << 2) | (quad[1]! >> 4);
            if (padding === 1) out[n++] = ((quad[1]! & 15) << 4) | (quad[2]! >> 2);
            inQuad = 0;
          }
          continue;
        }
        const v = SEXTET[c]!;
        if (v < 0) throw notBase64('a character outside the base64 alphabet');
        if (padding > 0) throw notBase64('text after the padding');
        quad[inQuad++] = v;
        if (inQuad === 4) {
          out[n++] = (quad[0]! << 2) | (quad[1]! >> 4);
          out[n++] = ((quad[1]! & 15) << 4) | (quad[2]! >> 2);
          out[n++] = ((quad[2]! & 3) << 6) | quad[3]!;
          inQuad = 0;
        }
      }
      if (n === 0) return;
      decoded += n;
      if (decoded > spec.maxContentBytes) throw spec.tooLarge(decoded);
      const bytes = out.subarray(0, n);
      hash.update(bytes);
      for (let at = 0; at < n;) at += fs.writeSync(fd!, bytes, at, n - at);
    };
    const startContent = () => {
      fs.mkdirSync(stagingDir, { recursive: true, mode: 0o700 });
      filePath = path.join(stagingDir, randomUUID());
      fd = fs.openSync(filePath, 'wx', 0o600);
    };

    function consume(chunk: Buffer): void {
      if (mode === 'head') {
        const before = head.length;
        head += chunk.toString('latin1');
        const at = contentStart(head, spec.element);
        if (at < 0) {
          keep(chunk);
          return;
        }
        keep(chunk.subarray(0, at - before));
        head = '';
        mode = 'content';
        startContent();
        chunk = chunk.subarray(at - before);
      }
      if (mode === 'content') {
        const lt = chunk.indexOf(0x3c);
        decode(lt < 0 ? chunk : chunk.subarray(0, lt));
        if (lt < 0) return;
        if (inQuad !== 0) throw notBase64('its length is not a multiple of 4');
        mode = 'tail';
        tailStart = envelopeBytes;
        chunk = chunk.subarray(lt);
      }
      keep(chunk);
    }

    function onData(chunk: Buffer): void {
      try {
        consume(chunk);
      } catch (err) {
        if (err instanceof EnvelopeTooLarge) refuse({ kind: 'too-large' });
        else if (err instanceof DfdgFault) refuse({ kind: 'refused', fault: err });
        // the staging file could not be written (a full disk, say): 1011, as any failure of the server's own
        else refuse({ kind: 'refused', fault: fault('InternalError', 'the document could not be staged') });
      }
    }

    req.on('data', onData);
    req.on('error', () => {
      req.socket.destroy();
      refuse({ kind: 'aborted' });
    });
    req.on('end', () => {
      if (settled) return;
      const bytes = Buffer.concat(envelope, envelopeBytes);
      if (mode === 'head') return settle({ kind: 'body', bytes, upload: null });
      if (mode === 'content') return refuse({ kind: 'refused', fault: notBase64('the request ends inside it') });
      if (bytes[tailStart] !== 0x3c || bytes[tailStart + 1] !== 0x2f)
        return refuse({ kind: 'refused', fault: notBase64('markup inside it') });
      closeFile();
      const staged = filePath;
      settle({
        kind: 'body',
        bytes,
        upload: {
          byteLength: decoded,
          sha256: hash.digest('hex'),
          chunks: () => fileChunks(staged),
          discard: () => fs.promises.rm(staged, { force: true }),
        },
      });
    });
  });
}
