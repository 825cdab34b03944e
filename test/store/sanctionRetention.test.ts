// R-DEL-07 as a retention policy (src/app/sanction/retention.ts), called directly on both dialects: a sanction is
// deleted from 6 years after the earlier of its limitation and served dates (the limitation date without a served
// date) — the rule's two examples, the day before and the day itself; nothing else is touched.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { sanctionRetention } from '../../src/app/sanction/retention.ts';
import type { Sanction } from '../../src/domain/sanction.ts';
import { sanctionDeletionDate } from '../../src/rules/index.ts';
import { insertSanction, sanctionsOf } from '../../src/store/sanctionRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CPR = '0101901234';

const sanction = (id: string, limitationDate: string, servedDate: string | null): Sanction => ({
  id,
  cpr: CPR,
  akasse: '81',
  reason: 1,
  decisionDate: null,
  limitationDate,
  servedDate,
  remark: null,
  registeredOn: '2024-04-02',
  deleteFrom: sanctionDeletionDate(limitationDate, servedDate),
});

const SERVED = '018f0000-0000-7000-8000-00000000e001'; // limitation 1 Jan 2027, served 1 Mar 2025
const UNSERVED = '018f0000-0000-7000-8000-00000000e002'; // limitation 1 Jan 2027, no served date

describeEachDatabase('R-DEL-07 sanction retention policy', (db) => {
  beforeEach(async () => {
    await db()('sanction').del();
    await db().transaction(async (trx) => {
      await insertSanction(trx, sanction(SERVED, '2027-01-01', '2025-03-01'));
      await insertSanction(trx, sanction(UNSERVED, '2027-01-01', null));
    });
  });

  const remaining = async () => (await sanctionsOf(db(), CPR)).map((s) => s.id).sort();
  const deleteOn = (today: string) => db().transaction((trx) => sanctionRetention.deleteDue(trx, today));

  test('R-DEL-07: the policy names its rule and what it deletes', () => {
    assert.equal(sanctionRetention.ruleId, 'R-DEL-07');
    assert.match(sanctionRetention.what, /6 years/);
  });

  test('R-DEL-07: limitation 1 Jan 2027, served 1 Mar 2025 → kept on 28 Feb 2031, deleted from 1 Mar 2031', async () => {
    assert.equal(await sanctionRetention.countDue(db(), '2031-02-28'), 0);
    assert.equal(await deleteOn('2031-02-28'), 0);
    assert.deepEqual(await remaining(), [SERVED, UNSERVED]);
    assert.equal(await sanctionRetention.countDue(db(), '2031-03-01'), 1);
    assert.equal(await deleteOn('2031-03-01'), 1);
    assert.deepEqual(await remaining(), [UNSERVED]);
  });

  test('R-DEL-07: limitation 1 Jan 2027 with no served date → kept on 31 Dec 2032, deleted from 1 Jan 2033', async () => {
    await deleteOn('2031-03-01');
    assert.equal(await sanctionRetention.countDue(db(), '2032-12-31'), 0);
    assert.equal(await deleteOn('2032-12-31'), 0);
    assert.deepEqual(await remaining(), [UNSERVED]);
    assert.equal(await sanctionRetention.countDue(db(), '2033-01-01'), 1);
    assert.equal(await deleteOn('2033-01-01'), 1);
    assert.deepEqual(await remaining(), []);
  });
});
