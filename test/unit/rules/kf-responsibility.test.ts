import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  automaticAbsence75,
  contactGroupForClientCategory,
  contactProcessResponsibility,
  hoursThreshold,
  isTransitionGroup,
  responsibleAuthority,
  thresholdReached,
} from '../../../src/rules/index.ts';
import { absence, account, citizen, enrollment, ending, membership, outcome } from './fixtures.ts';

describe('R-KF-01 the a-kasse owns the first part of the contact process', () => {
  test('R-KF-01: the thresholds are 410 hours full-time and 333 hours part-time', () => {
    assert.equal(hoursThreshold(1), 410);
    assert.equal(hoursThreshold(2), 333);
    assert.throws(() => hoursThreshold(3), RangeError);
  });
  test('R-KF-01: registered 8 Jan 2024, absence 75 open, 409 hours → the a-kasse is responsible', () => {
    const a = absence(75, '2024-01-08');
    const state = citizen({
      enrollments: [enrollment(1, '2024-01-08')],
      benefitsAccount: account(1, 409),
      absences: [a],
    });
    assert.equal(thresholdReached(state.benefitsAccount!), false);
    assert.equal(responsibleAuthority(state, '2024-03-01'), 'akasse');
  });
  test('R-KF-01: after the a-kasse ends absence 75 at 410 hours with reason 41 → the jobcentre is responsible', () => {
    const a = absence(75, '2024-01-08');
    const state = citizen({
      memberships: [membership('81', '2020-01-01')],
      benefitsAccount: account(1, 410),
      absences: [a],
    });
    assert.equal(thresholdReached(state.benefitsAccount!), true);
    assert.equal(outcome(ending(state, a, '2024-04-15', 41), '2024-04-15'), 'accepted');
    const after = { ...state, absences: [{ ...a, endDate: '2024-04-15', endReason: 41 }] };
    assert.equal(responsibleAuthority(after, '2024-04-15'), 'akasse');
    assert.equal(responsibleAuthority(after, '2024-04-16'), 'jobcenter');
  });
  test('R-KF-01: an inactive absence 75 does not make the a-kasse responsible', () => {
    const state = citizen({ absences: [absence(75, '2024-01-08', { active: false })] });
    assert.equal(responsibleAuthority(state, '2024-03-01'), 'jobcenter');
  });
});

describe('R-KF-02 automatic absence 75 on registration as dagpengemodtager', () => {
  test('R-KF-02: no counter data, registered 15 Jan 2024 → absence 75 from 15 Jan 2024', () => {
    assert.deepEqual(automaticAbsence75(citizen(), enrollment(1, '2024-01-15'), '2024-01-15'), {
      startDate: '2024-01-15',
    });
  });
  test('R-KF-02: the outcome does not depend on the channel (the enrollment carries none)', () => {
    const state = citizen();
    const e = enrollment(1, '2024-01-15');
    const results = ['Jobnet', 'JC', 'AK'].map(() => automaticAbsence75(state, e, '2024-01-15'));
    assert.deepEqual(results, [{ startDate: '2024-01-15' }, { startDate: '2024-01-15' }, { startDate: '2024-01-15' }]);
  });
  test('R-KF-02: a registration other than dagpengemodtager (Uden ydelse) → no absence 75', () => {
    assert.equal(automaticAbsence75(citizen(), enrollment(8, '2024-01-15'), '2024-01-15'), null);
  });
  test('R-KF-02: a registration dated before 1 Jan 2024 → no absence 75 (A-03)', () => {
    assert.equal(automaticAbsence75(citizen(), enrollment(1, '2023-12-10'), '2023-12-10'), null);
  });
  test('R-KF-02: an absence 75 already running on the enrollment date → no second one', () => {
    const state = citizen({ absences: [absence(75, '2024-01-02')] });
    assert.equal(automaticAbsence75(state, enrollment(1, '2024-01-15'), '2024-01-15'), null);
  });
  test('R-KF-02: an earlier absence 75 that has ended does not prevent a new one', () => {
    const state = citizen({ absences: [absence(75, '2024-01-02', { endDate: '2024-01-10', endReason: 41 })] });
    assert.deepEqual(automaticAbsence75(state, enrollment(1, '2024-01-15'), '2024-01-15'), { startDate: '2024-01-15' });
  });
});

describe('R-KF-03 responsibility from the dagpengetæller', () => {
  test('R-KF-03: part-time, 340 hours, reference period not exceeded → jobcentre, no absence 75', () => {
    const acc = account(2, 340, { referencePeriodEndDate: '2024-06-30' });
    assert.equal(contactProcessResponsibility(acc, '2024-02-01'), 'jobcenter');
    assert.equal(
      automaticAbsence75(citizen({ benefitsAccount: acc }), enrollment(1, '2024-02-01'), '2024-02-01'),
      null,
    );
  });
  test('R-KF-03: part-time, 100 hours → a-kasse, absence 75 created', () => {
    const acc = account(2, 100, { referencePeriodEndDate: '2024-06-30' });
    assert.equal(contactProcessResponsibility(acc, '2024-02-01'), 'akasse');
    assert.deepEqual(automaticAbsence75(citizen({ benefitsAccount: acc }), enrollment(1, '2024-02-01'), '2024-02-01'), {
      startDate: '2024-02-01',
    });
  });
  test('R-KF-03: no counter data → a-kasse (newly unemployed)', () => {
    assert.equal(contactProcessResponsibility(null, '2024-02-01'), 'akasse');
  });
  test('R-KF-03: threshold reached, reference period exceeded and no hours missing → a-kasse (re-placement, A-02)', () => {
    assert.equal(
      contactProcessResponsibility(
        account(1, 500, { referencePeriodEndDate: '2024-01-31', missingHoursForRegrading: 0 }),
        '2024-02-01',
      ),
      'akasse',
    );
  });
  test('R-KF-03: threshold reached, reference period exceeded but hours still missing → jobcentre', () => {
    assert.equal(
      contactProcessResponsibility(
        account(1, 500, { referencePeriodEndDate: '2024-01-31', missingHoursForRegrading: 120 }),
        '2024-02-01',
      ),
      'jobcenter',
    );
  });
  test('R-KF-03: full-time exactly 410 hours counts as reached', () => {
    assert.equal(contactProcessResponsibility(account(1, 410), '2024-02-01'), 'jobcenter');
  });
});

