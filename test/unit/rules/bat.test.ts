// The BAT rules of the inbound feeds and the 19-day batch, and R-OTH-02, by id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PersonCategory } from '../../../src/domain/personCategory.ts';
import type { PersonCategoryPeriod } from '../../../src/domain/types.ts';
import {
  applicantDeadline,
  applicationGranted,
  benefitGranted,
  emigratedStayWithJobcentre,
  handoverDatesFollowCpr,
  inForce,
  JOBCENTER_KOEBENHAVN,
  jobcentreAfterEmigration,
  overdueApplication,
  tablesFollowingNewCpr,
  whileInForce,
} from '../../../src/rules/index.ts';
import { citizen } from './fixtures.ts';

// The applicant/recipient state is the person category 2 'Ansøger' / 3 'Modtager' (D-265).
const { Ansoeger: ansoeger, Modtager: modtager } = PersonCategory;
const period = (category: number, startDate: string, endDate: string | null = null): PersonCategoryPeriod => ({
  id: `p-${startDate}`,
  cpr: '0101901234',
  category,
  startDate,
  endDate,
  registeredBy: { organisationType: 8, organisationCode: '10100' },
  registeredOn: startDate,
});

test('R-BAT-02: an applicant in contact group 2 registered 20 days ago is overdue; 19 days ago is not', () => {
  const twenty = [period(ansoeger, '2024-03-05')];
  assert.equal(overdueApplication(twenty, 2, '2024-03-25'), twenty[0]);
  assert.equal(overdueApplication([period(ansoeger, '2024-03-06')], 2, '2024-03-25'), null);
});

test('R-BAT-02: an applicant in contact group 1, a recipient, or one with an ended applicant period is not overdue', () => {
  assert.equal(overdueApplication([period(ansoeger, '2024-01-01')], 1, '2024-03-25'), null);
  assert.equal(overdueApplication([period(ansoeger, '2024-01-01')], null, '2024-03-25'), null);
  assert.equal(overdueApplication([period(modtager, '2024-01-01')], 12, '2024-03-25'), null);
  assert.equal(overdueApplication([period(ansoeger, '2024-01-01', '2024-02-01')], 12, '2024-03-25'), null);
});

test("R-BAT-02: an assessed person category (4–15) or 'Ikke visiteret' is no applicant period", () => {
  for (const other of [PersonCategory.IkkeVisiteret, 4, 15])
    assert.equal(overdueApplication([period(other, '2024-01-01')], 2, '2024-03-25'), null, `category ${other}`);
});

test('R-BAT-02: the batch runs from release 2023-4 (it had not been running before)', () => {
  assert.equal(inForce(applicantDeadline, '2023-12-03'), false);
  assert.equal(inForce(applicantDeadline, '2023-12-04'), true);
});

test("R-BAT-03: 'Ydelse er givet' ends the open applicant period of a citizen in groups 2, 12, 26-29", () => {
  const open = period(ansoeger, '2024-03-01');
  for (const group of [2, 12, 26, 27, 28, 29]) assert.equal(applicationGranted([open], group, '2024-03-20'), open);
  assert.equal(applicationGranted([open], 1, '2024-03-20'), null, 'contact group 1: untouched');
  assert.equal(applicationGranted([period(modtager, '2024-03-01')], 12, '2024-03-20'), null, 'a recipient already');
  assert.equal(
    whileInForce(benefitGranted, '2023-12-01', null, () => applicationGranted([open], 12, '2024-03-20')),
    null,
  );
});

test('R-BAT-15: an emigrated or missing citizen stays with their latest jobcentre from release 2023-3; before it, København', () => {
  const aarhus = citizen().person;
  const after = { ...aarhus, jobcenterCode: '75100' };
  const jobcentre = (date: string) =>
    whileInForce(emigratedStayWithJobcentre, date, JOBCENTER_KOEBENHAVN, () => jobcentreAfterEmigration(after));
  assert.equal(jobcentre('2023-10-01'), '75100');
  assert.equal(jobcentre('2023-09-17'), JOBCENTER_KOEBENHAVN);
});

test('R-OTH-02: from release 2023-4 the handover dates follow the new CPR number; before it they stay', () => {
  const tables = ['absence', 'asylum_handover', 'contact_group'];
  const isHandover = (t: string) => t === 'asylum_handover';
  const follows = (date: string) => whileInForce(handoverDatesFollowCpr, date, false, () => true);
  assert.deepEqual(tablesFollowingNewCpr(tables, isHandover, follows('2023-12-04')), tables);
  assert.deepEqual(tablesFollowingNewCpr(tables, isHandover, follows('2023-12-03')), ['absence', 'contact_group']);
});
