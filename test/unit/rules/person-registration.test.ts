// PersonRegistrationService and Borgerindsats.AsylovergivelseService, rules by id: R-OTH-01 (the new service from
// release 2023-4), R-OTH-03 (a jobcentre updates a marking STAR changed last; refused before 2023-4), R-OTH-05 (the
// jobcentre affiliation of an unregistered citizen in contact group 1 without an a-kasse; failed before 2022-1),
// R-BAT-01 (the move batch resets the person category, but not after the new jobcentre's manual takeover), and the
// person-category matrix.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { absenceNeverWithCategory, shortTemporaryWorkRefused } from '../../../src/domain/absenceCategoryMatrix.ts';
import { APPLICANT_CONTACT_GROUPS, PersonCategory, categoryAdmitted } from '../../../src/domain/personCategory.ts';
import type { JobcentreChange } from '../../../src/domain/personCategory.ts';
import type { PersonGroupMarking } from '../../../src/domain/plan.ts';
import type { AuthorityActor, PersonCategoryPeriod } from '../../../src/domain/types.ts';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  asylovergivelseRules,
  categoryAfterMove,
  jobcentreChangeRules,
  personGroupMarkingUpdateRules,
} from '../../../src/rules/index.ts';
import { CPR, JOBCENTER, MUNICIPALITY, citizen, contactGroup, enrollment, membership, star } from './fixtures.ts';

const B = '75100'; // the jobcentre of municipality 751
const jobcentreB = { organisationType: 8, organisationCode: B };

describe('R-OTH-01 Borgerindsats.AsylovergivelseService', () => {
  test('R-OTH-01: refused before release 2023-4 (5212), served from 4 December 2023', () => {
    assert.equal(
      firstViolation(asylovergivelseRules, { cpr: CPR }, '2023-12-03')?.fault,
      'AsylovergivelseServiceNotYetAvailable',
    );
    assert.equal(firstViolation(asylovergivelseRules, { cpr: CPR }, '2023-12-04'), null);
  });
});

describe('R-OTH-03 person-group markings last changed by STAR', () => {
  const marking = (organisationType: number, organisationCode: string): PersonGroupMarking => ({
    id: '3f2504e0-4f89-41d3-9a0c-000000000007',
    cpr: CPR,
    stateProject: 1,
    startDate: '2023-06-01',
    endDate: null,
    registeredBy: { organisationType, organisationCode },
    registeredAt: '2023-06-01T12:00:00+02:00',
  });
  const jc = {
    kind: 'authority',
    organisationType: 8,
    organisationCode: JOBCENTER,
    userIdentifier: 'u',
    userType: 2,
  } as AuthorityActor;
  test('R-OTH-03: from release 2023-4 a jobcentre updates a marking STAR changed last', () => {
    assert.equal(
      firstViolation(personGroupMarkingUpdateRules, { before: marking(1, 'STAR'), actor: jc }, '2024-01-10'),
      null,
    );
  });
  test('R-OTH-03: before release 2023-4 that update was refused (5208); a jobcentre-changed marking was not', () => {
    assert.equal(
      firstViolation(personGroupMarkingUpdateRules, { before: marking(1, 'STAR'), actor: jc }, '2023-11-30')?.fault,
      'MarkingLastChangedByStar',
    );
    assert.equal(
      firstViolation(personGroupMarkingUpdateRules, { before: marking(8, JOBCENTER), actor: jc }, '2023-11-30'),
      null,
    );
    assert.equal(
      firstViolation(
        personGroupMarkingUpdateRules,
        { before: marking(1, 'STAR'), actor: star as AuthorityActor },
        '2023-11-30',
      ),
      null,
    );
  });
});