describe('R-KF-04 transition group: unemployed across 1 Jan 2024', () => {
  const since1Nov = citizen({ enrollments: [enrollment(1, '2023-11-01')] });
  test('R-KF-04: registered as dagpengemodtager since 1 Nov 2023 → transition group on 2 Jan 2024, jobcentre responsible', () => {
    assert.equal(isTransitionGroup(since1Nov, '2024-01-02'), true);
    assert.equal(responsibleAuthority(since1Nov, '2024-01-02'), 'jobcenter');
  });
  test('R-KF-04: a second dagpenge enrollment for a transition-group citizen gets no absence 75', () => {
    const ended = citizen({ enrollments: [enrollment(1, '2023-11-01', { endDate: '2024-01-20', endReason: 3 })] });
    assert.equal(automaticAbsence75(ended, enrollment(1, '2024-02-01'), '2024-02-01'), null);
  });
  test('R-KF-04: a citizen deregistered on 31 Dec 2023 was not unemployed across the new year', () => {
    const left = citizen({ enrollments: [enrollment(1, '2023-11-01', { endDate: '2023-12-31', endReason: 3 })] });
    assert.equal(isTransitionGroup(left, '2024-01-02'), false);
  });
  test('R-KF-04: a registration from 1 Jan 2024 is not in the transition group', () => {
    assert.equal(isTransitionGroup(citizen({ enrollments: [enrollment(1, '2024-01-01')] }), '2024-01-02'), false);
  });
  test('R-KF-04: other registration categories are not covered (kontanthjælp across the new year)', () => {
    assert.equal(isTransitionGroup(citizen({ enrollments: [enrollment(2, '2023-11-01')] }), '2024-01-02'), false);
  });
  test('R-KF-04: no transition group before 1 Jan 2024', () => {
    assert.equal(isTransitionGroup(since1Nov, '2023-12-31'), false);
  });
});

describe('R-KF-05 re-registration after deregistration for work', () => {
  const deregisteredForWork = citizen({
    enrollments: [enrollment(1, '2023-11-01', { endDate: '2024-01-20', endReason: 1 })],
    benefitsAccount: account(1, 200),
  });
  test('R-KF-05: unemployed from 1 Nov 2023, deregistered for work 20 Jan 2024, 200 hours, re-registers 1 Mar 2024 → absence 75 from 1 Mar 2024', () => {
    assert.equal(isTransitionGroup(deregisteredForWork, '2024-03-01'), false);
    assert.deepEqual(automaticAbsence75(deregisteredForWork, enrollment(1, '2024-03-01'), '2024-03-01'), {
      startDate: '2024-03-01',
    });
  });
  test('R-KF-05: the a-kasse stays responsible until 410 hours', () => {
    assert.equal(contactProcessResponsibility(account(1, 409), '2024-03-01'), 'akasse');
    assert.equal(contactProcessResponsibility(account(1, 410), '2024-03-01'), 'jobcenter');
  });
  test('R-KF-05: deregistration for another reason keeps the citizen in the transition group → no absence 75', () => {
    const sick = citizen({ enrollments: [enrollment(1, '2023-11-01', { endDate: '2024-01-20', endReason: 3 })] });
    assert.equal(isTransitionGroup(sick, '2024-03-01'), true);
    assert.equal(automaticAbsence75(sick, enrollment(1, '2024-03-01'), '2024-03-01'), null);
  });
});

describe('R-KF-15 registration "Uden ydelse"', () => {
  test('R-KF-15: category 8 Uden ydelse places the citizen in contact group 8', () => {
    assert.equal(contactGroupForClientCategory(8), 8);
  });
  test('R-KF-15: categories 1, 2 and 12 map to contact groups 1, 2 and 12; an unknown category to none', () => {
    assert.deepEqual([1, 2, 12, 99].map(contactGroupForClientCategory), [1, 2, 12, null]);
  });
  test('R-KF-15: registering Uden ydelse creates no absence 75', () => {
    assert.equal(automaticAbsence75(citizen(), enrollment(8, '2024-02-01'), '2024-02-01'), null);
  });
});

describe('R-KF-18 the jobcentre watches the hours approach 410/333', () => {
  test('R-KF-18: a full-time counter with 390 hours is below the 410-hour threshold', () => {
    const acc = account(1, 390);
    assert.equal(hoursThreshold(acc.insuranceType), 410);
    assert.equal(thresholdReached(acc), false);
  });
  test('R-KF-18: a part-time counter with 333 hours has reached its threshold', () => {
    assert.equal(thresholdReached(account(2, 333)), true);
  });
});
