// Migration 033 (D-265): the feeds' registration category periods become person categories 2 'Ansøger' /
// 3 'Modtager' — one source of truth for the applicant/recipient state — for the days no person category covers
// already (a jobcentre's registration wins where they overlap), and `registration_category` is dropped; down puts
// them back. On each dialect, on a database of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrationSource } from '../../src/store/migrations/index.ts';
import { uncoveredParts } from '../../src/store/migrations/033_one_person_category.ts';
import { describeEachDatabase } from '../support/databases.ts';

test('uncoveredParts: the days of a period no other period covers', () => {
  assert.deepEqual(uncoveredParts('2024-03-01', null, []), [{ start: '2024-03-01', end: null }]);
  assert.deepEqual(uncoveredParts('2024-03-01', '2024-03-31', [{ start: '2024-03-10', end: '2024-03-19' }]), [
    { start: '2024-03-01', end: '2024-03-09' },
    { start: '2024-03-20', end: '2024-03-31' },
  ]);
  assert.deepEqual(uncoveredParts('2024-03-01', null, [{ start: '2024-02-01', end: null }]), []);
  assert.deepEqual(uncoveredParts('2024-03-01', null, [{ start: '2024-03-05', end: null }]), [
    { start: '2024-03-01', end: '2024-03-04' },
  ]);
  assert.deepEqual(uncoveredParts('2024-03-01', '2024-03-02', [{ start: '2024-04-01', end: null }]), [
    { start: '2024-03-01', end: '2024-03-02' },
  ]);
});

const CPR = { moved: '0101901234', overlapped: '0202902345' } as const;

describeEachDatabase(
  'migration 033: registration categories become person categories 2/3',
  (db) => {
    test('existing applicant/recipient periods move; a jobcentre category keeps its days; down moves them back', async () => {
      // 033 alone is undone (the migrations after it in the list touch other tables)
      await db().migrate.down({ migrationSource, name: '033_one_person_category' });
      assert.ok(await db().schema.hasTable('registration_category'), 'before 033');
      for (const cpr of Object.values(CPR))
        await db()('person').insert({
          cpr,
          birth_date: '1990-01-01',
          jobcenter_code: '10100',
          municipality_code: '101',
        });
      await db()('registration_category').insert([
        { id: 'rc-1', cpr: CPR.moved, category: 'ansoeger', start_date: '2024-03-01', end_date: '2024-03-19' },
        { id: 'rc-2', cpr: CPR.moved, category: 'modtager', start_date: '2024-03-20', end_date: null },
        { id: 'rc-3', cpr: CPR.overlapped, category: 'ansoeger', start_date: '2024-03-01', end_date: null },
      ]);
      await db()('person_category').insert({
        id: 'pc-1',
        cpr: CPR.overlapped,
        category: 5,
        start_date: '2024-03-10',
        end_date: null,
        org_type: 8,
        org_code: '10100',
        registered_on: '2024-03-10',
      });
      await db().migrate.latest({ migrationSource });
      assert.equal(await db().schema.hasTable('registration_category'), false, 'one source of truth');
      const rows = async (cpr: string) =>
        (
          (await db()('person_category')
            .where({ cpr })
            .orderBy('start_date')
            .select('id', 'category', 'start_date', 'end_date', 'org_code', 'registered_on')) as Record<
            string,
            unknown
          >[]
        ).map((r) => ({ ...r, category: Number(r.category) }));
      assert.deepEqual(await rows(CPR.moved), [
        {
          id: 'rc-1',
          category: 2,
          start_date: '2024-03-01',
          end_date: '2024-03-19',
          org_code: 'DFDG',
          registered_on: '2024-03-01',
        },
        {
          id: 'rc-2',
          category: 3,
          start_date: '2024-03-20',
          end_date: null,
          org_code: 'DFDG',
          registered_on: '2024-03-20',
        },
      ]);
      assert.deepEqual(await rows(CPR.overlapped), [
        {
          id: 'rc-3',
          category: 2,
          start_date: '2024-03-01',
          end_date: '2024-03-09',
          org_code: 'DFDG',
          registered_on: '2024-03-01',
        },
        {
          id: 'pc-1',
          category: 5,
          start_date: '2024-03-10',
          end_date: null,
          org_code: '10100',
          registered_on: '2024-03-10',
        },
      ]);
      await db().migrate.down({ migrationSource, name: '033_one_person_category' });
      const back = (await db()('registration_category').orderBy('id').select('id', 'category', 'end_date')) as {
        id: string;
      }[];
      assert.deepEqual(back, [
        { id: 'rc-1', category: 'ansoeger', end_date: '2024-03-19' },
        { id: 'rc-2', category: 'modtager', end_date: null },
        { id: 'rc-3', category: 'ansoeger', end_date: '2024-03-09' },
      ]);
      assert.deepEqual(
        ((await db()('person_category').select('id')) as { id: string }[]).map((r) => r.id),
        ['pc-1'],
      );
      await db().migrate.latest({ migrationSource });
    });
  },
  { fresh: true },
);
