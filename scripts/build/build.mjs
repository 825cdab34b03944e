// `npm run build` (and `npm ci`, through the `prepare` script): the facade's command line, src/main.ts with every
// project module it imports, compiled by esbuild into one ES module, dist/main.mjs, with a linked source map (stack
// traces point into src/) and a manifest of the files it was made from. The bundler is the test runs' own
// (scripts/ts-loader/bundle.mjs: every module keeps its own import.meta.url, relative to the bundle's place, so the
// paths it builds from it — ../../xsd, ../../wsdl — are those of the sources here and those of the npm package, which
// ships dist/ without src/, wherever it is installed); the packages stay imports from node_modules, except knex and
// the packages it depends on (BUNDLED), and the text is without comments and indentation (minifyWhitespace).
// Why: under tsx a `serve` compiled ~300 modules at every start, ~3 s of CPU before the first answer; the bundle
// loads in one step (README "Cold start"). `npm start` and `npm run cli` run it through ./run.mjs, which rebuilds
// it first when a file it was made from changed, so a stale bundle never runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../ts-loader/cache.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the facade's build goes (git-ignored), and what it is made from. */
export const FACADE_BUILD = { entry: path.join(ROOT, 'src/main.ts'), dir: path.join(ROOT, 'dist'), name: 'main' };

/**
 * The packages bundled into the build, with every package they depend on (their package.json `dependencies`), instead
 * of imported from node_modules at start: knex loads ~330 CommonJS files (252 of them lodash's), each resolved, read
 * and compiled on its own, ~140 ms of the start's main thread on this VM; bundled, the same code loads in ~60 ms.
 * A database driver knex loads (better-sqlite3, pg, tedious) is a peer of knex's, not a dependency: it stays a
 * package, required through the `require` the bundle's first line makes (requireBanner).
 */
const BUNDLED = ['knex'];

/** The bundle's own URL in its text: spelt apart here, as the bundler rewrites that expression in the text of every
 *  module it bundles, this one's too when a test imports it. */
const BUNDLE_URL = ['import', 'meta', 'url'].join('.');

/** The first line of the bundle: a `require` for the CommonJS code bundled (knex's `require('pg')`), as esbuild
 *  leaves a call to a package it does not bundle as `require(…)`, which an ES module lacks. From the bundle's own
 *  place (a banner is not a module of the build: its import.meta is the bundle's), so that an installed package
 *  resolves its drivers from its own node_modules. */
const REQUIRE_BANNER = `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${BUNDLE_URL});`;

/** `roots` and the packages they depend on, transitively, with the path of each one's package.json. */
function packageClosure(/** @type {string[]} */ roots) {
  /** @type {Map<string, string>} */
  const found = new Map();
  const visit = (/** @type {string} */ name) => {
    if (found.has(name)) return;
    const manifest = path.join(ROOT, 'node_modules', name, 'package.json');
    found.set(name, manifest);
    const dependencies = JSON.parse(fs.readFileSync(manifest, 'utf8')).dependencies ?? {};
    for (const dependency of Object.keys(dependencies)) visit(dependency);
  };
  roots.forEach(visit);
  return found;
}

/** The package name of a bare import specifier (`lodash/merge` → lodash, `@scope/x/y` → @scope/x). */
const packageName = (/** @type {string} */ specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Bundles the packages named in `bundled`, noting in `used` those the bundle imports; every other package stays an
 * import (a `require`) from node_modules.
 * @param {Map<string, string>} bundled
 * @param {Set<string>} used
 * @returns {import('esbuild').Plugin}
 */
const bundleOnly = (bundled, used) => ({
  name: 'bundle-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageName(args.path);
      if (!bundled.has(name)) return { path: args.path, external: true };
      used.add(name);
      return undefined;
    });
  },
});

/** The texts that decide how a bundle is made: when one changes, every build is stale. */
const BUILDER_FILES = [path.join(ROOT, 'scripts/ts-loader/bundle.mjs'), fileURLToPath(import.meta.url)];
const builderHash = () => sha256(BUILDER_FILES.map((f) => fs.readFileSync(f, 'utf8')).join('\0'));

/**
 * @typedef {{ entry: string; dir: string; name: string }} BuildTarget
 * @typedef {{ file: string; sha256: string; stat?: string }} Input
 * @typedef {{ entry: string; builder: string; inputs: Input[]; packages?: string[] }} Manifest
 */

/** The paths of a build: the module, its source map and its manifest. */
export function buildFiles(/** @type {BuildTarget} */ target) {
  const base = path.join(target.dir, target.name);
  return { module: `${base}.mjs`, map: `${base}.mjs.map`, manifest: `${base}.build.json` };
}

/** Writes `text` to `file` whole (a partial file, then renamed): a start running at the same time reads the old or
 *  the new text, never half of one. */
function writeWhole(/** @type {string} */ file, /** @type {string} */ text) {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}

/**
 * Builds `target`; resolves to the number of project files bundled and the time taken.
 * @param {BuildTarget} target
 * @returns {Promise<{ files: number; ms: number }>}
 */