describe('R-OTH-05 jobcentre affiliation of an unregistered citizen in contact group 1 without an a-kasse', () => {
  const unregistered = citizen({
    contactGroups: [contactGroup(1, '2021-06-01')],
    memberships: [membership('81', '2020-01-01', '2021-12-31')],
    enrollments: [enrollment(1, '2021-06-01', { endDate: '2021-12-01' })],
  });
  const change = (date: string) => ({ citizen: unregistered, jobcenterCode: B, date });
  test('R-OTH-05: from release 2022-1 the change succeeds', () => {
    assert.equal(firstViolation(jobcentreChangeRules, change('2022-03-14'), '2022-03-14'), null);
  });
  test('R-OTH-05: before release 2022-1 it failed (5205); a member or an enrolled citizen was not affected', () => {
    assert.equal(
      firstViolation(jobcentreChangeRules, change('2022-03-13'), '2022-03-13')?.fault,
      'JobcentreChangeFailedBefore2022_1',
    );
    const member = { ...unregistered, memberships: [membership('81', '2020-01-01')] };
    assert.equal(
      firstViolation(jobcentreChangeRules, { ...change('2022-03-13'), citizen: member }, '2022-03-13'),
      null,
    );
    const enrolled = { ...unregistered, enrollments: [enrollment(1, '2021-06-01')] };
    assert.equal(
      firstViolation(jobcentreChangeRules, { ...change('2022-03-13'), citizen: enrolled }, '2022-03-13'),
      null,
    );
    const group2 = { ...unregistered, contactGroups: [contactGroup(2, '2021-06-01')] };
    assert.equal(
      firstViolation(jobcentreChangeRules, { ...change('2022-03-13'), citizen: group2 }, '2022-03-13'),
      null,
    );
  });
});

describe('R-BAT-01 the move batch and the person category', () => {
  const category = (
    c: number,
    registeredBy = { organisationType: 8, organisationCode: JOBCENTER },
    registeredOn = '2023-01-10',
  ): PersonCategoryPeriod => ({
    id: `pc-${c}-${registeredOn}`,
    cpr: CPR,
    category: c,
    startDate: registeredOn,
    endDate: null,
    registeredBy,
    registeredOn,
  });
  const move = { cpr: CPR, date: '2024-03-01', municipalityCode: '751', jobcenterCode: B };
  const takeover: JobcentreChange = {
    id: 'tk',
    cpr: CPR,
    fromJobcenterCode: JOBCENTER,
    jobcenterCode: B,
    changeDate: '2024-03-03',
    registeredBy: jobcentreB,
    registeredAt: '2024-03-03T10:00:00+01:00',
  };
  const takenOver = citizen({ personCategories: [category(5, jobcentreB, '2024-03-03')] });
  takenOver.person = { ...takenOver.person, jobcenterCode: B };

  test("R-BAT-01: a move resets the category to 'Ikke visiteret'", () => {
    const c = citizen({ personCategories: [category(5)] });
    assert.equal(categoryAfterMove(c, move, [], '2024-03-05').kind, 'reset');
  });
  test('R-BAT-01: the new jobcentre took over on 3 March and set the category; the move (1 March) arrives 5 March → kept', () => {
    const after = categoryAfterMove(takenOver, move, [takeover], '2024-03-05');
    assert.deepEqual(after, { kind: 'kept', takeover });
  });
  test('R-BAT-01: a takeover without the new jobcentre categorising after it → reset', () => {
    const oldCategory = citizen({ personCategories: [category(5)] });
    oldCategory.person = { ...oldCategory.person, jobcenterCode: B };
    assert.equal(categoryAfterMove(oldCategory, move, [takeover], '2024-03-05').kind, 'reset');
    // a change registered by STAR, not the jobcentre itself, is no manual takeover
    const byStar = { ...takeover, registeredBy: { organisationType: 1, organisationCode: 'STAR' } };
    assert.equal(categoryAfterMove(takenOver, move, [byStar], '2024-03-05').kind, 'reset');
  });
  test('R-BAT-01: before release 2023-4 the batch reset even after a takeover', () => {
    const early = { ...move, date: '2023-11-01' };
    const t = { ...takeover, changeDate: '2023-11-02' };
    const c = citizen({ personCategories: [category(5, jobcentreB, '2023-11-02')] });
    c.person = { ...c.person, jobcenterCode: B };
    assert.equal(categoryAfterMove(c, early, [t], '2023-11-03').kind, 'reset');
    assert.equal(categoryAfterMove(c, early, [t], '2023-12-04').kind, 'kept');
  });
  test('R-BAT-01: an applicant or recipient (registration categories 2/3, D-265) is no assessment: a move keeps them, whoever registered them', () => {
    for (const c of [PersonCategory.Ansoeger, PersonCategory.Modtager]) {
      const byJobcentre = citizen({ personCategories: [category(c)] });
      assert.equal(categoryAfterMove(byJobcentre, move, [], '2024-03-05').kind, 'unchanged', `category ${c}`);
      const byDfdg = citizen({ personCategories: [category(c, { organisationType: 0, organisationCode: 'DFDG' })] });
      assert.equal(categoryAfterMove(byDfdg, move, [takeover], '2024-03-05').kind, 'unchanged', `KY's ${c}`);
    }
  });
  test("R-BAT-01: no category, already 'Ikke visiteret', or no change of municipality → unchanged", () => {
    assert.equal(categoryAfterMove(citizen(), move, [], '2024-03-05').kind, 'unchanged');
    const notAssessed = citizen({ personCategories: [category(PersonCategory.IkkeVisiteret)] });
    assert.equal(categoryAfterMove(notAssessed, move, [], '2024-03-05').kind, 'unchanged');
    const same = { ...move, municipalityCode: MUNICIPALITY };
    assert.equal(
      categoryAfterMove(citizen({ personCategories: [category(5)] }), same, [], '2024-03-05').kind,
      'unchanged',
    );
  });
});

