// One module and every project module it imports, compiled by esbuild into one ES module text (the packages stay
// imports from node_modules). Node loads one module instead of a few hundred, and under the loader each of those
// costs a round trip to the hooks thread: a test process that loads the facade starts in about 0.6 s less CPU.
// Every module keeps its own import.meta.url, .dirname and .filename — those of its source file, not of the bundle —
// so the paths it builds from them (../../xsd, createRequire) resolve as they do from the sources. With `relocatable`
// (the facade's build, dist/main.mjs, which the npm package ships without src/) they are computed from the bundle's
// own location instead of written in: `new URL('../src/domain/codelists.ts', import.meta.url)` — the same path where
// the bundle sits beside src/, and the package's own xsd/, wsdl/ and codelists/ wherever the package is installed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, sha256, writeWhole } from './cache.mjs';

const LOADERS = { '.ts': 'ts', '.mjs': 'js', '.js': 'js', '.json': 'json' };

/** The bundle's own URL in the text it is given, spelt apart here: this module is itself loaded through a loader that
 *  rewrites that expression in every module's text (a `serve` started by a test inherits the test's loader; the
 *  build it made then named this file's path instead of its own). */
const BUNDLE_URL = ['import', 'meta', 'url'].join('.');

/** What a relocatable bundle starts with: the two functions its modules' own import.meta.dirname and .filename
 *  are computed with (below). */
const RELOCATABLE_BANNER =
  "import { fileURLToPath as __ownFile } from 'node:url';\nimport { dirname as __ownDir } from 'node:path';";

/**
 * A module's own import.meta.url, .dirname and .filename as expressions: literals of its source file, or — `from`
 * the directory the bundle is written to — computed from the bundle's own URL and the source's path relative to it.
 * @param {string} file absolute path of the source file
 * @param {string | null} from
 * @returns {Record<string, string>}
 */
function ownMeta(file, from) {
  if (from === null)
    return {
      url: JSON.stringify(pathToFileURL(file).href),
      dirname: JSON.stringify(path.dirname(file)),
      filename: JSON.stringify(file),
    };
  const url = `new URL(${JSON.stringify(path.relative(from, file).split(path.sep).join('/'))}, ${BUNDLE_URL})`;
  return { url: `${url}.href`, dirname: `__ownDir(__ownFile(${url}))`, filename: `__ownFile(${url})` };
}

/**
 * Gives each module its source file's import.meta.url, .dirname and .filename (ownMeta), and notes the hash of
 * every text it hands to esbuild in `read` (path → sha256).
 * @param {Map<string, string>} read
 * @param {string | null} from the bundle's directory for a relocatable bundle, else null
 * @returns {import('esbuild').Plugin}
 */
const ownImportMeta = (read, from = null) => ({
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs|js|json)$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined; // a bundled package: as it is
      const source = fs.readFileSync(args.path, 'utf8');
      read.set(args.path, sha256(source));
      const extension = /** @type {keyof typeof LOADERS} */ (path.extname(args.path));
      if (extension === '.json') return { contents: source, loader: 'json' };
      const own = ownMeta(args.path, from);
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => `(${own[key]})`);
      return { contents, loader: LOADERS[extension] };
    });
  },
});

const BUNDLE_OPTIONS = { bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20' };

/**
 * Bundles `entry`: the text, its linked source map (with `sourcemap: 'linked'` and an `outfile`; null otherwise), and
 * the project files it was made from with the hash of the text read (not the files of a package `options.plugins`
 * has bundled: its caller notes those). `relocatable` (needs an `outfile`): its modules' import.meta paths are
 * relative to where the bundle runs from, not fixed where it was made (ownMeta).
 * @param {string} entry absolute path of a .ts module
 * @param {Partial<import('esbuild').BuildOptions>} options more esbuild options (sourcemap, …)
 * @param {{ relocatable?: boolean }} how
 * @returns {Promise<{ code: string; map: string | null; inputs: { file: string; sha256: string }[] }>}
 */
export async function bundle(entry, options = {}, { relocatable = false } = {}) {
  const esbuild = await import('esbuild');
  const read = new Map();
  if (relocatable && !options.outfile) throw new Error('a relocatable bundle needs an outfile');
  const from = relocatable ? path.dirname(/** @type {string} */ (options.outfile)) : null;
  const banner = [relocatable ? RELOCATABLE_BANNER : '', options.banner?.js ?? ''].filter((b) => b !== '');
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    absWorkingDir: path.dirname(entry),
    write: false,
    logLevel: 'warning',
    ...options,
    ...(banner.length > 0 ? { banner: { ...options.banner, js: banner.join('\n') } } : {}),
    plugins: [ownImportMeta(read, from), ...(options.plugins ?? [])],
  });
  const code = result.outputFiles.find((f) => !f.path.endsWith('.map'));
  if (!code) throw new Error(`esbuild wrote no bundle of ${entry}`);
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'))?.text ?? null;
  return { code: code.text, map, inputs: [...read].map(([file, sha256]) => ({ file, sha256 })) };
}

