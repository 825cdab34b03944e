// The module hooks of the TypeScript loader (register.mjs). A .ts module is compiled by esbuild (type
// annotations stripped, nothing else changed: the same compiler tsx uses) and returned under its own URL, so
// import.meta.url and the paths built from it stay those of the source. Each compiled text is kept in a
// cache keyed by the hash of the source and the options: the test processes and the facade processes they
// start compile a module once per change instead of once per process, and esbuild is not even loaded when
// every module is in the cache. The cache lives in the temp dir; a cold one is filled on the way.
//
// A test file (*.test.ts) is returned bundled with the project modules it imports (./bundle.mjs): one module
// instead of a few hundred round trips to this thread. Its cache entry lists the files it was made from with
// the hashes of the texts bundled and is used only while every one of them is unchanged. A test file that imports a module by a
// computed path (import(file)) is compiled alone, so that such a module and the file's own imports stay the
// same module instances. Stack traces point into the sources (the bundle's inline source map); the `location` that
// node:test reports for a failed test is a line of the bundle.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedBundle } from './bundle.mjs';
import { CACHE_DIR, writeWhole } from './cache.mjs';

const OPTIONS = { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline' };
/** @type {Promise<typeof import('esbuild')> | null} */
let esbuild = null;

/** The compiled text of `file` from the cache, or compiled now and cached. */
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
  writeWhole(cached, code);
  return code;
}

/** `import(` with anything but a string literal: a module by a computed path. */
const COMPUTED_IMPORT = /\bimport\(\s*[^'"`\s)]/;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const source = fs.readFileSync(file, 'utf8');
  const code =
    file.endsWith('.test.ts') && !COMPUTED_IMPORT.test(source)
      ? await cachedBundle(file, { sourcemap: 'inline', sourcesContent: false })
      : null;
  return { format: 'module', source: code ?? (await compiled(file, source)), shortCircuit: true };
}
