// Unit tests of the move rules: R-NOT-03, R-NOT-05, R-NOT-06.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IntegrationContract, RehabilitationProcess } from '../../../src/domain/personMove.ts';
import { rehabilitationEndedByMove } from '../../../src/rules/not/r-not-03-move-ends-rehabilitation.ts';
import { moveCategory, moveNotices, openContract } from '../../../src/rules/not/r-not-05-move-notifications.ts';
import { citizen, contactGroup } from './fixtures.ts';

const contract = (category: IntegrationContract['category'], endDate: string | null): IntegrationContract => ({
  id: 'c1',
  cpr: '0101901234',
  category,
  startDate: '2021-01-01',
  endDate,
});
const move = { cpr: '0101901234', date: '2022-04-01', municipalityCode: '751', jobcenterCode: '75100' };

test('R-NOT-05: an open contract (no end, or ending after the move) counts; one ending on or before the move does not', () => {
  assert.ok(openContract([contract('beskaeftigede', null)], '2022-04-01'));
  assert.ok(openContract([contract('beskaeftigede', '2022-04-02')], '2022-04-01'));
  assert.equal(openContract([contract('beskaeftigede', '2022-04-01')], '2022-04-01'), null);
});

test('R-NOT-05: fraflytning (even) to the old jobcentre, tilflytning (odd) to the new; nothing within the same jobcentre', () => {
  const c = citizen();
  const notices = moveNotices(c, [contract('selvforsoergedeUdlaendingeINL', null)], move, true);
  assert.deepEqual(notices, [
    { receiver: { organisationType: 8, organisationCode: c.person.jobcenterCode }, type: 68 },
    { receiver: { organisationType: 8, organisationCode: '75100' }, type: 67 },
  ]);
  assert.deepEqual(
    moveNotices(
      c,
      [contract('selvforsoergedeUdlaendingeINL', null)],
      { ...move, jobcenterCode: c.person.jobcenterCode },
      true,
    ),
    [],
  );
  assert.deepEqual(moveNotices(c, [], move, true), []);
});

test('R-NOT-06: a closed latest contact group decides the category when R-NOT-06 is in force; otherwise the contract does', () => {
  const closed = citizen({ contactGroups: [{ ...contactGroup(27, '2021-06-01'), endDate: '2022-01-31' }] });
  assert.equal(
    moveCategory(closed, contract('beskaeftigede', null), '2022-04-01', true),
    'selvforsoergedeUdlaendingeINL',
  );
  assert.equal(moveCategory(closed, contract('beskaeftigede', null), '2022-04-01', false), 'beskaeftigede');
  const open = citizen({ contactGroups: [contactGroup(29, '2021-06-01')] });
  assert.equal(
    moveCategory(open, contract('beskaeftigede', null), '2022-04-01', false),
    'indvandrereIIntroduktionsforloeb',
    'an open group decides anyway',
  );
  const unknownGroup = citizen({ contactGroups: [contactGroup(2, '2021-06-01')] });
  assert.equal(
    moveCategory(unknownGroup, contract('beskaeftigede', null), '2022-04-01', true),
    'beskaeftigede',
    'a group without a known category: the contract',
  );
});

test('R-NOT-03: a process open on the move date ends the day before; one ended earlier is untouched', () => {
  const processes: RehabilitationProcess[] = [
    { id: 'p1', cpr: move.cpr, startDate: '2021-09-01', endDate: null },
    { id: 'p2', cpr: move.cpr, startDate: '2020-01-01', endDate: '2021-01-01' },
  ];
  assert.deepEqual(rehabilitationEndedByMove(processes, move), [{ ...processes[0]!, endDate: '2022-03-31' }]);
});
