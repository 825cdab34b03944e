// The NUPH's retention policies (src/app/nuph/retention.ts), called directly on every dialect of the run:
// R-DEL-04 (an answered NUPH and its answer, 6 years after the answer) and R-DEL-05 (an unanswered NUPH, 6 years
// after the notification), each with the release-rules.md example's day before and day of.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { answeredNuphPolicy, unansweredNuphPolicy } from '../../src/app/nuph/retention.ts';
import type { Nuph, NuphAnswer } from '../../src/domain/nuph.ts';
import { findNuph, insertNuph, insertNuphAnswer, answerOf } from '../../src/store/nuphRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const nuph = (id: string, over: Partial<Nuph> = {}): Nuph => ({
  id,
  cpr: '0101901234',
  akasse: '81',
  jobcentre: '10100',
  origin: 'jobcentre',
  sourceId: null,
  eventCode: 3,
  eventDate: '2024-01-08',
  notifiedOn: '2024-01-08',
  state: 'open',
  comment: null,
  withdrawnOn: null,
  ...over,
});

const answer = (nuphId: string, answeredOn: string): NuphAnswer => ({
  id: nuphId.replace(/.$/, 'a'),
  nuphId,
  answerCode: 1,
  sanctionGiven: true,
  automatic: false,
  answeredOn,
  answeredBy: '81',
  comment: null,
});

const ANSWERED = '018f0000-0000-7000-8000-000000000001';
const UNANSWERED = '018f0000-0000-7000-8000-000000000002';
const WITHDRAWN = '018f0000-0000-7000-8000-000000000003';

describeEachDatabase('NUPH retention', (db) => {
  beforeEach(async () => {
    await db()('nuph_answer').del();
    await db()('nuph').del();
    await db().transaction(async (trx) => {
      // Answered on 10 Jan 2024 though notified in 2023: R-DEL-04 counts from the answer, not the notification.
      await insertNuph(trx, nuph(ANSWERED, { notifiedOn: '2023-12-20', state: 'answered' }));
      await insertNuphAnswer(trx, answer(ANSWERED, '2024-01-10'));
      await insertNuph(trx, nuph(UNANSWERED, { notifiedOn: '2024-02-05' }));
      await insertNuph(
        trx,
        nuph(WITHDRAWN, { notifiedOn: '2024-02-05', state: 'withdrawn', withdrawnOn: '2024-02-06' }),
      );
    });
  });

  test('R-DEL-04: a NUPH answered on 10 Jan 2024 is present on 9 Jan 2030 and deleted with its answer on 10 Jan 2030', async () => {
    assert.equal(await answeredNuphPolicy.countDue(db(), '2030-01-09'), 0);
    assert.equal(await db().transaction((trx) => answeredNuphPolicy.deleteDue(trx, '2030-01-09')), 0);
    assert.ok(await findNuph(db(), ANSWERED));
    assert.equal(await answeredNuphPolicy.countDue(db(), '2030-01-10'), 1);
    assert.equal(await db().transaction((trx) => answeredNuphPolicy.deleteDue(trx, '2030-01-10')), 1);
    assert.equal(await findNuph(db(), ANSWERED), null);
    assert.equal(await answerOf(db(), ANSWERED), null);
    // The unanswered ones are R-DEL-05's and still there.
    assert.ok(await findNuph(db(), UNANSWERED));
  });

  test('R-DEL-05: an unanswered NUPH sent on 5 Feb 2024 (open or withdrawn) is deleted on or after 5 Feb 2030, an answered one is not', async () => {
    assert.equal(await unansweredNuphPolicy.countDue(db(), '2030-02-04'), 0);
    assert.equal(await unansweredNuphPolicy.countDue(db(), '2030-02-05'), 2);
    // The answered NUPH was notified earlier (2023-12-20) but is answered: not R-DEL-05's even on a later day.
    assert.equal(await db().transaction((trx) => unansweredNuphPolicy.deleteDue(trx, '2030-02-05')), 2);
    assert.equal(await findNuph(db(), UNANSWERED), null);
    assert.equal(await findNuph(db(), WITHDRAWN), null);
    assert.ok(await findNuph(db(), ANSWERED));
    assert.equal(await unansweredNuphPolicy.countDue(db(), '2031-01-01'), 0);
  });
});
