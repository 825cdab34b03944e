// R-DEL-01 (systematic referral programmes, 2 years after they ended) as the deletion engine calls it, on every
// dialect, with the rule's examples; and R-DEL-06 leaving a rehabilitation process's documents alone (they belong
// to no NUPH).
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { nuphDocumentRetentionPolicy } from '../../src/app/nuphDialog/retention.ts';
import { referralProgrammeRetentionPolicy } from '../../src/app/referralProgramme/retention.ts';
import type { RetentionPolicy } from '../../src/app/retention/policy.ts';
import { contentOfBytes, type NuphDocument } from '../../src/domain/nuphDialog.ts';
import type { ReferralProgramme } from '../../src/domain/referralProgramme.ts';
import { deleteDocuments, documentContent, insertDocument } from '../../src/store/documentRepository.ts';
import { insertReferralProgramme } from '../../src/store/referralProgrammeRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

let serial = 0;
const programme = (endDate: string | null): ReferralProgramme => ({
  id: `018f0000-0000-7000-8000-${String(++serial).padStart(12, '0')}`,
  cpr: '0101901234',
  startDate: '2018-01-01',
  endDate,
});

describeEachDatabase('referral programme retention (R-DEL-01)', (db) => {
  beforeEach(async () => {
    await db()('referral_programme').del();
    const all = (await db()('nuph_document').select('id')) as { id: string }[];
    await db().transaction((trx) =>
      deleteDocuments(
        trx,
        all.map((r) => r.id),
      ),
    );
  });
  const insert = (...ps: ReferralProgramme[]) =>
    db().transaction(async (trx) => {
      for (const p of ps) await insertReferralProgramme(trx, p);
    });
  const remaining = async () =>
    ((await db()('referral_programme').select('id').orderBy('id')) as { id: string }[]).map((r) => r.id);
  const deleteDue = (p: RetentionPolicy, today: string) => db().transaction((trx) => p.deleteDue(trx, today));
  const policy = referralProgrammeRetentionPolicy;

  test('R-DEL-01: a programme ending 1 Jun 2019 is deleted by 1 Jun 2021; one ending 1 Dec 2019 is still present on 1 Jun 2021 and deleted by 1 Dec 2021', async () => {
    const june = programme('2019-06-01');
    const december = programme('2019-12-01');
    await insert(june, december);
    assert.equal(policy.ruleId, 'R-DEL-01');
    assert.equal(await policy.countDue(db(), '2021-05-31'), 0);
    assert.equal(await deleteDue(policy, '2021-05-31'), 0);
    assert.equal(await policy.countDue(db(), '2021-06-01'), 1);
    assert.deepEqual(await remaining(), [june.id, december.id].sort(), 'counting deletes nothing');
    assert.equal(await deleteDue(policy, '2021-06-01'), 1);
    assert.deepEqual(await remaining(), [december.id]);
    assert.equal(await deleteDue(policy, '2021-11-30'), 0);
    assert.equal(await deleteDue(policy, '2021-12-01'), 1);
    assert.deepEqual(await remaining(), []);
  });

  test('R-DEL-01: nothing is due before release 2021-1 (15 Mar 2021); a programme without a recorded end counts from 31 Dec 2019', async () => {
    const old = programme('2018-06-01');
    const open = programme(null);
    await insert(old, open);
    assert.equal(await policy.countDue(db(), '2021-03-14'), 0, 'the rule is not in force yet');
    assert.equal(await deleteDue(policy, '2021-03-14'), 0);
    assert.equal(await deleteDue(policy, '2021-03-15'), 1);
    assert.deepEqual(await remaining(), [open.id]);
    assert.equal(await policy.countDue(db(), '2021-12-30'), 0);
    assert.equal(await deleteDue(policy, '2021-12-31'), 1);
    assert.deepEqual(await remaining(), []);
  });

  test("R-DEL-06: a rehabilitation process's document is not a NUPH document: 12 months on it stays, while a NUPH's goes", async () => {
    const doc = (id: string, nuphId: string | null): NuphDocument => ({
      id,
      nuphId,
      ownerKind: nuphId === null ? 'rehabiliteringsforloeb' : 'nuph',
      ownerId: nuphId ?? '018f0000-0000-7000-8000-00000000aaaa',
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      sizeBytes: 4,
      sha256: 'x',
      storedOn: '2024-04-01',
      storedAt: '2024-04-01T10:00:00+02:00',
      storedBy: { organisationType: 8, organisationCode: '10100' },
    });
    const rehab = doc('018f0000-0000-7000-8000-00000000bbb1', null);
    const nuph = doc('018f0000-0000-7000-8000-00000000bbb2', '018f0000-0000-7000-8000-00000000cccc');
    await db().transaction(async (trx) => {
      for (const d of [rehab, nuph]) await insertDocument(trx, d, contentOfBytes(Buffer.from('%PDF')));
    });
    assert.equal(await nuphDocumentRetentionPolicy.countDue(db(), '2025-04-01'), 1);
    assert.equal(await deleteDue(nuphDocumentRetentionPolicy, '2025-04-01'), 1);
    assert.deepEqual(
      ((await db()('nuph_document').select('id')) as { id: string }[]).map((r) => r.id),
      [rehab.id],
    );
    const pieces: Buffer[] = [];
    for await (const piece of documentContent(db(), rehab).chunks()) pieces.push(Buffer.from(piece));
    assert.equal(Buffer.concat(pieces).toString(), '%PDF', 'its bytes stay too');
  });
});
