// One module and every project module it imports, compiled by esbuild into one ES module text (the packages stay
// imports from node_modules). Node loads one module instead of a few hundred, and under the loader each of those
// costs a round trip to the hooks thread: a test process that loads the facade starts in about 0.6 s less CPU.
// Every module keeps its own import.meta.url, .dirname and .filename — those of its source file, not of the bundle —
// so the paths it builds from them (../../xsd, createRequire) resolve as they do from the sources.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const LOADERS = { '.ts': 'ts', '.mjs': 'js', '.js': 'js', '.json': 'json' };

/**
 * Gives each module its source file's import.meta.url, .dirname and .filename as literals, and notes the
 * hash of every text it hands to esbuild in `read` (path → sha256).
 * @param {Map<string, string>} read
 * @returns {import('esbuild').Plugin}
 */
const ownImportMeta = (read) => ({
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs|js|json)$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      read.set(args.path, crypto.createHash('sha256').update(source).digest('hex'));
      const extension = /** @type {keyof typeof LOADERS} */ (path.extname(args.path));
      if (extension === '.json') return { contents: source, loader: 'json' };
      /** @type {Record<string, string>} */
      const own = { url: pathToFileURL(args.path).href, dirname: path.dirname(args.path), filename: args.path };
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) =>
        JSON.stringify(own[key]),
      );
      return { contents, loader: LOADERS[extension] };
    });
  },
});

/** The options every bundle is built with (also part of the loader's cache key). */
export const BUNDLE_OPTIONS = { bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20' };

/**
 * Bundles `entry`: the text, and the project files it was made from with the hash of the text read.
 * @param {string} entry absolute path of a .ts module
 * @param {Partial<import('esbuild').BuildOptions>} options more esbuild options (sourcemap, …)
 * @returns {Promise<{ code: string; inputs: { file: string; sha256: string }[] }>}
 */
export async function bundle(entry, options = {}) {
  const esbuild = await import('esbuild');
  const read = new Map();
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    absWorkingDir: path.dirname(entry),
    write: false,
    logLevel: 'warning',
    plugins: [ownImportMeta(read)],
    ...options,
  });
  const [code] = result.outputFiles;
  if (!code) throw new Error(`esbuild wrote no bundle of ${entry}`);
  return { code: code.text, inputs: [...read].map(([file, sha256]) => ({ file, sha256 })) };
}
