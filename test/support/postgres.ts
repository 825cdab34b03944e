// A throwaway PostgreSQL 15 cluster for the test run: initdb into a temp dir, a unix socket in that
// dir and a free TCP port on 127.0.0.1, trust authentication, durability off (it is thrown away).
// initdb refuses to run as root, so as root the binaries run as the `postgres` user (runuser) and
// the temp dir belongs to it. Missing binaries are an error, never a silent skip. max_connections is raised
// for test files running in parallel.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_BIN = process.env.DFDG_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Test files run in parallel, each with a knex pool (up to 10) per database and sometimes facade processes
 *  of their own with pools too: the default of 100 leaves too little headroom. */
const MAX_CONNECTIONS = 300;

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

function run(binary: string, args: string[]): void {
  const file = path.join(POSTGRES_BIN, binary);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.error) throw new Error(`${binary} could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
}

/** run() without blocking the event loop: initdb takes seconds, while the runner has test processes to start. */
function runAsync(binary: string, args: string[]): Promise<void> {
  const file = path.join(POSTGRES_BIN, binary);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', (err) => reject(new Error(`${binary} could not run: ${err.message}`)));
    // 'exit', not 'close': the server pg_ctl starts must not hold the run back should it keep the pipes.
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${binary} ${args.join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function makeClusterDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  return dir;
}

/** `settings`: more server settings (`name=value`), as the test run's autovacuum=off. */
export async function startPostgres(settings: string[] = []): Promise<PostgresCluster> {
  for (const binary of ['initdb', 'pg_ctl', 'postgres']) {
    if (!fs.existsSync(path.join(POSTGRES_BIN, binary))) {
      throw new Error(
        `PostgreSQL server binaries not found: ${path.join(POSTGRES_BIN, binary)} is missing (install postgresql-15, set DFDG_PG_BIN, or run with DFDG_TEST_PG=off)`,
      );
    }
  }
  const dir = makeClusterDir();
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'log');
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await runAsync('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${MAX_CONNECTIONS} -c fsync=off -c synchronous_commit=off -c full_page_writes=off${settings.map((s) => ` -c ${s}`).join('')}`;
      try {
        await runAsync('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
      } catch (err) {
        lastError = new Error(
          `${(err as Error).message}\n--- server log ---\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '(none)'}`,
        );
        continue; // most likely the port was taken between probing and binding
      }
      let stopped = false;
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          if (stopped) return;
          stopped = true;
          try {
            run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
          } finally {
            remove();
          }
        },
      };
    }
    throw lastError;
  } catch (err) {
    remove();
    throw err;
  }
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on the cluster at `url` (a copy of `template` when given) and returns the URL
 *  that connects to it. */
export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  for (const n of [name, template ?? name])
    if (!DATABASE_NAME.test(n)) throw new Error(`not a safe database name: ${n}`);
  await onServer(url, template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  return withDatabase(url, name);
}

/** Drops database `name` (closing any connections left to it). */
export async function dropDatabase(url: string, name: string): Promise<void> {
  if (!DATABASE_NAME.test(name)) throw new Error(`not a safe database name: ${name}`);
  await onServer(withDatabase(url, 'postgres'), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
