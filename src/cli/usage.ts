// The one usage text of the command line, made from the command table: the overview (`--help`, and on an
// unknown command) and each command's own (`<command> --help`, and on a usage error). The README carries
// the overview as `npm run docs:config` writes it, so there is no second list to keep.
import type { Command } from './command.ts';

const PROGRAM = 'npm run cli --';

function optionSynopsis([name, o]: [string, { type: string; value?: string }]): string {
  return o.type === 'string' ? `[--${name} ${o.value ?? 'VALUE'}]` : `[--${name}]`;
}

/** `name <arg>… [--option VALUE]…` */
export function synopsis(c: Command): string {
  return [c.name, ...(c.args ?? []), ...Object.entries(c.options ?? {}).map(optionSynopsis)].join(' ');
}

const columns = (rows: readonly [string, string][]): string => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
};

export function usage(commands: readonly Command[]): string {
  const brief = (c: Command) => [c.name, ...(c.args ?? []), ...(c.options ? ['[options]'] : [])].join(' ');
  return [
    `usage: ${PROGRAM} <command> [arguments] [options]   (without a command: serve; npm start is serve)`,
    `       ${PROGRAM} <command> --help                  (the command's arguments and options)`,
    '',
    'commands:',
    ...commands.map((c) => `  ${brief(c)}\n      ${c.summary}`),
    '',
    'Settings come from the environment: README.md, section Configuration.',
  ].join('\n');
}

export function commandUsage(c: Command): string {
  const options = Object.entries(c.options ?? {}).map(([name, o]): [string, string] => [
    `--${name}${o.value ? ` ${o.value}` : ''}`,
    o.help,
  ]);
  const lines = [`usage: ${PROGRAM} ${synopsis(c)}`, '', c.summary];
  if (options.length > 0) lines.push('', 'options:', columns(options));
  return lines.join('\n');
}
