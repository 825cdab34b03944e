// The facade's command line (src/main.ts) as one prebuilt ES module for the facade processes the tests start
// (test/support/processes.ts): the same code compiled by the same esbuild (scripts/ts-loader/bundle.mjs: every
// module keeps its own import.meta.url; cached while its sources are unchanged), in one file that Node loads
// without the loader's module hooks — a `serve` starts in 1.4 s of CPU instead of 2.1 s. scripts/run-tests.ts
// writes it from the working tree before the test processes start and passes its path on
// (DFDG_TEST_FACADE_BUNDLE); a test file run on its own starts src/main.ts through the loader as before.
import fs from 'node:fs';
import path from 'node:path';
import { cachedBundle } from '../../scripts/ts-loader/bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Bundles src/main.ts into `dir` (inside the repository: the packages resolve from its node_modules) and
 *  returns the bundle's path. */
export async function buildFacadeBundle(dir: string): Promise<string> {
  const file = path.join(dir, 'main.mjs');
  fs.writeFileSync(file, await cachedBundle(path.join(ROOT, 'src/main.ts')));
  return file;
}
