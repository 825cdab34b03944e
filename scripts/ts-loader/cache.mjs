// The loader's cache of compiled texts, shared by the test processes and the facade processes they start: a
// directory in the temp dir, entries written whole (a partial file, then renamed) since processes read it
// concurrently. A cold cache is filled on the way.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CACHE_DIR = path.join(os.tmpdir(), `dfdg-ts-cache-${process.getuid?.() ?? 'user'}`);

export const sha256 = (/** @type {string} */ text) => crypto.createHash('sha256').update(text).digest('hex');

/** Writes `text` to `file` whole. */
export function writeWhole(/** @type {string} */ file, /** @type {string} */ text) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}
