// A command of `npm run cli -- <command>`: its name, positional arguments, options and one-line summary —
// the usage text (src/cli/usage.ts) is made from these — and what it does. Options are node:util
// parseArgs options with a placeholder and a help line.
import type { Knex } from 'knex';
import type { Config } from '../config.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in the usage text, e.g. 'T:CODE' (string options). */
  value?: string;
  help: string;
}

export interface CommandInput {
  config: Config;
  /** The positional arguments, as many as the command names. */
  args: readonly string[];
  options: Readonly<Record<string, string | boolean | undefined>>;
  /** The database, opened and migrated on first use; closed after the command unless it keeps running. */
  db(): Promise<Knex>;
}

/** An exit code, or 'running': the command keeps the process alive (a server) and cleans up on a signal. */
export type Outcome = number | 'running';

export interface Command {
  readonly name: string;
  /** Placeholders of the positional arguments, all required, e.g. ['<file.yaml|file.json>']. */
  readonly args?: readonly string[];
  readonly summary: string;
  readonly options?: Readonly<Record<string, OptionSpec>>;
  run(input: CommandInput): Promise<Outcome>;
}

/** A command line the command cannot work with: the runner prints it with the command's usage, exit 2. */
export class UsageError extends Error {}

/** A string option's value, or undefined. */
export const stringOption = (input: CommandInput, name: string): string | undefined => {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** A numeric string option, `fallback` when absent; anything but a finite number is a usage error. */
export function numberOption(input: CommandInput, name: string, fallback: number): number {
  const text = stringOption(input, name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value)) throw new UsageError(`--${name} must be a number, got ${text}`);
  return value;
}
