import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  absence75ActiveForContactGroup,
  absence75ActiveOnRegistration,
  absence75OnMembershipChange,
} from '../../../src/rules/index.ts';
import {
  absence,
  akasse,
  citizen,
  contactGroup,
  creating,
  dfdg,
  ending,
  jobcenter,
  membership,
  outcome,
  star,
} from './fixtures.ts';

describe('R-KF-06 the a-kasse registers absence 75 itself', () => {
  const state = citizen({ memberships: [membership('81', '2023-01-01')], benefitsAccount: null });
  test('R-KF-06: the citizen’s own a-kasse creates absence 75 from the registration date → accepted', () => {
    assert.equal(outcome(creating(state, absence(75, '2024-01-15'), akasse('81')), '2024-01-20'), 'accepted');
  });
  test('R-KF-06: another a-kasse creates absence 75 → refused', () => {
    assert.equal(
      outcome(creating(state, absence(75, '2024-01-15'), akasse('99')), '2024-01-20'),
      'R-KF-06 Absence75OnlyByOwnAkasse',
    );
  });
  test('R-KF-06: the jobcentre creates absence 75 → refused', () => {
    assert.equal(
      outcome(creating(state, absence(75, '2024-01-15'), jobcenter()), '2024-01-20'),
      'R-KF-06 Absence75OnlyByOwnAkasse',
    );
  });
  test('R-KF-06: DFDG and STAR may create absence 75', () => {
    assert.equal(outcome(creating(state, absence(75, '2024-01-15'), dfdg), '2024-01-20'), 'accepted');
    assert.equal(outcome(creating(state, absence(75, '2024-01-15'), star), '2024-01-20'), 'accepted');
  });
  test('R-KF-06: an a-kasse whose membership starts on the business date (after the absence start) → accepted', () => {
    const joined = citizen({ memberships: [membership('82', '2024-01-20')] });
    assert.equal(outcome(creating(joined, absence(75, '2024-01-15'), akasse('82')), '2024-01-20'), 'accepted');
  });
  test('R-KF-06: a former a-kasse whose membership ended before both dates → refused', () => {
    const left = citizen({
      memberships: [membership('81', '2023-01-01', '2023-12-31'), membership('82', '2024-01-01')],
    });
    assert.equal(
      outcome(creating(left, absence(75, '2024-01-15'), akasse('81')), '2024-01-20'),
      'R-KF-06 Absence75OnlyByOwnAkasse',
    );
  });
  test('R-KF-06: other absence types are not restricted to the a-kasse', () => {
    assert.equal(outcome(creating(state, absence(10, '2024-01-15'), jobcenter()), '2024-01-20'), 'accepted');
  });
});

describe('R-KF-07 changing a-kasse does not end absence 75', () => {
  test('R-KF-07: open absence 75, membership changes to a-kasse B on 1 Feb 2024 → not ended', () => {
    const a = absence(75, '2024-01-10');
    const state = citizen({
      memberships: [membership('81', '2020-01-01', '2024-01-31'), membership('82', '2024-02-01')],
      absences: [a],
    });
    assert.equal(absence75OnMembershipChange(state, '2024-02-01'), null);
  });
  test('R-KF-07: even inactive in contact group 25 on 1 Feb 2024 → not ended', () => {
    const a = absence(75, '2024-01-10', { active: false });
    const state = citizen({ contactGroups: [contactGroup(25, '2024-01-20')], absences: [a] });
    assert.equal(absence75OnMembershipChange(state, '2024-02-01'), null);
  });
  test('R-KF-07: a-kasse B may later end the absence with reason 41', () => {
    const a = absence(75, '2024-01-10');
    const state = citizen({
      memberships: [membership('81', '2020-01-01', '2024-01-31'), membership('82', '2024-02-01')],
      absences: [a],
    });
    assert.equal(outcome(ending(state, a, '2024-04-15', 41, akasse('82')), '2024-04-16'), 'accepted');
  });
});

