// What the tests need from Debian, checked before anything else of `npm test` runs: xmllint (libxml2-utils), openssl,
// the independent SOAP stacks of test/interop (python3-zeep for /usr/bin/python3, the JAX-WS RI, PHP's
// SoapClient, gSOAP with g++, Mono's wsdl and mcs), headless Chromium (the web console's browser test), the PostgreSQL 15 server binaries (the throwaway
// cluster of scripts/run-tests.ts) and a JDK (javac: the contract tests' Xerces and the JAX-WS client). Missing ones are installed
// with apt-get when this runs as root and apt-get exists; otherwise it stops at once and prints the exact
// command to run. DFDG_TEST_PG=off or a cluster of your own (DFDG_TEST_PG_URL) needs no server binaries;
// DFDG_PG_BIN points at binaries elsewhere, which apt cannot put there, so a miss there is an error.
//
// Plain JavaScript on purpose: .ci/run runs it before `npm ci` too (tsx is not installed yet then), because
// `npm ci` itself needs the JDK: xsd-schema-validator's postinstall compiles its helper with javac.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DEFAULT_PG_BIN = '/usr/lib/postgresql/15/bin';
const GSOAP_HEADER = '/usr/include/stdsoap2.h';

/** An executable file named `name` in a directory of PATH. */
function onPath(name, env) {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return fs.statSync(path.join(dir, name)).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * The tools the run needs in this environment, each with how to tell it is there and the Debian package
 * that brings it (null: apt cannot help, the message says what to do instead).
 * @param {NodeJS.ProcessEnv} env
 */
export function requirements(env) {
  const tools = [
    { name: 'xmllint', package: 'libxml2-utils', present: () => onPath('xmllint', env) },
    // the run's TLS certificates (test/support/tls.ts) and npm start's throwaway ones
    { name: 'openssl', package: 'openssl', present: () => onPath('openssl', env) },
    {
      name: 'python3-zeep for /usr/bin/python3',
      package: 'python3-zeep',
      // Found, not imported: importing zeep (lxml, requests, …) took 0.3 s of CPU and a second on a loaded machine
      // before anything else of npm test could start; test/interop/zeep.test.ts imports it.
      present: () =>
        spawnSync(
          '/usr/bin/python3',
          ['-c', "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('zeep') else 1)"],
          { stdio: 'ignore' },
        ).status === 0,
    },
    { name: 'javac (a JDK)', package: 'openjdk-17-jdk-headless', present: () => onPath('javac', env) },
    {
      name: 'the JAX-WS RI (wsimport, runtime)',
      package: 'libjaxws-java',
      present: () => fs.existsSync('/usr/share/java/jaxws-tools.jar') && fs.existsSync('/usr/share/java/jaxws-rt.jar'),
    },
    { name: 'php (PHP CLI)', package: 'php-cli', present: () => onPath('php', env) },
    {
      name: "PHP's SoapClient",
      package: 'php-soap',
      present: () =>
        spawnSync('php', ['-r', 'exit(class_exists("SoapClient") ? 0 : 1);'], { stdio: 'ignore', env }).status === 0,
    },
    {
      name: 'wsdl2h and soapcpp2 (gSOAP)',
      package: 'gsoap',
      present: () => onPath('wsdl2h', env) && onPath('soapcpp2', env),
    },
    { name: "gSOAP's library and stdsoap2.h", package: 'libgsoap-dev', present: () => fs.existsSync(GSOAP_HEADER) },
    { name: 'g++', package: 'g++', present: () => onPath('g++', env) },
    {
      name: "Mono's wsdl, mcs and mono",
      package: 'mono-devel',
      present: () => onPath('wsdl', env) && onPath('mcs', env) && onPath('mono', env),
    },
    // the browser test of the web console (test/integration/console.test.ts): playwright-core drives it, and
    // downloads no browser of its own
    { name: 'chromium (/usr/bin/chromium)', package: 'chromium', present: () => fs.existsSync('/usr/bin/chromium') },
  ];
  if (env.DFDG_TEST_PG !== 'off' && !env.DFDG_TEST_PG_URL) {
    const bin = env.DFDG_PG_BIN ?? DEFAULT_PG_BIN;
    const initdb = path.join(bin, 'initdb');
    const present = () => fs.existsSync(initdb);
    tools.push(
      env.DFDG_PG_BIN && path.resolve(env.DFDG_PG_BIN) !== DEFAULT_PG_BIN
        ? {
            name: `${initdb} (DFDG_PG_BIN)`,
            package: null,
            fix: 'put the PostgreSQL 15 server binaries there, unset DFDG_PG_BIN, or run with DFDG_TEST_PG=off',
            present,
          }
        : { name: `PostgreSQL 15 server binaries (${initdb})`, package: 'postgresql-15', present },
    );
  }
  return tools;
}

/**
 * What to do about the missing tools: nothing, install the packages, or stop with a message.
 * @param {{ name: string, package: string | null, fix?: string }[]} missing
 * @param {{ root: boolean, apt: boolean }} host
 * @returns {{ action: 'none' } | { action: 'install', packages: string[] } | { action: 'stop', message: string }}
 */
export function plan(missing, host) {
  if (missing.length === 0) return { action: 'none' };
  const unfixable = missing.filter((t) => t.package === null);
  const packages = [...new Set(missing.flatMap((t) => (t.package ? [t.package] : [])))];
  const list = missing
    .map((t) => `  - ${t.name}${t.package ? ` (Debian package ${t.package})` : `: ${t.fix}`}`)
    .join('\n');
  if (unfixable.length === 0 && host.root && host.apt) return { action: 'install', packages };
  const lines = [`The tests need what this machine lacks:`, list];
  if (packages.length > 0) {
    lines.push(
      host.apt
        ? `Install with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
        : `Install ${packages.join(' ')} (Debian package names) with your system's package manager.`,
    );
  }
  lines.push('(DFDG_TEST_PG=off runs without PostgreSQL.)');
  return { action: 'stop', message: lines.join('\n') };
}

function aptGet(args) {
  console.error(`test prerequisites: apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Checks, installs when it may, checks again; the exit code of the whole step. */
export function ensurePrerequisites(env = process.env) {
  const tools = requirements(env);
  const missing = () => tools.filter((t) => !t.present());
  const decision = plan(missing(), { root: process.getuid?.() === 0, apt: onPath('apt-get', env) });
  if (decision.action === 'none') return 0;
  if (decision.action === 'stop') {
    console.error(decision.message);
    return 1;
  }
  console.error(`test prerequisites: installing ${decision.packages.join(' ')}`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', ...decision.packages]);
  const still = missing();
  if (still.length > 0) {
    console.error(`still missing after apt-get install: ${still.map((t) => t.name).join(', ')}`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = ensurePrerequisites();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}