/** This file's text: part of a bundle's cache key, so that a change in how bundles are made remakes them. */
const BUNDLER = fs.readFileSync(new URL(import.meta.url), 'utf8');

/** Whether every file still has the text of the hash noted. */
function unchanged(/** @type {{ file: string; sha256: string }[]} */ inputs) {
  try {
    return inputs.every(({ file, sha256: hash }) => sha256(fs.readFileSync(file, 'utf8')) === hash);
  } catch {
    return false; // a file is gone
  }
}

/**
 * The bundle of `entry` from the cache while the text of every file it was made from is unchanged, or bundled now
 * and cached.
 * @param {string} entry absolute path of a .ts module
 * @param {Partial<import('esbuild').BuildOptions>} options more esbuild options (sourcemap, …)
 * @returns {Promise<string>}
 */
export async function cachedBundle(entry, options = {}) {
  const key = sha256(`${entry}\0${JSON.stringify({ ...BUNDLE_OPTIONS, ...options })}\0${BUNDLER}`);
  const cached = path.join(CACHE_DIR, `bundle-${key}.json`);
  try {
    const cachedEntry = JSON.parse(fs.readFileSync(cached, 'utf8'));
    if (unchanged(cachedEntry.inputs)) return cachedEntry.code;
  } catch {
    // not bundled yet: below
  }
  const { code, inputs } = await bundle(entry, options);
  writeWhole(cached, JSON.stringify({ inputs, code }));
  return code;
}

/**
 * One ES module that runs several test files in one process (scripts/run-tests.ts): each file becomes a
 * `describe` named by its path relative to `root`, and the file — with every project module it imports — is
 * evaluated inside that describe's callback (esbuild turns a `require` of a bundled module into a synchronous
 * init), so its top-level tests and hooks, and those its support code registers at load, belong to its own
 * suite, never to another file's. Project modules are evaluated once per process and shared by the files;
 * packages stay imports from node_modules. A file with top-level await cannot be required: run it alone.
 * Cached like cachedBundle, keyed by the file list.
 * @param {string[]} files absolute paths of *.test.ts files
 * @param {string} root the directory the suite names are relative to
 * @returns {Promise<string>}
 */
export async function cachedBatch(files, root) {
  const contents =
    `import { describe } from 'node:test';\n` +
    files
      .map((f) => `describe(${JSON.stringify(path.relative(root, f))}, () => { require(${JSON.stringify(f)}); });`)
      .join('\n');
  const options = { stdin: { contents, resolveDir: root, sourcefile: 'test-batch.mjs', loader: 'js' } };
  const key = sha256(`batch\0${contents}\0${JSON.stringify(BUNDLE_OPTIONS)}\0${BUNDLER}`);
  const cached = path.join(CACHE_DIR, `batch-${key}.json`);
  try {
    const cachedEntry = JSON.parse(fs.readFileSync(cached, 'utf8'));
    if (unchanged(cachedEntry.inputs)) return cachedEntry.code;
  } catch {
    // not bundled yet: below
  }
  const esbuild = await import('esbuild');
  const read = new Map();
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    ...options,
    absWorkingDir: root,
    write: false,
    logLevel: 'warning',
    sourcemap: 'inline',
    sourcesContent: false,
    plugins: [ownImportMeta(read)],
  });
  const [code] = result.outputFiles;
  if (!code) throw new Error(`esbuild wrote no bundle of ${files.join(', ')}`);
  const inputs = [...read].map(([file, sha256]) => ({ file, sha256 }));
  writeWhole(cached, JSON.stringify({ inputs, code: code.text }));
  return code.text;
}
