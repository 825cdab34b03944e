import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { absenceNotificationReceivers, automaticAbsence75 } from '../../../src/rules/index.ts';
import { AKASSE_A, AKASSE_B, JOBCENTER, MUNICIPALITY, absence, citizen, enrollment, membership } from './fixtures.ts';

const jobcentre = { organisationType: 8, organisationCode: JOBCENTER, subQueue: null };
const akasseA = { organisationType: 2, organisationCode: AKASSE_A, subQueue: null };
const benefitSystem = { organisationType: 7, organisationCode: MUNICIPALITY, subQueue: 'Ydelsessystem' };

describe('R-NOT-01 GetAbsenceVersion7 when DFDG registers absence 75', () => {
  test('R-NOT-01: a Jobnet registration on 15 Jan 2024 creating absence 75 → one receiver the a-kasse, one the jobcentre', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2020-01-01')] });
    const decision = automaticAbsence75(state, enrollment(1, '2024-01-15'), '2024-01-15');
    assert.deepEqual(decision, { startDate: '2024-01-15' });
    const a75 = absence(75, decision!.startDate, { createdByDfdg: true });
    assert.deepEqual(absenceNotificationReceivers(state, 'create', a75, '2024-01-15'), [jobcentre, akasseA]);
  });
  test('R-NOT-01: a citizen without a-kasse membership on the business date → only the jobcentre', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2020-01-01', '2023-12-31')] });
    assert.deepEqual(absenceNotificationReceivers(state, 'create', absence(75, '2024-01-15'), '2024-01-15'), [
      jobcentre,
    ]);
  });
  test('R-NOT-01: the same a-kasse through two membership rows is one receiver', () => {
    const state = citizen({
      memberships: [membership(AKASSE_A, '2020-01-01', '2024-01-15'), membership(AKASSE_A, '2024-01-15')],
    });
    assert.deepEqual(absenceNotificationReceivers(state, 'update', absence(75, '2024-01-15'), '2024-01-15'), [
      jobcentre,
      akasseA,
    ]);
  });
});

describe('R-NOT-02 the jobcentre is notified when the a-kasse ends absence 75', () => {
  test('R-NOT-02: the a-kasse ends absence 75 with reason 41 → the jobcentre receives the absence message', () => {
    const state = citizen({ memberships: [membership(AKASSE_B, '2020-01-01')] });
    const ended = absence(75, '2024-01-10', { endDate: '2024-04-15', endReason: 41 });
    const receivers = absenceNotificationReceivers(state, 'update', ended, '2024-04-15');
    assert.ok(receivers.some((r) => r.organisationType === 8 && r.organisationCode === JOBCENTER));
    assert.ok(!receivers.some((r) => r.organisationType === 7));
  });
});

describe('R-NOT-09 deleting an absence notifies the parties', () => {
  test('R-NOT-09: the jobcentre deletes an absence that started last month → the a-kasse and the benefit system receive it', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2020-01-01')] });
    const receivers = absenceNotificationReceivers(
      state,
      'delete',
      absence(10, '2021-02-01', { endDate: '2021-02-14' }),
      '2021-03-20',
    );
    assert.deepEqual(receivers, [jobcentre, akasseA, benefitSystem]);
  });
  test('R-NOT-09: an update is not sent to the benefit system', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2020-01-01')] });
    assert.deepEqual(absenceNotificationReceivers(state, 'update', absence(10, '2021-02-01'), '2021-03-20'), [
      jobcentre,
      akasseA,
    ]);
  });
  test('R-NOT-09: before release 2021-1 (1 Mar 2021) a deletion did not reach the benefit system', () => {
    assert.deepEqual(absenceNotificationReceivers(citizen(), 'delete', absence(10, '2021-03-05'), '2021-03-01'), [
      jobcentre,
    ]);
  });
});
