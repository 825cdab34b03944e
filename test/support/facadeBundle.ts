// The facade's command line (src/main.ts) as one prebuilt ES module for the facade processes the tests start
// (test/support/processes.ts). A process that loads src/main.ts through the TypeScript loader spends most of its
// start-up on the loader's module hooks, which see every module one by one; the bundle is the same code, compiled
// by the same esbuild, in one file: it starts in about half the CPU time. scripts/run-tests.ts builds it from the
// working tree before the test processes start and passes its path on (DFDG_TEST_FACADE_BUNDLE); a test file run
// on its own starts src/main.ts through the loader as before.
//
// The packages stay outside (imported from node_modules as the sources import them). Every module keeps its own
// import.meta.url, dirname and filename — those of its source file, not of the bundle — so the paths it builds
// from them (../../xsd, createRequire) resolve as they do from the sources, wherever the bundle sits.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Gives each .ts module its source file's import.meta.url, .dirname and .filename as literals. */
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const own: Record<string, string> = {
        url: pathToFileURL(args.path).href,
        dirname: path.dirname(args.path),
        filename: args.path,
      };
      const source = fs.readFileSync(args.path, 'utf8');
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key: string) =>
        JSON.stringify(own[key]),
      );
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Bundles src/main.ts into `dir` (inside the repository, so that the packages resolve from node_modules) and
 * returns the bundle's path.
 */
export async function buildFacadeBundle(dir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const outfile = path.join(dir, 'main.mjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [ownImportMeta],
  });
  return outfile;
}
