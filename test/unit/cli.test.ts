// The command line: one usage text made from the command table, printed by `--help` and `<command> --help`
// (exit 0) and with an unknown command or a command line the command cannot take (exit 2); arguments and
// options parsed by node:util parseArgs, strictly. In-process on a small table of its own, and once as the
// real program for the real table.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test, type TestContext } from 'node:test';
import type { Command } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { runCli } from '../../src/cli/run.ts';
import { commandUsage, usage } from '../../src/cli/usage.ts';
import { FACADE_MAIN } from '../support/processes.ts';

const seen: { args: readonly string[]; options: Readonly<Record<string, unknown>> }[] = [];
const echo: Command = {
  name: 'echo',
  args: ['<a>', '<b>'],
  summary: 'says what it got',
  options: { flag: { type: 'boolean', help: 'a switch' }, level: { type: 'string', value: 'N', help: 'a value' } },
  async run({ args, options }) {
    seen.push({ args, options });
    return 0;
  },
};

/** Runs the CLI on the echo table; what it printed on stdout and stderr. */
async function cli(t: TestContext, argv: string[]): Promise<{ code: unknown; out: string; err: string }> {
  let out = '';
  let err = '';
  t.mock.method(console, 'log', (s: string) => void (out += s + '\n'));
  t.mock.method(console, 'error', (s: string) => void (err += s + '\n'));
  const code = await runCli(argv, [echo]);
  t.mock.restoreAll();
  return { code, out, err };
}

test('arguments and options reach the command as parsed', async (t) => {
  seen.length = 0;
  assert.equal((await cli(t, ['echo', 'x', '--level', '3', 'y', '--flag'])).code, 0);
  assert.deepEqual(seen, [{ args: ['x', 'y'], options: { level: '3', flag: true } }]);
});

test('--help and <command> --help print the usage text and exit 0, running nothing', async (t) => {
  seen.length = 0;
  assert.deepEqual(await cli(t, ['--help']), { code: 0, out: usage([echo]) + '\n', err: '' });
  assert.deepEqual(await cli(t, ['echo', '--help']), { code: 0, out: commandUsage(echo) + '\n', err: '' });
  assert.deepEqual(seen, []);
  assert.match(commandUsage(echo), /^usage: npm run cli -- echo <a> <b> \[--flag\] \[--level N\]$/m);
});

test('an unknown command, an unknown option or a wrong number of arguments exits 2 with the usage text', async (t) => {
  const unknown = await cli(t, ['nope']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.err, `unknown command nope\n\n${usage([echo])}\n`);
  for (const argv of [
    ['echo', 'x', 'y', '--bogus'],
    ['echo', 'x'],
    ['echo', 'x', 'y', '--level'],
  ]) {
    const r = await cli(t, argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.err.endsWith(commandUsage(echo) + '\n'), argv.join(' '));
  }
});

test('a command refuses a bad option value as a usage error, before it opens the database (jobs --job)', async (t) => {
  let err = '';
  t.mock.method(console, 'error', (s: string) => void (err += s));
  const code = await runCli(['jobs', '--job', 'nightly-everything', '--limit', '5']);
  t.mock.restoreAll();
  assert.equal(code, 2);
  assert.match(
    err,
    /^--job must be one of transition-marking, deadline-expiry, candidate-check, supplement-end, youth-groups-at-30, recovery, retention; got nightly-everything/,
  );
});

test('the real program: --help lists every command of the table; an unknown command exits 2', async () => {
  const main = (args: string[]) => promisify(execFile)(process.execPath, [...FACADE_MAIN, ...args]);
  const { stdout } = await main(['--help']);
  for (const c of COMMANDS) assert.match(stdout, new RegExp(`^  ${c.name}\\b`, 'm'));
  await assert.rejects(
    main(['no-such-command']),
    (err: { code: number; stderr: string }) =>
      err.code === 2 && err.stderr.startsWith('unknown command no-such-command'),
  );
});
