// The activity supplement and DFDG's age and recovery batches: R-PLAN-16, R-PLAN-17 (creating a supplement),
// R-BAT-05 and R-NOT-04 (DFDG ends it, nobody is told), R-BAT-06 (contact groups 12/28 at 30), R-BAT-04 (no wrong
// re-registration at recovery). The rules' own examples, and the edges of their readings (D-248..D-253).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ActivitySupplement } from '../../../src/domain/activitySupplement.ts';
import { birthdayOfAge } from '../../../src/domain/dates.ts';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  formerRecoveryReRegistration,
  groupChangeAt30,
  recoveryReRegistration,
  supplementEndings,
  supplementEndReceivers,
  supplementRules,
  type SupplementCommand,
} from '../../../src/rules/index.ts';
import { absence, citizen, contactGroup, CPR, enrollment } from './fixtures.ts';

const refusal = (c: SupplementCommand, date: string) => firstViolation(supplementRules, c, date);
const supplement = (eventDate: string, endDate: string | null = null): ActivitySupplement => ({
  id: `s-${eventDate}`,
  cpr: CPR,
  eventDate,
  endDate,
  endReason: null,
  registeredBy: { organisationType: 8, organisationCode: '10100' },
  registeredAt: `${eventDate}T12:00:00+01:00`,
});
const bornOn = (birthDate: string, parts: Parameters<typeof citizen>[0]) => {
  const state = citizen(parts);
  return { ...state, person: { ...state.person, birthDate } };
};

describe('R-PLAN-16 an activity supplement may be backdated without limit from release 2023-4', () => {
  const young = { birthDate: '1999-01-01', contactGroup: 5 };
  test('R-PLAN-16: an event date 60 days in the past is accepted from 2023-4', () => {
    assert.equal(refusal({ ...young, eventDate: '2023-11-05' }, '2024-01-04'), null);
  });
  test('R-PLAN-16: before 2023-4 an event date 60 days back was refused (5223), 7 days back accepted', () => {
    assert.equal(refusal({ ...young, eventDate: '2023-08-01' }, '2023-09-30')?.fault, 'SupplementBackdatedTooFar');
    assert.equal(refusal({ ...young, eventDate: '2023-09-23' }, '2023-09-30'), null);
    assert.equal(refusal({ ...young, eventDate: '2023-09-22' }, '2023-09-30')?.ruleId, 'R-PLAN-16');
  });
});

describe('R-PLAN-17 an activity supplement for contact group 5 under 30', () => {
  test('R-PLAN-17: a 25-year-old in contact group 5 → accepted', () => {
    assert.equal(refusal({ birthDate: '1999-03-01', contactGroup: 5, eventDate: '2024-03-01' }, '2024-03-01'), null);
  });
  test('R-PLAN-17: a 31-year-old in contact group 5 → refused (5221)', () => {
    const v = refusal({ birthDate: '1993-01-01', contactGroup: 5, eventDate: '2024-03-01' }, '2024-03-01');
    assert.equal(v?.ruleId, 'R-PLAN-17');
    assert.equal(v?.fault, 'SupplementCitizenAged30');
  });
  test('R-PLAN-17: the 30th birthday is the first day refused; the day before is accepted', () => {
    const c = { birthDate: '1994-05-10', contactGroup: 5 };
    assert.equal(refusal({ ...c, eventDate: '2024-05-09' }, '2024-05-20'), null);
    assert.equal(refusal({ ...c, eventDate: '2024-05-10' }, '2024-05-20')?.fault, 'SupplementCitizenAged30');
  });
  test('R-PLAN-17: outside the lawful groups (5, 12, 28, D-249), or without a contact group → refused (5222)', () => {
    for (const contactGroup of [1, 2, 26, null])
      assert.equal(
        refusal({ birthDate: '2000-01-01', contactGroup, eventDate: '2024-03-01' }, '2024-03-01')?.fault,
        'SupplementContactGroupNotLawful',
      );
    for (const contactGroup of [12, 28])
      assert.equal(refusal({ birthDate: '2000-01-01', contactGroup, eventDate: '2024-03-01' }, '2024-03-01'), null);
  });
  test('born 29 February: the 30th birthday in a year without one is 1 March (D-248)', () => {
    assert.equal(birthdayOfAge('1996-02-29', 30), '2026-03-01');
    assert.equal(birthdayOfAge('1996-02-29', 28), '2024-02-29');
  });
});