describe('the person-category matrix', () => {
  test("applicant and recipient only in contact groups 2, 12, 26–29; 'Ikke visiteret' and 4–15 anywhere", () => {
    for (const g of [1, 2, 5, 12, 26, 29]) {
      assert.equal(categoryAdmitted(PersonCategory.Ansoeger, g), APPLICANT_CONTACT_GROUPS.has(g), `applicant in ${g}`);
      assert.equal(categoryAdmitted(PersonCategory.Modtager, g), APPLICANT_CONTACT_GROUPS.has(g), `recipient in ${g}`);
      assert.equal(categoryAdmitted(PersonCategory.IkkeVisiteret, g), true);
      assert.equal(categoryAdmitted(7, g), true);
    }
  });
});

describe('the recovered part of the absence × person category matrix (D-267)', () => {
  test('VA-47: 4654 only for a category (4–15) that no cell of the absence row names', () => {
    assert.equal(absenceNeverWithCategory(9, 6), true, 'Friperiode names only 4, 5, 8');
    assert.equal(absenceNeverWithCategory(9, 5), false);
    assert.equal(absenceNeverWithCategory(1, 12), true, 'Uddannelse names 4–11');
    assert.equal(absenceNeverWithCategory(1, 11), false);
    assert.equal(absenceNeverWithCategory(2, 7), true, 'MidlertidigtArbejde names 4, 5, 6, 8–11');
    for (const everyCategory of [3, 4, 8, 10, 11])
      assert.equal(absenceNeverWithCategory(everyCategory, 15), false, `row ${everyCategory} names every category`);
    assert.equal(absenceNeverWithCategory(5, 15), false, 'row 5 was not retrieved: nothing refused');
    assert.equal(absenceNeverWithCategory(77, 15), false, 'types 12 and up were not retrieved');
    for (const ours of [PersonCategory.IkkeVisiteret, PersonCategory.Ansoeger, PersonCategory.Modtager])
      assert.equal(absenceNeverWithCategory(9, ours), false, `the facade's category ${ours} is not the matrix's`);
  });
  test('VA-44: 4592 for temporary work of fewer than 15 days (both days counted) in such a category only', () => {
    const work = (startDate: string, endDate: string | null, absenceType = 2) => ({ absenceType, startDate, endDate });
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', '2024-03-23'), 7), true, '14 days');
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', '2024-03-24'), 7), false, '15 days');
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', null), 7), false, 'open-ended');
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', '2024-03-11'), 4), false, 'category 4 may');
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', '2024-03-11'), null), false, 'no category');
    assert.equal(shortTemporaryWorkRefused(work('2024-03-10', '2024-03-11', 1), 15), false, 'another type');
  });
});
