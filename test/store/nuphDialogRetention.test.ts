// R-DEL-06 on every dialect of the run: the NUPH dialog's retention policy (src/app/nuphDialog/retention.ts)
// counts and deletes documents — with all their chunks — 12 months after the day they were stored, while the NUPH,
// its answer and the dialog's texts stay; nothing before release 2024-1. Also: a document's bytes round-trip
// through the chunk table exactly, cut at 256 KiB.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { nuphDocumentRetentionPolicy } from '../../src/app/nuphDialog/retention.ts';
import { contentOfBytes, type NuphDocument, type NuphQuestion } from '../../src/domain/nuphDialog.ts';
import type { Nuph } from '../../src/domain/nuph.ts';
import { insertNuph } from '../../src/store/nuphRepository.ts';
import {
  DOCUMENT_CHUNK_BYTES,
  documentContent,
  documentsOfNuph,
  findDocument,
  insertDocument,
  insertQuestion,
} from '../../src/store/nuphDialogRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const nuph: Nuph = {
  id: '018f0000-0000-7000-8000-000000000201',
  cpr: '0101901234',
  akasse: '81',
  jobcentre: '10100',
  origin: 'jobcentre',
  sourceId: null,
  eventCode: 1,
  eventDate: '2023-12-01',
  notifiedOn: '2023-12-04',
  state: 'open',
  comment: null,
  withdrawnOn: null,
};
const question: NuphQuestion = {
  id: '018f0000-0000-7000-8000-000000000202',
  nuphId: nuph.id,
  cpr: nuph.cpr,
  subject: 'nuph',
  askedBy: { organisationType: 2, organisationCode: '81' },
  askedOf: { organisationType: 8, organisationCode: '10100' },
  askedByUser: 'RID-1',
  text: 'Se bilag.',
  askedAt: '2023-12-10T10:00:00+01:00',
  askedOn: '2023-12-10',
};
const doc = (n: number, storedOn: string, bytes: Buffer): NuphDocument => ({
  id: `018f0000-0000-7000-8000-00000000030${n}`,
  nuphId: nuph.id,
  ownerKind: 'question',
  ownerId: question.id,
  fileName: `bilag${n}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: bytes.length,
  sha256: contentOfBytes(bytes).sha256,
  storedOn,
  storedAt: `${storedOn}T10:00:00+01:00`,
  storedBy: { organisationType: 2, organisationCode: '81' },
});
const bytesOf = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * seed) & 0xff));

describeEachDatabase('NUPH dialog documents and R-DEL-06', (db) => {
  beforeEach(async () => {
    for (const t of [
      'nuph_document_chunk',
      'nuph_document',
      'nuph_question_reply',
      'nuph_question',
      'nuph_answer',
      'nuph',
    ])
      await db()(t).del();
    await db().transaction(async (trx) => {
      await insertNuph(trx, nuph);
      await insertQuestion(trx, question);
    });
  });
  const store = (d: NuphDocument, bytes: Buffer) =>
    db().transaction((trx) => insertDocument(trx, d, contentOfBytes(bytes)));
  const read = async (id: string) => {
    const d = (await findDocument(db(), id))!;
    const parts: Buffer[] = [];
    for await (const c of documentContent(db(), d).chunks()) parts.push(Buffer.from(c));
    return { parts, bytes: Buffer.concat(parts) };
  };

  test('R-AK-07: a document is stored in chunks of 256 KiB and read back exactly, a chunk at a time', async () => {
    const bytes = bytesOf(2 * DOCUMENT_CHUNK_BYTES + 17, 7);
    await store(doc(1, '2023-12-10', bytes), bytes);
    const got = await read(doc(1, '2023-12-10', bytes).id);
    assert.deepEqual(
      got.parts.map((p) => p.length),
      [DOCUMENT_CHUNK_BYTES, DOCUMENT_CHUNK_BYTES, 17],
    );
    assert.ok(got.bytes.equals(bytes));
    assert.deepEqual(
      (await documentsOfNuph(db(), nuph.id)).map((d) => d.sizeBytes),
      [bytes.length],
    );
  });

  test('R-AK-07: content that is not the size it declares is not stored (the transaction rolls back)', async () => {
    const bytes = bytesOf(1000, 3);
    await assert.rejects(store({ ...doc(1, '2023-12-10', bytes), sizeBytes: 999 }, bytes));
    assert.equal(Number((await db()('nuph_document_chunk').count({ n: '*' }))[0]!.n), 0);
    assert.equal(Number((await db()('nuph_document').count({ n: '*' }))[0]!.n), 0);
  });

  test('R-DEL-06: a document stored on 10 Dec 2023 is kept on 9 Dec 2024 and deleted with its chunks on 10 Dec 2024, while the NUPH and the question stay', async () => {
    const old = bytesOf(DOCUMENT_CHUNK_BYTES + 1, 5);
    const newer = bytesOf(10, 9);
    await store(doc(1, '2023-12-10', old), old);
    await store(doc(2, '2023-12-11', newer), newer);
    const policy = nuphDocumentRetentionPolicy;
    assert.equal(policy.ruleId, 'R-DEL-06');
    assert.equal(await policy.countDue(db(), '2024-12-09'), 0);
    assert.equal(await db().transaction((trx) => policy.deleteDue(trx, '2024-12-09')), 0);
    assert.equal(await policy.countDue(db(), '2024-12-10'), 1);
    assert.equal(await db().transaction((trx) => policy.deleteDue(trx, '2024-12-10')), 1);
    assert.equal(await findDocument(db(), doc(1, '2023-12-10', old).id), null);
    assert.equal(
      Number(
        (
          await db()('nuph_document_chunk')
            .where({ document_id: doc(1, '', old).id })
            .count({ n: '*' })
        )[0]!.n,
      ),
      0,
    );
    assert.ok((await read(doc(2, '2023-12-11', newer).id)).bytes.equals(newer), 'the newer document stays whole');
    assert.equal(Number((await db()('nuph').count({ n: '*' }))[0]!.n), 1);
    assert.equal(Number((await db()('nuph_question').count({ n: '*' }))[0]!.n), 1);
    assert.equal(await policy.countDue(db(), '2024-12-11'), 1);
  });

  test('R-DEL-06: nothing is due before release 2024-1 (18 Mar 2024), however old', async () => {
    const bytes = bytesOf(10, 1);
    await store(doc(1, '2023-01-02', bytes), bytes);
    assert.equal(await nuphDocumentRetentionPolicy.countDue(db(), '2024-03-17'), 0);
    assert.equal(await db().transaction((trx) => nuphDocumentRetentionPolicy.deleteDue(trx, '2024-03-17')), 0);
    assert.equal(await nuphDocumentRetentionPolicy.countDue(db(), '2024-03-18'), 1);
  });
});