describe('R-KF-09 one absence 75 across a re-placement', () => {
  const first = absence(75, '2024-01-10');
  const state = citizen({ memberships: [membership('81', '2020-01-01')], absences: [first] });
  test('R-KF-09: ending absence 75 on 1 Mar 2024 with reason 46 → refused', () => {
    assert.equal(outcome(ending(state, first, '2024-03-01', 46), '2024-03-01'), 'R-KF-11 EndReasonPhasedOut');
  });
  test('R-KF-09: creating a second absence 75 from 1 Mar 2024 → refused', () => {
    assert.equal(outcome(creating(state, absence(75, '2024-03-01')), '2024-03-01'), 'R-KF-09 OverlappingAbsence75');
  });
  test('R-KF-09: moving another absence 75 into the open one by an update → refused', () => {
    const old = absence(75, '2023-01-01', { endDate: '2023-03-01', endReason: 41 });
    const both = { ...state, absences: [first, old] };
    const change = {
      kind: 'update' as const,
      state: both,
      before: old,
      after: { ...old, endDate: '2024-02-01' },
      actor: akasse(),
    };
    assert.equal(outcome(change, '2024-03-01'), 'R-KF-09 OverlappingAbsence75');
  });
  test('R-KF-09: a new absence 75 after an ended one → accepted', () => {
    const ended = absence(75, '2024-01-10', { endDate: '2024-04-15', endReason: 41 });
    const s = { ...state, absences: [ended] };
    assert.equal(outcome(creating(s, absence(75, '2024-09-01')), '2024-09-01'), 'accepted');
  });
  test('R-KF-09: updating the open absence itself (its comment) → accepted', () => {
    const change = {
      kind: 'update' as const,
      state,
      before: first,
      after: { ...first, comment: 'x' },
      actor: akasse(),
    };
    assert.equal(outcome(change, '2024-03-01'), 'accepted');
  });
  test('R-KF-09: a deleted absence 75 does not block a new one', () => {
    const deleted = absence(75, '2024-01-10', { deletedOn: '2024-01-11' });
    assert.equal(
      outcome(creating({ ...state, absences: [deleted] }, absence(75, '2024-03-01')), '2024-03-01'),
      'accepted',
    );
  });
});

describe('R-KF-16 (2022) a change of a-kasse ended an inactive absence 75', () => {
  const inactive = absence(75, '2022-04-01', { active: false });
  const inGroup25 = citizen({ contactGroups: [contactGroup(25, '2022-05-01')], absences: [inactive] });
  test('R-KF-16: absence 75 inactive, contact group 25, change of a-kasse on 1 Jun 2022 → ended on the change date', () => {
    assert.deepEqual(absence75OnMembershipChange(inGroup25, '2022-06-01'), {
      absenceId: inactive.id,
      endDate: '2022-06-01',
      endReason: 43,
    });
  });
  test('R-KF-16: same case on 1 Feb 2024 → not ended (R-KF-07)', () => {
    assert.equal(absence75OnMembershipChange(inGroup25, '2024-02-01'), null);
  });
  test('R-KF-16: an active absence 75 is not ended', () => {
    const active = citizen({ contactGroups: [contactGroup(25, '2022-05-01')], absences: [absence(75, '2022-04-01')] });
    assert.equal(absence75OnMembershipChange(active, '2022-06-01'), null);
  });
  test('R-KF-16: an inactive absence 75 in contact group 1 is not ended', () => {
    const cg1 = citizen({ contactGroups: [contactGroup(1, '2022-01-01')], absences: [inactive] });
    assert.equal(absence75OnMembershipChange(cg1, '2022-06-01'), null);
  });
  test('R-KF-16: before release 2022-1 (1 Mar 2022) the absence was left open', () => {
    const early = citizen({
      contactGroups: [contactGroup(13, '2022-01-01')],
      absences: [absence(75, '2022-01-10', { active: false })],
    });
    assert.equal(absence75OnMembershipChange(early, '2022-03-01'), null);
  });
});

describe('R-KF-17 retroactive absence 75 is stored inactive', () => {
  const inGroup24 = citizen({ contactGroups: [contactGroup(24, '2022-03-01')] });
  test('R-KF-17: contact group 24 since 1 Mar 2022, 75 registered 20 Mar 2022 from 1 Feb 2022 → inactive', () => {
    assert.equal(absence75ActiveOnRegistration(inGroup24, absence(75, '2022-02-01'), '2022-03-20'), false);
  });
  test('R-KF-17: contact group 1 on the business date → active', () => {
    const cg1 = citizen({ contactGroups: [contactGroup(1, '2022-01-01')] });
    assert.equal(absence75ActiveOnRegistration(cg1, absence(75, '2022-02-01'), '2022-03-20'), true);
  });
  test('R-KF-17: not retroactive (starts on the business date) → active', () => {
    assert.equal(absence75ActiveOnRegistration(inGroup24, absence(75, '2022-03-20'), '2022-03-20'), true);
  });
  test('R-KF-17: before release 2022-1 (10 Mar 2022) no inactivation', () => {
    assert.equal(absence75ActiveOnRegistration(inGroup24, absence(75, '2022-02-01'), '2022-03-10'), true);
  });
  test('R-KF-17: other absence types are never inactivated', () => {
    assert.equal(absence75ActiveOnRegistration(inGroup24, absence(10, '2022-02-01'), '2022-03-20'), true);
  });
  test('R-KF-17: absence 75 counts as inactive in contact groups 13, 24, 25 only (A-10)', () => {
    assert.deepEqual([1, 8, 13, 24, 25].map(absence75ActiveForContactGroup), [true, true, false, false, false]);
  });
});
