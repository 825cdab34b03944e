// A lean TypeScript loader for the test runs: `node --import ./scripts/ts-loader/register.mjs file.ts`.
// `npm test` runs scripts/run-tests.ts and the codegen and docs checks with it, the runner every test file,
// and a test file run without the runner starts its facade processes with it (test/support/processes.ts;
// the runner's own runs start them from a bundle). tsx stays the project's loader
// for everything else (codegen, docs, benchmarks, a test file run on its own; `npm start` and `npm run cli` run the
// build of scripts/build); this one does less
// (the project's modules are ES modules that import each other by their .ts names, so Node's own resolution
// finds them and only compiling is left) and caches what it compiled across processes, which cut the CPU time
// of a test process that loads the facade from about 3.3 s (tsx) to about 1.2 s.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
// Stack traces point into the .ts sources (the compiled text carries an inline source map), as under tsx.
process.setSourceMapsEnabled(true);
