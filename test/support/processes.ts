// Facade processes of their own on a test's database, for the many-processes tests: `serve` (WSRM pulls
// through a second facade) and `dispatch` (push dispatchers racing for receivers). Each child opens the
// same database (the SQLite file or the PostgreSQL URL) and reports on stderr, where the tests wait for
// its start-up event.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Knex } from 'knex';
import { testCertificates } from './tls.ts';

/** DATABASE_FILE or DATABASE_URL for a child process to open the same database (knex keeps pg's URL parsed). */
export function databaseEnvOf(db: Knex): NodeJS.ProcessEnv {
  const c = db.client.config.connection as {
    filename?: string;
    user?: string;
    password?: string;
    host?: string;
    port?: string | number;
    database?: string;
  };
  if (c.filename) return { DATABASE_FILE: c.filename };
  const auth = c.password
    ? `${encodeURIComponent(c.user ?? '')}:${encodeURIComponent(c.password)}`
    : encodeURIComponent(c.user ?? '');
  return { DATABASE_URL: `postgres://${auth}@${c.host}:${c.port}/${c.database}` };
}

/** `node` arguments that run the command line (`npm run cli -- …`): the bundle of src/main.ts the runner built
 *  from the working tree (DFDG_TEST_FACADE_BUNDLE, test/support/facadeBundle.ts: a `serve` starts in 1.4 s of CPU
 *  instead of 2.1 s), or, for a test file run on its own, src/main.ts through the test runs' TypeScript loader
 *  (scripts/ts-loader: about half the CPU time it takes with tsx). */
export const FACADE_MAIN = process.env.DFDG_TEST_FACADE_BUNDLE
  ? [process.env.DFDG_TEST_FACADE_BUNDLE]
  : ['--import', path.resolve('scripts/ts-loader/register.mjs'), path.resolve('src/main.ts')];

export const STARTUP_DEADLINE_MS = 60_000;

export interface FacadeProcess {
  child: ChildProcess;
  /** The first log line with `event`, parsed, once it comes (rejects after 60 s or when the process exits). */
  started: Promise<Record<string, unknown>>;
}

/** TLS_CERT, TLS_KEY and TLS_CLIENT_CA of the run's certificates: a `serve` child listens as the harness does. */
export function tlsEnv(): NodeJS.ProcessEnv {
  const c = testCertificates();
  return { TLS_CERT: c.server.certFile, TLS_KEY: c.server.keyFile, TLS_CLIENT_CA: c.caFile };
}

/** How much of a child's stderr is kept to show when it exits on its own. */
const TAIL_CHARS = 4000;
const killedByTest = new WeakSet<ChildProcess>();

/** Starts `src/main.ts <command>` (FACADE_MAIN, or the `node` arguments in `main`) on the test's database; resolves
 *  `started` on the log event `event`. */
export function facadeProcess(
  db: Knex,
  command: string,
  event: string,
  env: NodeJS.ProcessEnv = {},
  main: readonly string[] = FACADE_MAIN,
): FacadeProcess {
  const child = spawn(process.execPath, [...main, command], {
    // The harness's agents drop idle sockets after 4 s (test/support/tls.ts); a loaded test process may notice that
    // late, and a request sent on a socket the child closed at its 5 s keep-alive timeout hangs up ("socket hang
    // up", seen in CI under load). The child keeps idle connections longer than any client here, as a server
    // behind a load balancer does.
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      KEEP_ALIVE_TIMEOUT_MS: '60000',
      ...databaseEnvOf(db),
      ...tlsEnv(),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  const started = new Promise<Record<string, unknown>>((resolve, reject) => {
    let out = '';
    // A deadline, not a wait: it only ends a start that hangs. 20 s was too short on this 2-core machine
    // while other work loaded it (test files in parallel, other processes): a `serve` took longer to start.
    const timer = setTimeout(
      () => reject(new Error(`${command}: no ${event} within ${STARTUP_DEADLINE_MS / 1000} s`)),
      STARTUP_DEADLINE_MS,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      tail = (tail + chunk.toString()).slice(-TAIL_CHARS);
      const line = out.split('\n').find((l) => l.includes(`"event":"${event}"`));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as Record<string, unknown>);
        out = '';
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before ${event}`));
      // A process that ends without the test killing it is what a failing test's "socket hang up" hides: say so.
      if (!killedByTest.has(child) && (code !== 0 || signal !== null))
        process.stderr.write(
          `\n${command} process ${child.pid} exited (code ${code}, signal ${signal}); its last output:\n${tail}\n`,
        );
    });
  });
  started.catch(() => {}); // awaited by the test; a late rejection after a kill is not an error
  return { child, started };
}

/** Kills the process (SIGKILL) if it still runs, and waits for it to exit. */
export async function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  killedByTest.add(child);
  child.kill('SIGKILL');
  await exited;
}
