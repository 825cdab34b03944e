// `npm run docs:scenarios`: writes docs/scenario-format.md from the fixture reader (scripts/docs/scenarioFormat.ts).
// `--check` (npm test's checks, like docs:config:check) writes nothing and fails when the page is not what the
// readers and samples make.
import fs from 'node:fs';
import path from 'node:path';
import { SCENARIO_FORMAT_PAGE, scenarioFormatPage } from './scenarioFormat.ts';

const file = path.resolve(import.meta.dirname, '../..', SCENARIO_FORMAT_PAGE);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const after = scenarioFormatPage();
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error(`${SCENARIO_FORMAT_PAGE} is behind the fixture reader; run npm run docs:scenarios and commit`);
    process.exit(1);
  }
  console.log(`${SCENARIO_FORMAT_PAGE} is up to date`);
} else {
  fs.writeFileSync(file, after);
  console.log(after === before ? `${SCENARIO_FORMAT_PAGE} was up to date` : `${SCENARIO_FORMAT_PAGE} rewritten`);
}
