import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { transitionMarking } from '../../../src/rules/index.ts';
import { absence, akasse, citizen, dfdg, enrollment, ending, jobcenter, membership, outcome } from './fixtures.ts';

const open75 = (start = '2024-01-10') => absence(75, start);
const member = citizen({ memberships: [membership('81', '2020-01-01')] });

describe('R-KF-08 ending absence 75 at 410/333 hours', () => {
  test('R-KF-08: the a-kasse ends absence 75 on 15 Apr 2024 with reason 41 → accepted', () => {
    const a = open75();
    assert.equal(outcome(ending({ ...member, absences: [a] }, a, '2024-04-15', 41), '2024-04-16'), 'accepted');
  });
});

describe('R-KF-10 target group for uddannelsespålæg', () => {
  test('R-KF-10: the a-kasse ends an absence 75 of 10 Jan 2024 on 12 Jan 2024 with reason 45 → accepted', () => {
    const a = absence(75, '2024-01-10', { createdByDfdg: true, registeredBy: dfdg });
    assert.equal(outcome(ending({ ...member, absences: [a] }, a, '2024-01-12', 45), '2024-01-12'), 'accepted');
  });
  test('R-KF-10: reason 45 is still accepted after release 2024-1 (1 Apr 2024)', () => {
    const a = open75();
    assert.equal(outcome(ending({ ...member, absences: [a] }, a, '2024-04-01', 45), '2024-04-01'), 'accepted');
  });
});

describe('R-KF-11 end reasons 42, 43, 44, 46 phased out', () => {
  const a = absence(75, '2023-10-01');
  const state = { ...member, absences: [a] };
  test('R-KF-11: on 10 Dec 2023, end date 31 Dec 2023 with reason 44 → accepted', () => {
    assert.equal(outcome(ending(state, a, '2023-12-31', 44), '2023-12-10'), 'accepted');
  });
  test('R-KF-11: on 10 Dec 2023, end date 2 Jan 2024 with reason 44 → refused', () => {
    assert.equal(outcome(ending(state, a, '2024-01-02', 44), '2023-12-10'), 'R-KF-11 EndReasonPhasedOut');
  });
  test('R-KF-11: on 10 Dec 2023, end date exactly 1 Jan 2024 with reason 46 → refused', () => {
    assert.equal(outcome(ending(state, a, '2024-01-01', 46), '2023-12-10'), 'R-KF-11 EndReasonPhasedOut');
  });
  test('R-KF-11: on 20 Mar 2024, end date 31 Dec 2023 with reason 42 → refused', () => {
    assert.equal(outcome(ending(state, a, '2023-12-31', 42), '2024-03-20'), 'R-KF-11 EndReasonPhasedOut');
  });
  test('R-KF-11: before release 2023-4 (1 Dec 2023) reason 43 with end date 2 Jan 2024 is not refused', () => {
    assert.equal(outcome(ending(state, a, '2024-01-02', 43), '2023-12-01'), 'accepted');
  });
  test('R-KF-11: a stored row ended with 43 stays updatable in its other fields on 20 Mar 2024', () => {
    const old = absence(75, '2023-10-01', { endDate: '2023-11-30', endReason: 43 });
    const change = {
      kind: 'update' as const,
      state: { ...member, absences: [old] },
      before: old,
      after: { ...old, comment: 'rettet' },
      actor: akasse(),
    };
    assert.equal(outcome(change, '2024-03-20'), 'accepted');
  });
  test('R-KF-11: moving the end date of a row ended with 44 from 31 Dec 2023 to 5 Jan 2024 (same reason) → refused', () => {
    const ended = absence(75, '2023-10-01', { endDate: '2023-12-31', endReason: 44 });
    assert.equal(
      outcome(ending({ ...member, absences: [ended] }, ended, '2024-01-05', 44), '2023-12-20'),
      'R-KF-11 EndReasonPhasedOut',
    );
  });
});

