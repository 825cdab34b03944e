// The NUPH's retention policies (src/app/nuph/retention.ts), called directly on every dialect of the run:
// R-DEL-04 (an answered NUPH and its answer, 6 years after the answer) and R-DEL-05 (an unanswered NUPH, 6 years
// after the notification), each with the release-rules.md example's day before and day of.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, test } from 'node:test';
import { answeredNuphPolicy, unansweredNuphPolicy } from '../../src/app/nuph/retention.ts';
import type { Nuph, NuphAnswer } from '../../src/domain/nuph.ts';
import { contentOfBytes } from '../../src/domain/nuphDialog.ts';
import { documentFileOf } from '../../src/store/documentBytes.ts';
import { insertDocument } from '../../src/store/documentRepository.ts';
import { findNuph, insertNuph, insertNuphAnswer, answerOf } from '../../src/store/nuphRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';

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
    for (const table of ['nuph_document_chunk', 'nuph_document', 'nuph_question_reply', 'nuph_question'])
      await db()(table).del();
    const file = documentFileOf(db(), ANSWERED);
    if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
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

  test('R-DEL-04/R-DEL-05: a deleted NUPH takes its dialog — questions, replies, documents and their chunks — with it', async () => {
    await db().transaction(async (trx) => {
      for (const nuphId of [ANSWERED, UNANSWERED]) {
        const q = nuphId.replace(/.(.)$/, 'e$1');
        await trx('nuph_question').insert({ id: q, nuph_id: nuphId, asked_on: '2024-02-06', data: '{}' });
        await trx('nuph_question_reply').insert({
          id: nuphId.replace(/.(.)$/, 'f$1'),
          question_id: q,
          nuph_id: nuphId,
          replied_on: '2024-02-07',
          data: '{}',
        });
        await insertDocument(
          trx,
          {
            id: nuphId.replace(/.(.)$/, 'd$1'),
            nuphId,
            ownerKind: 'nuph',
            ownerId: nuphId,
            fileName: 'bilag.pdf',
            contentType: 'application/pdf',
            sizeBytes: 4,
            sha256: contentOfBytes(Buffer.from('%PDF')).sha256,
            storedOn: '2024-02-06',
            storedAt: '2024-02-06T10:00:00+01:00',
            storedBy: { organisationType: 8, organisationCode: '10100' },
          },
          contentOfBytes(Buffer.from('%PDF')),
        );
      }
    });
    const left = async (table: string) =>
      Number(((await db()(table).count({ n: '*' })) as { n: string | number }[])[0]!.n);
    // a document's bytes: chunk rows, or its file beside the SQLite database (src/store/documentBytes.ts)
    const bytesLeft = async () => {
      const file = documentFileOf(db(), ANSWERED);
      const files = file && fs.existsSync(path.dirname(file)) ? fs.readdirSync(path.dirname(file)).length : 0;
      return (await left('nuph_document_chunk')) + files;
    };
    await db().transaction((trx) => answeredNuphPolicy.deleteDue(trx, '2030-01-10'));
    for (const table of ['nuph_question', 'nuph_question_reply', 'nuph_document'])
      assert.equal(await left(table), 1, `${table}: only the unanswered NUPH's row is left`);
    await eventually(async () => (await bytesLeft()) === 1, "only the unanswered NUPH's document bytes are left");
    await db().transaction((trx) => unansweredNuphPolicy.deleteDue(trx, '2030-02-05'));
    for (const table of ['nuph_question', 'nuph_question_reply', 'nuph_document'])
      assert.equal(await left(table), 0, `${table}: nothing is left without its NUPH`);
    await eventually(async () => (await bytesLeft()) === 0, 'no document bytes are left without their NUPH');
  });
});
