// A command of the command line (`npm run cli -- <args>`) run in-process on a test's database: the command line's
// own parser and way through (runCli), with the environment a process of its own would get (the database's
// DATABASE_FILE or DATABASE_URL, LOG_LEVEL=silent, and `env`) and its console captured. Cheaper than a process per
// command (about a second of CPU each); the commands that must keep running are started as processes
// (./processes.ts), and test/unit/cli.test.ts runs the real program once.
import type { TestContext } from 'node:test';
import type { Knex } from 'knex';
import { runCli } from '../../src/cli/run.ts';
import { databaseEnvOf } from './processes.ts';

/** What the command printed on stdout; a non-zero exit rejects with `exit <code>: <stderr>`. */
export async function runCommand(
  t: TestContext,
  db: Knex,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  let out = '';
  let err = '';
  const saved = { ...process.env };
  Object.assign(process.env, { LOG_LEVEL: 'silent', ...databaseEnvOf(db), ...env });
  t.mock.method(console, 'log', (s: string) => void (out += s + '\n'));
  t.mock.method(console, 'error', (s: string) => void (err += s + '\n'));
  try {
    const code = await runCli(args);
    if (code !== 0) throw new Error(`exit ${String(code)}: ${err}`);
    return out;
  } finally {
    t.mock.restoreAll();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
