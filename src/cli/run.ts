// The command line's one way through: find the command in the table, parse its arguments with node:util
// parseArgs (strict: an unknown option is a usage error), answer `--help`, read the configuration, run the
// command with the database opened on first use, and close what the command did not keep running.
// Exit codes: 0 done, 1 the command failed, 2 a usage error or an unknown command (with the usage text).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Knex } from 'knex';
import { loadConfig } from '../config.ts';
import { useEscoStarFile } from '../domain/escoStar.ts';
import { allowAnySubscriptionPort, allowPrivateSubscriptionAddresses } from '../domain/subscriptionEndpoint.ts';
import { setLogLevel } from '../log.ts';
import { closeDatabase, openDatabase } from '../store/database.ts';
import { UsageError, type Command, type CommandInput, type Outcome } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { commandUsage, usage } from './usage.ts';

const HELP = ['--help', '-h', 'help'];

function parse(command: Command, argv: string[]): { args: string[]; options: CommandInput['options']; help: boolean } {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(command.options ?? {})) options[name] = { type: o.type };
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const { help, ...values } = parsed.values;
  const wanted = command.args?.length ?? 0;
  if (!help && parsed.positionals.length !== wanted)
    throw new UsageError(`${command.name} takes ${wanted} argument(s), got ${parsed.positionals.length}`);
  // No option is declared `multiple`, so every value is a string or a boolean.
  return { args: parsed.positionals, options: values as CommandInput['options'], help: help === true };
}

async function execute(command: Command, args: string[], options: CommandInput['options']): Promise<Outcome> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  useEscoStarFile(config.escoStarFile);
  allowAnySubscriptionPort(config.subscriptionAnyPort);
  allowPrivateSubscriptionAddresses(config.subscriptionAllowPrivate);
  let opened: Promise<Knex> | null = null;
  const db = () => (opened ??= openDatabase(config.database));
  let outcome: Outcome = 1;
  try {
    outcome = await command.run({ config, args, options, db });
    return outcome;
  } finally {
    if (outcome !== 'running' && opened) await closeDatabase(await opened);
  }
}

export async function runCli(argv: readonly string[], commands: readonly Command[] = COMMANDS): Promise<Outcome> {
  const words = argv.length > 0 ? argv : ['serve'];
  const name = words[0]!;
  if (HELP.includes(name)) {
    console.log(usage(commands));
    return 0;
  }
  // A command's name may be several words (`cert add`): the longest name the command line starts with.
  const command = commands
    .filter((c) => c.name.split(' ').every((word, i) => words[i] === word))
    .sort((a, b) => b.name.length - a.name.length)[0];
  const rest = words.slice(command ? command.name.split(' ').length : 1);
  if (!command) {
    console.error(`unknown command ${name}\n\n${usage(commands)}`);
    return 2;
  }
  try {
    const { args, options, help } = parse(command, rest);
    if (help) {
      console.log(commandUsage(command));
      return 0;
    }
    return await execute(command, args, options);
  } catch (err) {
    const usageError = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usageError) throw err;
    console.error(`${(err as Error).message}\n\n${commandUsage(command)}`);
    return 2;
  }
}
