// `generate-citizens N [--seed S]` (src/cli/commands/generateCitizens.ts) on every dialect: N citizens with their
// rows, the same seed the same citizens (a second run into the same database is refused and writes nothing more),
// every generated citizen readable as the facade reads citizens, something due for the deletion engine's dry run,
// and the nightly batch jobs run over them without a failure.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import { CitizenGenerator, TABLES } from '../../src/cli/syntheticCitizens.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { runCommand } from '../support/cli.ts';

const TODAY = '2025-03-03';
const N = 600;
const count = async (db: Knex, table: string) => Number(((await db(table).count({ n: '*' })) as { n: string }[])[0]!.n);

describeEachDatabase('generate-citizens', (db) => {
  beforeEach(async () => {
    for (const table of [...TABLES].reverse()) await db()(table).del();
  });

  test('N citizens with the rows the seed gives; a repeat of the seed writes nothing more', async (t) => {
    const expected = CitizenGenerator.empty();
    const generator = new CitizenGenerator(3, TODAY);
    for (let i = 0; i < N; i++) generator.citizen(i, expected);
    const out = await runCommand(t, db(), ['generate-citizens', String(N), '--seed', '3'], { BUSINESS_DATE: TODAY });
    assert.match(out, new RegExp(`^${N} citizens generated \\(seed 3\\)`));
    for (const table of TABLES) assert.equal(await count(db(), table), expected[table].length, table);
    assert.ok(expected.absence.length > N, 'absences: more than one a citizen on average');
    assert.ok(
      expected.person.some((p) => p.deceased_date !== null),
      'some deceased',
    );

    await assert.rejects(runCommand(t, db(), ['generate-citizens', '10', '--seed', '3'], { BUSINESS_DATE: TODAY }));
    assert.equal(await count(db(), 'person'), N, 'the refused chunk wrote nothing');
    await assert.rejects(
      runCommand(t, db(), ['generate-citizens', 'many']),
      /exit 2: N must be a positive whole number/,
    );
  });

  test('the citizens read as the facade reads them; the dry run finds rows due; the batch jobs run over them', async (t) => {
    await runCommand(t, db(), ['generate-citizens', String(N)], { BUSINESS_DATE: TODAY });
    const cprs = ((await db()('person').select('cpr').limit(50)) as { cpr: string }[]).map((r) => r.cpr);
    for (const cpr of cprs) assert.equal((await loadCitizenState(db(), cpr))?.person.cpr, cpr);

    const dry = await runCommand(t, db(), ['retention', '--dry-run', '--date', TODAY]);
    for (const rule of ['R-DEL-02', 'R-DEL-08', 'D-147'])
      assert.match(dry, new RegExp(`^${rule} +[1-9]\\d* `, 'm'), `${rule} has rows due:\n${dry}`);
    for (const job of ['applicant-deadline', 'supplement-end', 'youth-groups-at-30', 'recovery', 'transition-marking'])
      await runCommand(t, db(), [job], { BUSINESS_DATE: TODAY });
    const run = await runCommand(t, db(), ['retention', '--date', TODAY], { BUSINESS_DATE: TODAY });
    assert.match(run, /^R-DEL-08 +[1-9]\d* +yes /m);
    assert.match(await runCommand(t, db(), ['retention', '--dry-run', '--date', TODAY]), /^R-DEL-08 +0 /m);
  });
});
