// The UDB rules by id: the subscription's closings (R-BAT-07…13), its effective date (R-BAT-14), the Jobnet message
// on removed support needs (R-NOT-12), the jobcentre's alert (R-NOT-14), the message order and the pseudo contact
// (R-NOT-15), the step-4 PDF's end (R-PLAN-24) and the institution contacts' CVR and P-number (R-OTH-11, R-OTH-12).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PersonContact } from '../../../src/domain/personContact.ts';
import type { ContactGroupPeriod } from '../../../src/domain/types.ts';
import {
  completedEducationReceivers,
  inForce,
  institutionIdentifiers,
  inUdbOrder,
  monthAfterClosing,
  noInjunctionPdf,
  supportNeedsRemoved,
  uddannelsesinstitutionService,
  udbAgeClosing,
  udbClosingOnGroupEnd,
  udbCompletedEducationClosing,
  udbContactPerson,
  udbFifteenthBirthday,
  udbFrom15thBirthday,
  udbGroupChangeClosing,
  udbMonthAfterGroupClosing,
  udbPlanTypeChangeClosing,
  udbPublicationEffect,
} from '../../../src/rules/index.ts';
import { citizen } from './fixtures.ts';

const group = (contactGroup: number, startDate: string, endDate: string | null): ContactGroupPeriod => ({
  id: `g-${startDate}`,
  cpr: '0101901234',
  contactGroup,
  startDate,
  endDate,
});
const born = (birthDate: string, groups: ContactGroupPeriod[]) => {
  const c = citizen({ contactGroups: groups });
  return { ...c, person: { ...c.person, birthDate } };
};

test('R-BAT-07: contact group 1 turning 25 → closed with reason 5 on the birthday; contact group 12 → only at 30', () => {
  const inGroup1 = born('1999-04-10', [group(1, '2021-01-01', null)]);
  assert.equal(udbAgeClosing(inGroup1, '2024-04-09'), null);
  assert.deepEqual(udbAgeClosing(inGroup1, '2024-04-10'), { date: '2024-04-10', reason: 5, ruleId: 'R-BAT-07' });
  const inGroup12 = born('1999-04-10', [group(12, '2021-01-01', null)]);
  assert.equal(udbAgeClosing(inGroup12, '2024-04-10'), null);
  assert.equal(udbAgeClosing(inGroup12, '2029-04-09'), null);
  assert.deepEqual(udbAgeClosing(inGroup12, '2029-04-12'), { date: '2029-04-10', reason: 5, ruleId: 'R-BAT-07' });
});

test('R-BAT-08: a change to contact group 2 → reason 7; to 1, 8, 12, 25 or 28 → no closing', () => {
  assert.deepEqual(udbGroupChangeClosing(2, '2024-03-02'), { date: '2024-03-02', reason: 7, ruleId: 'R-BAT-08' });
  for (const g of [1, 8, 12, 25, 28]) assert.equal(udbGroupChangeClosing(g, '2024-03-02'), null);
});

test('R-BAT-09: closed 10 Apr at step 2 → due 1 June (May is the whole month); an admission on 20 May or step 4 → none', () => {
  assert.equal(monthAfterClosing('2024-04-10'), '2024-06-01');
  assert.equal(monthAfterClosing('2024-04-01'), '2024-06-01');
  assert.equal(monthAfterClosing('2024-12-31'), '2025-02-01');
  const facts = (step: number | null, admissions: string[] = []) => ({
    groups: [group(12, '2021-01-01', '2024-04-10')],
    stepOn: () => step,
    admissions,
  });
  assert.equal(udbMonthAfterGroupClosing(facts(2), '2024-05-31'), null);
  assert.deepEqual(udbMonthAfterGroupClosing(facts(2), '2024-06-01'), {
    date: '2024-06-01',
    reason: null,
    ruleId: 'R-BAT-09',
  });
  assert.equal(udbMonthAfterGroupClosing(facts(2, ['2024-05-20']), '2024-06-01'), null);
  assert.equal(udbMonthAfterGroupClosing(facts(4), '2024-06-01'), null);
  assert.equal(
    udbMonthAfterGroupClosing({ ...facts(2), groups: [group(2, '2021-01-01', '2024-04-10')] }, '2024-06-01'),
    null,
    'not one of the UDB contact groups',
  );
  assert.equal(
    udbMonthAfterGroupClosing(
      { ...facts(2), groups: [group(12, '2021-01-01', '2024-04-10'), group(1, '2024-04-11', null)] },
      '2024-06-01',
    ),
    null,
    'a group open again',
  );
});

test('R-BAT-10: a completed vocational education closes the subscription on the day reported', () => {
  assert.deepEqual(udbCompletedEducationClosing('2024-02-28'), {
    date: '2024-02-28',
    reason: null,
    ruleId: 'R-BAT-10',
  });
});

