// `npm start` and `npm run cli -- …`: the facade's command line as built (./build.mjs, dist/main.mjs), never a
// stale build: when a file it was made from changed since (or it was never built) it is built again first, with a
// line on stderr that says why; when that cannot be done (esbuild not installed) the start stops with a message
// instead of running old code. The check compares the status of the ~300 files of the build with the one noted
// after it was made and hashes those whose status moved (./build.mjs, staleness). The facade runs in this process.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, buildFiles, buildPackages, FACADE_BUILD, staleness } from './build.mjs';

const stale = staleness();
if (stale !== null) {
  try {
    const { files, ms } = await build();
    console.error(`rebuilt dist/ (${stale}): ${files} files in ${ms} ms`);
  } catch (err) {
    console.error(
      `cannot run the facade: ${stale}, and building it failed: ${err instanceof Error ? err.message : String(err)}\n` +
        `(the build needs esbuild from \`npm ci\`; \`npm run build\` builds ${path.relative(process.cwd(), FACADE_BUILD.dir)}/)`,
    );
    process.exit(1);
  }
}
// Stack traces point into src/ (the build's linked source map). Node reads the source map of every module loaded
// while that is on, and some packages ship theirs (libxml2-wasm): the packages the build imports are loaded first,
// all at once, without (`npm run cli -- --help`: ~0.7 → ~0.62 s of CPU): libxml2-wasm's WebAssembly compiles on
// other threads while the main thread loads the others.
await Promise.all(buildPackages().map((name) => import(name)));
process.setSourceMapsEnabled(true);
await import(pathToFileURL(buildFiles(FACADE_BUILD).module).href);
