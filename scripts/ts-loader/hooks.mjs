// The module hooks of the TypeScript loader (register.mjs). A .ts module is compiled by esbuild (type
// annotations stripped, nothing else changed: the same compiler tsx uses) and returned under its own URL, so
// import.meta.url and the paths built from it stay those of the source. Each compiled text is kept in a
// cache keyed by the hash of the source and the options: the test processes and the facade processes they
// start compile a module once per change instead of once per process, and esbuild is not even loaded when
// every module is in the cache. The cache lives in the temp dir; a cold one is filled on the way.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OPTIONS = { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline' };
const CACHE_DIR = path.join(os.tmpdir(), `dfdg-ts-cache-${process.getuid?.() ?? 'user'}`);

/** @type {Promise<typeof import('esbuild')> | null} */
let esbuild = null;

/** The compiled text of `file` from the cache, or compiled now and cached (written whole, then renamed). */
async function compiled(file, source) {
  const hash = crypto
    .createHash('sha256')
    .update(`${file}\0${JSON.stringify(OPTIONS)}\0`)
    .update(source);
  const cached = path.join(CACHE_DIR, `${hash.digest('hex')}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not compiled yet: below
  }
  esbuild ??= import('esbuild');
  const { code } = (await esbuild).transformSync(source, { ...OPTIONS, sourcefile: file });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${cached}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, code);
  fs.renameSync(partial, cached);
  return code;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  return { format: 'module', source: await compiled(file, fs.readFileSync(file, 'utf8')), shortCircuit: true };
}
