// The streamed upload reader (src/soap/documentUpload.ts), fed the body in pieces of many sizes so that tags and
// base64 quads fall across every boundary: the envelope comes out with the document element empty, the document
// decoded into a staging file; text that is not plain base64, a document over the limit or an envelope over its
// limit is refused and leaves no staging file. R-AK-07.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { DfdgFault } from '../../src/faults/catalogue.ts';
import { readUploadBody, type UploadBody } from '../../src/soap/documentUpload.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-test-'));
const spec = {
  element: 'DocumentContent',
  maxContentBytes: 100_000,
  tooLarge: (n: number) => new DfdgFault('NuphDocumentTooLarge', [`${n}`], 'R-AK-07'),
};
const HEAD =
  '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:DocumentContent xmlns:h="urn:h">aGVhZGVy</h:DocumentContent></s:Header>' +
  '<s:Body><n:CreateDokumentRequest xmlns:n="urn:n"><n:DocumentFileName>a.pdf</n:DocumentFileName><n:DocumentContent\n  xmlns:x="http://example/x">';
const TAIL = '</n:DocumentContent></n:CreateDokumentRequest></s:Body></s:Envelope>';

async function upload(body: Buffer, pieces: number, maxEnvelope = 10_000): Promise<UploadBody> {
  const req = new PassThrough() as unknown as http.IncomingMessage & PassThrough;
  Object.assign(req, { headers: {}, socket: { destroy() {} } });
  const result = readUploadBody(req, spec, maxEnvelope, dir);
  for (let i = 0; i < body.length; i += pieces) req.write(body.subarray(i, i + pieces));
  req.end();
  return result;
}
const read = async (b: UploadBody) => {
  assert.equal(b.kind, 'body');
  if (b.kind !== 'body' || !b.upload) throw new Error('no upload');
  const parts: Buffer[] = [];
  for await (const c of b.upload.chunks()) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
};
const doc = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31 + 7) & 0xff));

test('R-AK-07: the document is decoded into staging whatever the piece size; the envelope keeps an empty element', async () => {
  const b64 = doc.toString('base64').replace(/(.{76})/g, '$1\r\n  ');
  for (const pieces of [1, 3, 7, 64, 4096, 1 << 20]) {
    const got = await upload(Buffer.from(HEAD + b64 + TAIL), pieces);
    assert.ok((await read(got)).equals(doc), `pieces of ${pieces}`);
    if (got.kind !== 'body' || !got.upload) throw new Error();
    assert.equal(got.upload.byteLength, doc.length);
    assert.equal(got.upload.sha256, createHash('sha256').update(doc).digest('hex'));
    assert.equal(got.bytes.toString(), HEAD + TAIL, 'the header element of the same name is left alone');
    await got.upload.discard();
  }
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('R-AK-07: an envelope without the element (or with it empty) is read whole, with no upload', async () => {
  const plain =
    HEAD.replace('<n:DocumentContent\n  xmlns:x="http://example/x">', '<n:DocumentContent/>') + TAIL.slice(20);
  const got = await upload(Buffer.from(plain), 5);
  assert.equal(got.kind, 'body');
  if (got.kind === 'body') assert.equal(got.upload, null);
});

test('R-AK-07: text that is not plain base64 is refused (1014) and leaves no staging file', async () => {
  for (const bad of ['QUJD&#65;', 'QUJD<!-- x -->RA==', 'QUJDRA==QUJD', 'QUJDR', 'QU=D', 'QUJD===', 'QUJD*RA==']) {
    const got = await upload(Buffer.from(HEAD + bad + TAIL), 3);
    assert.equal(got.kind, 'refused', bad);
    if (got.kind === 'refused') assert.equal(got.fault.code, 1014, bad);
  }
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('R-AK-07: a document over the limit is refused with the rule fault the operation declares (5129)', async () => {
  const over = Buffer.alloc(spec.maxContentBytes + 1, 1).toString('base64');
  const got = await upload(Buffer.from(HEAD + over + TAIL), 1000);
  assert.equal(got.kind, 'refused');
  if (got.kind === 'refused') assert.equal(got.fault.code, 5129);
  const exact = await upload(Buffer.from(HEAD + Buffer.alloc(spec.maxContentBytes, 1).toString('base64') + TAIL), 1000);
  assert.equal((await read(exact)).length, spec.maxContentBytes);
  if (exact.kind === 'body') await exact.upload!.discard();
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('the rest of the envelope keeps its own limit (too-large), the document not counted in it', async () => {
  const b64 = doc.toString('base64');
  assert.equal((await upload(Buffer.from(HEAD + b64 + TAIL), 999, HEAD.length + TAIL.length)).kind, 'body');
  const padded = HEAD + b64 + TAIL + ' '.repeat(100);
  assert.equal((await upload(Buffer.from(padded), 999, HEAD.length + TAIL.length)).kind, 'too-large');
  assert.equal((await upload(Buffer.from(HEAD.repeat(3) + TAIL), 999, HEAD.length)).kind, 'too-large');
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
});
