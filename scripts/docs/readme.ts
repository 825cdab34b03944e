// `npm run docs:config`: rewrites the README's generated blocks in place: the services with their versions and
// operations (from the served descriptors), the configuration table (made from src/config/settings.ts) and the
// command line's usage text (from the command table, as `--help` prints it) and the performance section (the table
// of bench/results/summary.md, which `npm run bench` writes). `--check` (in `npm test`, like codegen:check) writes nothing and
// fails when the README differs from what would be written.
import fs from 'node:fs';
import path from 'node:path';
import { benchSummaryBlock } from './benchSummary.ts';
import { replaceBlock } from './blocks.ts';
import { configTable } from './configTable.ts';
import { servicesTable } from './servicesTable.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { usage } from '../../src/cli/usage.ts';

const README = path.resolve(import.meta.dirname, '../../README.md');
const BLOCKS: Record<string, () => string> = {
  'services-table': servicesTable,
  'config-table': configTable,
  'cli-usage': () => '```text\n' + usage(COMMANDS) + '\n```\n',
  'bench-summary': benchSummaryBlock,
};

const before = fs.readFileSync(README, 'utf8');
const after = Object.entries(BLOCKS).reduce((text, [name, make]) => replaceBlock(text, name, make()), before);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error(
      'README.md is behind its generated blocks (services, configuration table, command line, benchmark summary); run npm run docs:config and commit',
    );
    process.exit(1);
  }
  console.log('README.md generated blocks are up to date');
} else {
  fs.writeFileSync(README, after);
  console.log(after === before ? 'README.md was up to date' : 'README.md rewritten');
}