describe('R-KF-12 end reasons 48 and 49 only on absence 75', () => {
  test('R-KF-12: ending absence 11 with reason 48 → refused', () => {
    const a = absence(11, '2024-01-05');
    assert.equal(
      outcome(ending({ ...member, absences: [a] }, a, '2024-01-20', 48, jobcenter()), '2024-01-21'),
      'R-KF-12 EndReasonNotAllowedForAbsenceType',
    );
  });
  test('R-KF-12: ending absence 47 with reason 48 → refused', () => {
    const a = absence(47, '2024-01-05');
    assert.equal(
      outcome(ending({ ...member, absences: [a] }, a, '2024-01-20', 48, jobcenter()), '2024-01-21'),
      'R-KF-12 EndReasonNotAllowedForAbsenceType',
    );
  });
  test('R-KF-12: ending absence 11 with reason 41 → refused (no C-01 reason on a sick report)', () => {
    const a = absence(11, '2024-01-05');
    assert.equal(
      outcome(ending({ ...member, absences: [a] }, a, '2024-01-20', 41, jobcenter()), '2024-01-21'),
      'R-KF-12 EndReasonNotAllowedForAbsenceType',
    );
  });
  test('R-KF-12: the a-kasse ends absence 75 with reason 48 → accepted', () => {
    const a = open75();
    assert.equal(outcome(ending({ ...member, absences: [a] }, a, '2024-02-01', 48), '2024-02-01'), 'accepted');
  });
});

describe('R-KF-13 end reason 49 only by DFDG', () => {
  test('R-KF-13: the a-kasse ends an open absence 75 with reason 49 → refused', () => {
    const a = open75();
    assert.equal(
      outcome(ending({ ...member, absences: [a] }, a, '2024-02-01', 49), '2024-02-01'),
      'R-KF-13 EndReasonReservedForDfdg',
    );
  });
  test('R-KF-13: DFDG’s transition process ends absence 75 with reason 49 → accepted', () => {
    const a = open75();
    assert.equal(outcome(ending({ ...member, absences: [a] }, a, '2024-02-01', 49, dfdg), '2024-04-01'), 'accepted');
  });
  test('R-KF-13: transition marking ends every open 75 of a transition-group citizen with 49 the day before', () => {
    const a = absence(75, '2024-01-02', { createdByDfdg: true });
    const closed = absence(75, '2023-06-01', { endDate: '2023-09-01', endReason: 41 });
    const state = citizen({ enrollments: [enrollment(1, '2023-11-01')], absences: [a, closed] });
    assert.deepEqual(transitionMarking(state, '2024-01-20'), [
      { absenceId: a.id, endDate: '2024-01-19', endReason: 49 },
    ]);
  });
  test('R-KF-13: transition marking never ends an absence before its start date', () => {
    const a = absence(75, '2024-01-20');
    const state = citizen({ enrollments: [enrollment(1, '2023-11-01')], absences: [a] });
    assert.deepEqual(transitionMarking(state, '2024-01-20'), [
      { absenceId: a.id, endDate: '2024-01-20', endReason: 49 },
    ]);
  });
  test('R-KF-13: no transition marking for a citizen who registered after 1 Jan 2024', () => {
    const state = citizen({ enrollments: [enrollment(1, '2024-01-15')], absences: [absence(75, '2024-01-15')] });
    assert.deepEqual(transitionMarking(state, '2024-02-01'), []);
  });
});

describe('R-KF-14 end reasons usable from release 2024-1', () => {
  const a = open75();
  const state = { ...member, absences: [a] };
  for (const reason of [41, 45, 48]) {
    test(`R-KF-14: on 1 Apr 2024 the a-kasse ends absence 75 with ${reason} → accepted`, () => {
      assert.equal(outcome(ending(state, a, '2024-04-01', reason), '2024-04-01'), 'accepted');
    });
  }
  test('R-KF-14: on 1 Apr 2024 ending absence 75 with 43 → refused (phased out first, R-KF-11)', () => {
    assert.equal(outcome(ending(state, a, '2024-04-01', 43), '2024-04-01'), 'R-KF-11 EndReasonPhasedOut');
  });
  test('R-KF-14: on 1 Apr 2024 reason 49 from the a-kasse → refused as reserved for DFDG', () => {
    assert.equal(outcome(ending(state, a, '2024-04-01', 49), '2024-04-01'), 'R-KF-13 EndReasonReservedForDfdg');
  });
  test('R-KF-14: an end reason outside C-01 (47) on absence 75 from the jobcentre → refused', () => {
    assert.equal(
      outcome(ending(state, a, '2024-04-01', 47, jobcenter()), '2024-04-01'),
      'R-KF-14 EndReasonNotAllowedForAbsenceType',
    );
  });
  test('R-KF-14: before 18 Mar 2024 the same reason 47 is not refused by R-KF-14', () => {
    assert.equal(outcome(ending(state, a, '2024-03-01', 47, jobcenter()), '2024-03-01'), 'accepted');
  });
});