export async function build(target = FACADE_BUILD) {
  const started = performance.now();
  const files = buildFiles(target);
  const { bundle } = await import('../ts-loader/bundle.mjs'); // (only here: a start that needs no build skips it)
  const bundled = packageClosure(BUNDLED);
  /** @type {Set<string>} */
  const used = new Set();
  const { code, map, inputs } = await bundle(
    target.entry,
    {
      outfile: files.module,
      sourcemap: 'linked',
      sourcesContent: false,
      // No comments nor indentation: a smaller text to read, decode, compile and map (1.4 → 1.1 MB), and ASCII
      // only (the comments' æ, ø, §, – made V8 hold all of it as a two-byte string).
      minifyWhitespace: true,
      packages: 'bundle',
      plugins: [bundleOnly(bundled, used)],
      banner: { js: REQUIRE_BANNER },
    },
    { relocatable: true },
  );
  // A bundled package's files are not noted one by one (~430 more to check at every start): its package.json is,
  // whose version an upgrade changes.
  const packageManifests = [...used].map((name) => /** @type {string} */ (bundled.get(name)));
  const noted = [
    ...inputs,
    ...packageManifests.map((file) => ({ file, sha256: sha256(fs.readFileSync(file, 'utf8')) })),
  ];
  fs.mkdirSync(target.dir, { recursive: true });
  fs.rmSync(files.manifest, { force: true }); // until the new module is in place, the build counts as stale
  if (map !== null) writeWhole(files.map, map);
  writeWhole(files.module, code);
  /** @type {Manifest} */
  const manifest = {
    entry: target.entry,
    builder: builderHash(),
    inputs: noted.map(withStat),
    packages: packagesOf(code),
  };
  writeWhole(files.manifest, JSON.stringify(manifest, null, 1) + '\n');
  return { files: inputs.length, ms: Math.round(performance.now() - started) };
}

/** The packages the bundle `code` imports statically (`import … from "knex"`, not node: modules), in its order. */
function packagesOf(/** @type {string} */ code) {
  const specifiers = [...code.matchAll(/\bimport\s*[\w$\s,{}*]+?\s*from\s*"([^".][^"]*)";/g)].map(
    (m) => /** @type {string} */ (m[1]),
  );
  return [...new Set(specifiers.filter((s) => !s.startsWith('node:')))];
}

/** The packages the build of `target` imports statically, as its manifest lists them (none when it lists none). */
export function buildPackages(target = FACADE_BUILD) {
  try {
    /** @type {Manifest} */
    const manifest = JSON.parse(fs.readFileSync(buildFiles(target).manifest, 'utf8'));
    return manifest.packages ?? [];
  } catch {
    return [];
  }
}

/** What the file system says of `file` that any write to it changes: its inode, size, and modification and
 *  status-change times (ns). The status-change time (ctime) cannot be set back by a checkout, a copy or `touch`:
 *  the kernel stamps it with the current time at every write. */
function statOf(/** @type {string} */ file) {
  const s = fs.statSync(file, { bigint: true });
  return { key: `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, ctimeMs: Number(s.ctimeNs / 1_000_000n) };
}

/** A file's status is only a witness of its text when it was changed well before it was taken: a write within
 *  the same tick of the kernel's clock as the status (and the read after it) may leave the times as they were
 *  (git's "racy" files). Such a file is hashed at every check instead. */
const RACY_MS = 2000;

/** `input` with the status of its file when that file still has the text the build read (the status taken
 *  before the text is read again: a later write changes it), else as it was. */
function withStat(/** @type {Input} */ input) {
  try {
    const { key, ctimeMs } = statOf(input.file);
    if (ctimeMs > Date.now() - RACY_MS) return input;
    return sha256(fs.readFileSync(input.file, 'utf8')) === input.sha256 ? { ...input, stat: key } : input;
  } catch {
    return input; // gone meanwhile: the check finds it so
  }
}

/** Whether `input` still has the text the build read: its file's status as when the build read it, else the
 *  hash of its text as then. */
function unchanged(/** @type {Input} */ { file, sha256: hash, stat }) {
  try {
    if (stat !== undefined && statOf(file).key === stat) return true;
    return sha256(fs.readFileSync(file, 'utf8')) === hash;
  } catch {
    return false; // gone
  }
}

/**
 * Why the build of `target` must not run as it is — not built, built by another bundler or from another checkout, or
 * a file it was made from changed or is gone — or null when it is up to date. A file counts as changed when its text
 * differs from the text bundled (its hash; not its modification time alone, which a checkout or a copy may set
 * either way). A file whose status (inode, size, mtime, ctime) is still the one noted after the build has not been
 * written since and is not read: the check of a fresh build costs ~15 ms of CPU (~300 stat calls) instead of ~25 ms
 * (reading and hashing the ~300 files, 1.1 MB); a file whose status moved is hashed.
 * @param {BuildTarget} target
 * @returns {string | null}
 */
export function staleness(target = FACADE_BUILD) {
  const files = buildFiles(target);
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(files.manifest, 'utf8'));
    fs.accessSync(files.module);
  } catch {
    return `${path.relative(process.cwd(), files.module)} is not built`;
  }
  if (manifest.entry !== target.entry) return `it was built from ${manifest.entry}`;
  if (manifest.builder !== builderHash()) return 'the bundler changed';
  const changed = manifest.inputs.filter((input) => !unchanged(input));
  if (changed.length === 0) return null;
  const names = changed.slice(0, 3).map(({ file }) => path.relative(ROOT, file));
  return `${changed.length} file(s) it was made from changed since: ${names.join(', ')}${changed.length > 3 ? ', …' : ''}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, ms } = await build();
  console.log(`built ${path.relative(process.cwd(), buildFiles(FACADE_BUILD).module)} from ${files} files in ${ms} ms`);
}
