// The NUPH repository round-trips NUPHs and answers exactly on every dialect of the run, finds them by citizen
// and by generating activity, and keeps one answer per NUPH.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Nuph, NuphAnswer } from '../../src/domain/nuph.ts';
import {
  answerOf,
  findNuph,
  insertNuph,
  insertNuphAnswer,
  nuphsFrom,
  nuphsOf,
  updateNuph,
} from '../../src/store/nuphRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const nuph = (over: Partial<Nuph> = {}): Nuph => ({
  id: '018f0000-0000-7000-8000-000000000001',
  cpr: '0101901234',
  akasse: '12345678',
  jobcentre: '101',
  origin: 'activity',
  sourceId: '018f0000-0000-7000-8000-0000000000aa',
  eventCode: 1,
  eventDate: '2024-03-05',
  notifiedOn: '2024-03-06',
  state: 'open',
  comment: 'Borgeren udeblev fra aktiviteten uden at melde afbud',
  withdrawnOn: null,
  ...over,
});

const answer = (over: Partial<NuphAnswer> = {}): NuphAnswer => ({
  id: '018f0000-0000-7000-8000-0000000000b1',
  nuphId: nuph().id,
  answerCode: 2,
  sanctionGiven: true,
  automatic: false,
  answeredOn: '2024-03-10',
  answeredBy: '12345678',
  comment: null,
  ...over,
});

describeEachDatabase('NUPH repository', (db) => {
  beforeEach(async () => {
    await db()('nuph_answer').del();
    await db()('nuph').del();
  });

  test('a NUPH and its answer round-trip; unknown ones are null', async () => {
    await db().transaction(async (trx) => {
      await insertNuph(trx, nuph());
      await insertNuphAnswer(trx, answer());
    });
    assert.deepEqual(await findNuph(db(), nuph().id), nuph());
    assert.deepEqual(await answerOf(db(), nuph().id), answer());
    assert.equal(await findNuph(db(), '018f0000-0000-7000-8000-00000000ffff'), null);
    assert.equal(await answerOf(db(), '018f0000-0000-7000-8000-00000000ffff'), null);
  });

  test('by citizen in event-date order, by generating source, and a state change', async () => {
    const later = nuph({ id: '018f0000-0000-7000-8000-000000000002', eventDate: '2024-04-01', sourceId: null });
    await db().transaction(async (trx) => {
      await insertNuph(trx, later);
      await insertNuph(trx, nuph());
      await updateNuph(trx, { ...nuph(), state: 'withdrawn', withdrawnOn: '2024-03-08' });
    });
    assert.deepEqual(
      (await nuphsOf(db(), nuph().cpr)).map((n) => [n.id, n.state]),
      [
        [nuph().id, 'withdrawn'],
        [later.id, 'open'],
      ],
    );
    assert.deepEqual(
      (await nuphsFrom(db(), nuph().sourceId!)).map((n) => n.id),
      [nuph().id],
    );
  });

  test('one answer per NUPH', async () => {
    await db().transaction((trx) => insertNuph(trx, nuph()));
    await db().transaction((trx) => insertNuphAnswer(trx, answer()));
    await assert.rejects(
      db().transaction((trx) => insertNuphAnswer(trx, answer({ id: '018f0000-0000-7000-8000-0000000000b2' }))),
    );
  });
});
