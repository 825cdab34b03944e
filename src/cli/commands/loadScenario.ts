// `load-scenario <file>`: citizens set up in one step (src/cli/scenario.ts).
import fs from 'node:fs';
import type { Command } from '../command.ts';

export const loadScenario: Command = {
  name: 'load-scenario',
  args: ['<file.yaml|file.json>'],
  summary: 'sets up citizens from a scenario file (every field: test/samples/scenarios/basic.yaml)',
  async run({ args: [file], db }) {
    const { loadScenario: load, parseScenario } = await import('../scenario.ts');
    const scenario = parseScenario(fs.readFileSync(file!, 'utf8'));
    await load(await db(), scenario);
    console.log(`loaded ${scenario.persons.length} citizen(s) from ${file}`);
    return 0;
  },
};
