// DFDG's batches over many citizens (src/app/citizenBatch.ts): one unit of work per citizen, so a citizen whose work
// fails is rolled back alone while the citizens before and after it are processed; the batch then fails as a whole,
// naming the count, so its job run is recorded as failed. Both dialects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CitizenBatchIncomplete, forEachCitizen } from '../../src/app/citizenBatch.ts';
import { dfdgCaller } from '../../src/app/context.ts';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CPRS = ['0101901234', '0202901234', '0303901234'];
const scenario = parseScenario(
  'persons:\n' +
    CPRS.map((cpr) => `  - cpr: "${cpr}"\n    birthDate: 1990-01-01\n    jobcenterCode: "10100"\n`).join(''),
);

describeEachDatabase('a batch over citizens', (db) => {
  test('one failing citizen is rolled back alone: the others are processed, and the batch fails with the count', async () => {
    await loadScenario(db(), scenario);
    const marked = () => db()('person').whereIn('cpr', CPRS).where('jobcenter_code', '99999').pluck('cpr');
    const batch = forEachCitizen(
      db(),
      dfdgCaller('batch-test', '2024-03-01', '2024-03-01T02:00:00+01:00'),
      CPRS,
      async (w, c) => {
        await w.trx('person').where({ cpr: c.person.cpr }).update({ jobcenter_code: '99999' });
        if (c.person.cpr === CPRS[1]) throw new Error('this citizen cannot be processed');
      },
    );
    await assert.rejects(batch, (err) => {
      assert.ok(err instanceof CitizenBatchIncomplete);
      assert.equal(err.failed, 1);
      assert.equal(err.of, 3);
      assert.match(err.message, /1 of 3 citizens failed .*this citizen cannot be processed/);
      return true;
    });
    assert.deepEqual((await marked()).sort(), [CPRS[0], CPRS[2]]);
  });
});
