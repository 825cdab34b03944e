// R-DEL-06 on every dialect of the run: the NUPH dialog's retention policy (src/app/nuphDialog/retention.ts)
// counts and deletes documents — with all their chunks — 12 months after the day they were stored, while the NUPH,
// its answer and the dialog's texts stay; nothing before release 2024-1. Also: a document's bytes round-trip
// exactly, a 256 KiB piece at a time, out of the row (src/store/documentBytes.ts: a file beside the SQLite database,
// chunk rows on PostgreSQL), and neither a rolled-back document nor a deleted one leaves its bytes behind (D-264).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, test } from 'node:test';
import { nuphDocumentRetentionPolicy, strayDocumentFileRetention } from '../../src/app/nuphDialog/retention.ts';
import { contentOfBytes, type NuphDocument, type NuphQuestion } from '../../src/domain/nuphDialog.ts';
import type { Nuph } from '../../src/domain/nuph.ts';
import { insertNuph } from '../../src/store/nuphRepository.ts';
import { DOCUMENT_CHUNK_BYTES, documentFileOf } from '../../src/store/documentBytes.ts';
import { documentContent, documentsOfNuph, findDocument, insertDocument } from '../../src/store/documentRepository.ts';
import { insertQuestion } from '../../src/store/nuphDialogRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';

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

describeEachDatabase('NUPH dialog documents and R-DEL-06', (db, dialect) => {
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
    const file = documentFileOf(db(), nuph.id);
    if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await db().transaction(async (trx) => {
      await insertNuph(trx, nuph);
      await insertQuestion(trx, question);
    });
  });
  const store = (d: NuphDocument, bytes: Buffer) =>
    db().transaction((trx) => insertDocument(trx, d, contentOfBytes(bytes)));
  const chunkRows = async (id: string) =>
    Number((await db()('nuph_document_chunk').where({ document_id: id }).count({ n: '*' }))[0]!.n);
  const fileOf = (id: string) => documentFileOf(db(), id);
  /** Stored pieces of the document's bytes: its chunk rows, or 1 for its file. */
  const bytesLeft = async (id: string) => {
    const file = fileOf(id);
    return (await chunkRows(id)) + (file && fs.existsSync(file) ? 1 : 0);
  };
  const read = async (id: string) => {
    const d = (await findDocument(db(), id))!;
    const parts: Buffer[] = [];
    for await (const c of documentContent(db(), d).chunks()) parts.push(Buffer.from(c));
    return { parts, bytes: Buffer.concat(parts) };
  };

  test('R-AK-07: a document is stored out of the row and read back exactly, 256 KiB at a time', async () => {
    const bytes = bytesOf(2 * DOCUMENT_CHUNK_BYTES + 17, 7);
    const d = doc(1, '2023-12-10', bytes);
    await store(d, bytes);
    if (dialect === 'sqlite') {
      assert.ok(fs.readFileSync(fileOf(d.id)!).equals(bytes), 'a file beside the database holds the bytes');
      assert.equal(await chunkRows(d.id), 0);
    } else {
      assert.equal(fileOf(d.id), null);
      assert.equal(await chunkRows(d.id), 3);
    }
    const got = await read(d.id);
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
    const file = fileOf(doc(1, '', bytes).id);
    if (file) assert.deepEqual(fs.readdirSync(path.dirname(file)), [], 'no file and no .part file is left');
  });

  test('R-AK-07: a document whose transaction rolls back after its bytes were stored leaves no bytes (D-264)', async () => {
    const bytes = bytesOf(DOCUMENT_CHUNK_BYTES + 5, 11);
    const d = doc(1, '2023-12-10', bytes);
    await assert.rejects(
      db().transaction(async (trx) => {
        await insertDocument(trx, d, contentOfBytes(bytes));
        throw new Error('a later step of the same unit of work fails');
      }),
      /later step/,
    );
    assert.equal(await findDocument(db(), d.id), null);
    await eventually(async () => (await bytesLeft(d.id)) === 0, "the rolled-back document's bytes are gone");
  });

  test('D-264: files a crash left without their row are swept by the deletion engine an hour later; documents with rows stay', async () => {
    const bytes = bytesOf(100, 13);
    const kept = doc(1, '2023-12-10', bytes);
    await store(kept, bytes);
    const file = fileOf(kept.id);
    if (!file) {
      // the bytes are rows on this dialect, deleted in the transaction that deletes their document: no files
      assert.equal(await strayDocumentFileRetention(Date.now()).countDue(db(), '2024-01-01'), 0);
      return;
    }
    const folder = path.dirname(file);
    const orphan = path.join(folder, '018f0000-0000-7000-8000-000000000399');
    const part = path.join(folder, '018f0000-0000-7000-8000-000000000398.part');
    for (const f of [orphan, part]) fs.writeFileSync(f, 'x');
    const written = Date.now();
    assert.equal(await strayDocumentFileRetention(written + 59 * 60_000).countDue(db(), '2024-01-01'), 0);
    const policy = strayDocumentFileRetention(written + 61 * 60_000);
    assert.equal(await policy.countDue(db(), '2024-01-01'), 2);
    assert.equal(await db().transaction((trx) => policy.deleteDue(trx, '2024-01-01')), 2);
    assert.deepEqual(fs.readdirSync(folder), [kept.id]);
    assert.ok((await read(kept.id)).bytes.equals(bytes));
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
    await eventually(async () => (await bytesLeft(doc(1, '', old).id)) === 0, "the deleted document's bytes are gone");
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