test("R-BAT-11: education plan → jobplan → reason 8; → 'Aftale om opfølgning' in contact group 25 → none, in group 1 → reason 8", () => {
  assert.equal(udbPlanTypeChangeClosing(2, 1, 12, '2024-03-01')?.reason, 8);
  assert.equal(udbPlanTypeChangeClosing(2, 3, 25, '2024-03-01'), null);
  assert.equal(udbPlanTypeChangeClosing(2, 3, 1, '2024-03-01')?.reason, 8);
  assert.equal(udbPlanTypeChangeClosing(1, 3, 1, '2024-03-01'), null, 'not from an education plan');
  assert.equal(udbPlanTypeChangeClosing(2, 2, 1, '2024-03-01'), null);
});

test('R-BAT-12: the jobcentre ending the contact group closes nothing at once', () => {
  assert.equal(udbClosingOnGroupEnd(), null);
});

test('R-BAT-13: a jobplan after an education plan in contact groups 12 and 28 closes; an education plan reopens', () => {
  assert.deepEqual(udbPublicationEffect(2, 1, 12, '2024-03-01'), {
    close: { date: '2024-03-01', reason: 8, ruleId: 'R-BAT-13' },
  });
  assert.ok(udbPublicationEffect(2, 1, 28, '2024-03-01'));
  assert.equal(udbPublicationEffect(2, 1, 1, '2024-03-01'), null, 'R-BAT-11 decides outside 12 and 28');
  assert.deepEqual(udbPublicationEffect(1, 2, 12, '2024-03-01'), { reopen: true });
});

test('R-BAT-14: born 3 Mar 2004 → effective from 3 Mar 2019, from release 2023-4', () => {
  assert.equal(udbFifteenthBirthday('2004-03-03'), '2019-03-03');
  assert.equal(inForce(udbFrom15thBirthday, '2023-12-03'), false);
  assert.equal(inForce(udbFrom15thBirthday, '2024-02-01'), true);
});

test('R-NOT-12: support needs removed at step 1–3 → a message; at step 4, with needs left or none before → none', () => {
  const d = (step: number, supportNeeds: string[]) => ({ planVersionId: 'p', cpr: 'c', step, supportNeeds });
  assert.equal(supportNeedsRemoved(d(2, ['Mentor']), d(2, [])), true);
  assert.equal(supportNeedsRemoved(d(4, ['Mentor']), d(4, [])), false);
  assert.equal(supportNeedsRemoved(d(2, ['Mentor']), d(2, ['Mentor'])), false);
  assert.equal(supportNeedsRemoved(d(2, []), d(2, [])), false);
  assert.equal(supportNeedsRemoved(null, d(2, [])), false);
});

test("R-NOT-14: the alert goes to the young person's jobcentre", () => {
  assert.deepEqual(completedEducationReceivers(citizen()), [
    { organisationType: 8, organisationCode: citizen().person.jobcenterCode, subQueue: null },
  ]);
});

test('R-NOT-15: subscription, support needs, contact person in that order; no type-32 contact → a pseudo contact naming the jobcentre', () => {
  const ordered = inUdbOrder([{ kind: 'kontaktperson' }, { kind: 'stoettebehov' }, { kind: 'abonnement' }] as const);
  assert.deepEqual(
    ordered.map((m) => m.kind),
    ['abonnement', 'stoettebehov', 'kontaktperson'],
  );
  const contact = (contactType: number, endDate: string | null = null): PersonContact => ({
    id: 'c',
    cpr: '0101901234',
    contactType,
    startDate: '2023-01-01',
    endDate,
    externalCaseWorkerId: null,
    givenName: 'Jens',
    surname: 'Jensen',
    phone: null,
    email: null,
    activityId: null,
    authority: { organisationType: 8, organisationCode: '10100' },
  });
  assert.equal(udbContactPerson([], '10100', '2024-03-01').pseudo, true);
  assert.equal(udbContactPerson([contact(33)], '10100', '2024-03-01').pseudo, true);
  assert.equal(udbContactPerson([contact(32, '2023-12-31')], '10100', '2024-03-01').pseudo, true, 'ended');
  assert.deepEqual(udbContactPerson([contact(32)], '10100', '2024-03-01'), {
    pseudo: false,
    jobcenterCode: '10100',
    name: 'Jens Jensen',
    phone: null,
    email: null,
  });
});

test('R-PLAN-24: the step-4 PDF is made before 14 Mar 2022, not from it', () => {
  assert.equal(inForce(noInjunctionPdf, '2022-03-13'), false);
  assert.equal(inForce(noInjunctionPdf, '2022-03-14'), true);
});

test('R-OTH-11, R-OTH-12: a contact gets the CVR and P-number of its institution; the service from release 2022-1', () => {
  assert.deepEqual(institutionIdentifiers({ number: '751421', name: 'X', cvr: '29189846', pNumber: '1003388470' }), {
    cvr: '29189846',
    pNumber: '1003388470',
  });
  assert.deepEqual(institutionIdentifiers(null), { cvr: null, pNumber: null });
  assert.equal(inForce(uddannelsesinstitutionService, '2022-03-13'), false);
  assert.equal(inForce(uddannelsesinstitutionService, '2022-03-14'), true);
});