describe('R-BAT-05 DFDG ends the activity supplement at 30; R-NOT-04 nobody is told', () => {
  const inGroup5 = bornOn('1994-05-10', { contactGroups: [contactGroup(5, '2023-01-01')] });
  test('R-BAT-05: born 10 May 1994, contact group 5, supplement → ended with effect from 10 May 2024', () => {
    assert.deepEqual(supplementEndings(inGroup5, [supplement('2024-01-01')], '2024-05-10'), [
      { supplementId: 's-2024-01-01', endDate: '2024-05-10', endReason: 'age30' },
    ]);
  });
  test('R-BAT-05: the day before the 30th birthday nothing ends; a run after downtime still dates it the birthday', () => {
    assert.deepEqual(supplementEndings(inGroup5, [supplement('2024-01-01')], '2024-05-09'), []);
    assert.equal(supplementEndings(inGroup5, [supplement('2024-01-01')], '2024-06-01')[0]?.endDate, '2024-05-10');
  });
  test('R-BAT-05: an ended supplement is left alone', () => {
    assert.deepEqual(supplementEndings(inGroup5, [supplement('2024-01-01', '2024-03-01')], '2024-06-01'), []);
  });
  test('R-BAT-05 (A-38): a move to a group where the supplement is not lawful ends it from the first day there', () => {
    const moved = bornOn('2000-01-01', {
      contactGroups: [contactGroup(5, '2023-01-01', '2024-02-29'), contactGroup(2, '2024-03-01')],
    });
    assert.deepEqual(supplementEndings(moved, [supplement('2024-01-01')], '2024-03-02'), [
      { supplementId: 's-2024-01-01', endDate: '2024-03-01', endReason: 'contactGroup' },
    ]);
  });
  test('R-NOT-04: DFDG ending a supplement notifies nobody (the known defect of 2023-4, reproduced, D-251)', () => {
    assert.deepEqual(supplementEndReceivers(), []);
  });
});

describe('R-BAT-06 contact groups 12 and 28 change at 30', () => {
  test('R-BAT-06: contact group 28, turns 30 on 1 Sep 2022 → contact group 26 from 1 Sep 2022', () => {
    const state = bornOn('1992-09-01', { contactGroups: [contactGroup(28, '2021-01-01')] });
    assert.deepEqual(groupChangeAt30(state, '2022-09-01'), { from: 28, to: 26, date: '2022-09-01' });
  });
  test('R-BAT-06: contact group 12 → 2 (A-39); the day before the birthday nothing', () => {
    const state = bornOn('1992-09-01', { contactGroups: [contactGroup(12, '2021-01-01')] });
    assert.equal(groupChangeAt30(state, '2022-08-31'), null);
    assert.deepEqual(groupChangeAt30(state, '2022-09-05'), { from: 12, to: 2, date: '2022-09-01' });
  });
  test('R-BAT-06: other groups, or a group changed since the birthday, are left alone', () => {
    assert.equal(
      groupChangeAt30(bornOn('1992-09-01', { contactGroups: [contactGroup(5, '2021-01-01')] }), '2022-09-05'),
      null,
    );
    const changed = bornOn('1992-09-01', {
      contactGroups: [contactGroup(28, '2021-01-01', '2022-09-02'), contactGroup(1, '2022-09-03')],
    });
    assert.equal(groupChangeAt30(changed, '2022-09-05'), null);
  });
});

describe('R-BAT-04 no wrong re-registration at recovery', () => {
  const sickness = absence(11, '2024-03-01', { endDate: '2024-03-20' });
  test("R-BAT-04: 'Ikke tilmeldt' the day before the first sick day, a registration two years earlier → no re-registration", () => {
    const state = citizen({
      enrollments: [enrollment(1, '2021-06-01', { endDate: '2022-03-01' })],
      contactGroups: [contactGroup(1, '2021-06-01')],
      absences: [sickness],
    });
    assert.deepEqual(recoveryReRegistration(state, sickness, '2024-03-21'), {
      reRegister: false,
      reason: 'notRegisteredBefore',
    });
    assert.equal(formerRecoveryReRegistration(state, sickness).reRegister, true, 'the bug before 2022-1');
  });
  test('R-BAT-04: contact group 1 before and after, registered before the sickness → re-registered from the day after', () => {
    const state = citizen({
      enrollments: [enrollment(1, '2023-06-01', { endDate: '2024-03-01' })],
      contactGroups: [contactGroup(1, '2023-06-01')],
      absences: [sickness],
    });
    assert.deepEqual(recoveryReRegistration(state, sickness, '2024-03-21'), {
      reRegister: true,
      clientCategory: 1,
      date: '2024-03-21',
    });
  });
  test('R-BAT-04: contact group before the sickness differs from the current one → no re-registration', () => {
    const state = citizen({
      enrollments: [enrollment(1, '2023-06-01', { endDate: '2024-03-01' })],
      contactGroups: [contactGroup(1, '2023-06-01', '2024-02-29'), contactGroup(25, '2024-03-01')],
      absences: [sickness],
    });
    assert.deepEqual(recoveryReRegistration(state, sickness, '2024-03-21'), {
      reRegister: false,
      reason: 'contactGroupChanged',
    });
  });
  test('R-BAT-04: a citizen enrolled on the recovery day is left alone', () => {
    const state = citizen({
      enrollments: [enrollment(1, '2023-06-01')],
      contactGroups: [contactGroup(1, '2023-06-01')],
      absences: [sickness],
    });
    assert.deepEqual(recoveryReRegistration(state, sickness, '2024-03-21'), {
      reRegister: false,
      reason: 'alreadyRegistered',
    });
  });
});
