#!/usr/bin/env node
// `dfdg-facade <command> …`, the npm package's command (package.json "bin"): `npx dfdg-facade serve` is `npm start`,
// `npx dfdg-facade load-scenario s.yaml` is `npm run cli -- load-scenario s.yaml` (a leading `cli` is allowed:
// `dfdg-facade cli load-scenario …`). The data (the SQLite file, the throwaway certificates) goes where the settings
// say, by default ./data under the current folder; the contract files (wsdl/, xsd/, codelists/) are the package's.
// Installed from the package (no src/): it runs the compiled facade the package ships (dist/main.mjs, built by
// `npm pack` through the `prepare` script), with nothing compiled at start. In a checkout (src/ beside it: `npm link`,
// a git or folder install): scripts/build/run.mjs, which builds dist/ again first when it is stale.
// `npm start` runs node with --expose-gc (a document upload asks for a minor GC every 2 MiB, src/soap/documentUpload.ts);
// a bin cannot pass node flags on every platform (a shebang takes one argument), so this process sets the flag and
// takes V8's gc function from a fresh context, which is where the flag shows it — the same function, in process.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const gcHolder = /** @type {{ gc?: unknown }} */ (globalThis);
if (typeof gcHolder.gc !== 'function') {
  v8.setFlagsFromString('--expose-gc');
  gcHolder.gc = vm.runInNewContext('gc');
}
if (process.argv[2] === 'cli') process.argv.splice(2, 1);

const checkout = fs.existsSync(fileURLToPath(new URL('../src/main.ts', import.meta.url)));
await import(checkout ? '../scripts/build/run.mjs' : '../dist/main.mjs');
