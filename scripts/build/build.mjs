// `npm run build` (and `npm ci`, through the `prepare` script): the facade's command line, src/main.ts with every
// project module it imports, compiled by esbuild into one ES module, dist/main.mjs, with a linked source map (stack
// traces point into src/) and a manifest of the files it was made from. The bundler is the test runs' own
// (scripts/ts-loader/bundle.mjs: the packages stay imports from node_modules, every module keeps its own
// import.meta.url, so the paths it builds from it — ../../xsd, ../../wsdl — are those of the sources).
// Why: under tsx a `serve` compiled ~300 modules at every start, ~3 s of CPU before the first answer; the bundle
// loads in one step (README "Cold start"). `npm start` and `npm run cli` run it through ./run.mjs, which rebuilds
// it first when a file it was made from changed, so a stale bundle never runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../ts-loader/bundle.mjs';
import { sha256 } from '../ts-loader/cache.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the facade's build goes (git-ignored), and what it is made from. */
export const FACADE_BUILD = { entry: path.join(ROOT, 'src/main.ts'), dir: path.join(ROOT, 'dist'), name: 'main' };

/** The texts that decide how a bundle is made: when one changes, every build is stale. */
const BUILDER_FILES = [path.join(ROOT, 'scripts/ts-loader/bundle.mjs'), fileURLToPath(import.meta.url)];
const builderHash = () => sha256(BUILDER_FILES.map((f) => fs.readFileSync(f, 'utf8')).join('\0'));

/**
 * @typedef {{ entry: string; dir: string; name: string }} BuildTarget
 * @typedef {{ file: string; sha256: string }} Input
 * @typedef {{ entry: string; builder: string; inputs: Input[] }} Manifest
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
  const { code, map, inputs } = await bundle(target.entry, {
    outfile: files.module,
    sourcemap: 'linked',
    sourcesContent: false,
  });
  fs.mkdirSync(target.dir, { recursive: true });
  fs.rmSync(files.manifest, { force: true }); // until the new module is in place, the build counts as stale
  if (map !== null) writeWhole(files.map, map);
  writeWhole(files.module, code);
  /** @type {Manifest} */
  const manifest = {
    entry: target.entry,
    builder: builderHash(),
    inputs,
  };
  writeWhole(files.manifest, JSON.stringify(manifest, null, 1) + '\n');
  return { files: inputs.length, ms: Math.round(performance.now() - started) };
}

/** Whether `input` still has the text the build read. */
function unchanged(/** @type {Input} */ { file, sha256: hash }) {
  try {
    return sha256(fs.readFileSync(file, 'utf8')) === hash;
  } catch {
    return false; // gone
  }
}

/**
 * Why the build of `target` must not run as it is — not built, built by another bundler or from another checkout, or
 * a file it was made from changed or is gone — or null when it is up to date. A file counts as changed when its text
 * differs from the text bundled (its hash; not its time, which a checkout or a copy may set either way): reading and
 * hashing the ~300 files (1.1 MB) costs ~20 ms of CPU on the shared 2-core machine.
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
