// The facade as the npm package a vendor installs (package.json "bin" and "files"): `npm pack` of this checkout,
// and that tarball installed into an empty folder of its own as `npm ci` installs it — with no network at all.
// The tarball's dependencies come from the npm cache the project's own `npm ci` filled (--offline): the folder gets
// a lockfile made of the project's (package-lock.json) without its dev-only packages, so exactly the production
// dependency tree is installed, at the versions the project was tested with, and a runtime import of a package
// the "dependencies" field lacks fails. Install scripts are off: better-sqlite3's would fetch a prebuilt addon
// from GitHub or else compile SQLite with node-gyp (measured here: 6 min 16 s wall, 1 min 28 s CPU, for an
// `npm install --prefer-offline` of the tarball), so its addon is copied from the project's own install of the
// same version (checked), which that script built on this machine for this Node.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, staleness } from '../../scripts/build/build.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;

/** What of this process's environment npm and the packaged facade get: where programs and npm's cache and
 *  configuration are. Not the facade's settings (a test's DATABASE_FILE or TLS_CERT must not reach the vendor's
 *  folder), nor the rest of what `npm test` exports to its script (npm_config_local_prefix names the checkout). */
const KEPT_ENV = [
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'npm_config_cache',
  'npm_config_userconfig',
  'npm_config_globalconfig',
  'npm_config_registry',
  'npm_config_cafile',
];

/** The environment for npm and the packaged facade: KEPT_ENV and `more`. */
export function vendorEnv(more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => KEPT_ENV.includes(k))), ...more };
}

/** `npm pack` of the checkout into `dir` (the build first when it is stale, as `npm start` would make it: the
 *  pack's own `prepare` would build it again whether stale or not); the tarball's path. */
export async function packCheckout(dir: string): Promise<string> {
  if (staleness() !== null) await build();
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    env: vendorEnv(),
    encoding: 'utf8',
  });
  const [packed] = JSON.parse(out) as { filename: string }[];
  if (!packed) throw new Error(`npm pack packed nothing: ${out}`);
  return path.join(dir, packed.filename);
}

/** Installs `tarball` into the empty folder `dir` offline (see above); the installed package's folder. */
export function installOffline(tarball: string, dir: string): string {
  const pkg = readJson(path.join(ROOT, 'package.json'));
  const lock = readJson(path.join(ROOT, 'package-lock.json'));
  const spec = `file:${path.relative(dir, tarball).split(path.sep).join('/')}`;
  const manifest = { name: 'vendor-bench', private: true, dependencies: { [pkg.name]: spec } };
  const packages: Record<string, unknown> = {
    '': { name: manifest.name, dependencies: manifest.dependencies },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [at, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean }>))
    if (at !== '' && !entry.dev) packages[at] = entry;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({ name: manifest.name, lockfileVersion: 3, requires: true, packages }, null, 1),
  );
  execFileSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: vendorEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  copyAddon('better-sqlite3', 'build/Release/better_sqlite3.node', dir);
  return path.join(dir, 'node_modules', pkg.name);
}

/** The native addon `file` of package `name`, from the project's install into the one in `dir`, which must be the
 *  same version. */
function copyAddon(name: string, file: string, dir: string): void {
  const ours = path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve(`${name}/package.json`));
  const theirs = path.join(dir, 'node_modules', name);
  const [have, want] = [ours, theirs].map((d) => readJson(path.join(d, 'package.json')).version as string);
  if (have !== want) throw new Error(`${name}: the project has ${have}, the package's install ${want}: run npm ci`);
  fs.mkdirSync(path.dirname(path.join(theirs, file)), { recursive: true });
  fs.copyFileSync(path.join(ours, file), path.join(theirs, file));
}
