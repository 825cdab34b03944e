// The rule units of issue 17 by id: area CV (R-CV-01's IsNUPH, R-CV-03…06), OTH (R-OTH-04, 08, 09, 10) and the
// periods of DEL (R-DEL-03, R-DEL-10…12), each on its own, dated at and around its release.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  answeredCredentials,
  cvAddress,
  cvReadRules,
  cvStatusIsNuph,
  cvStatusRules,
  getsStatisticalPart,
  professionRules,
  screeningRules,
  screeningShown,
  screeningVisibleOnJobnet,
  submittedFormPeriodStart,
  type CvRead,
  type CvStatusCommand,
} from '../../../src/rules/index.ts';
import type { CitizenState } from '../../../src/domain/types.ts';
import { AKASSE_A, AKASSE_B, citizen, contactGroup, JOBCENTER, membership } from './fixtures.ts';

const moved = citizen({
  contactGroups: [contactGroup(1, '2023-06-01')],
  memberships: [membership(AKASSE_A, '2015-01-01', '2024-01-31'), membership(AKASSE_B, '2024-02-01')],
});
const statusBy = (code: string, statusDate: string, over: Partial<CvStatusCommand> = {}): CvStatusCommand => ({
  citizen: moved,
  organisationType: 2,
  organisationCode: code,
  status: 2,
  statusDate,
  inRehabilitation: false,
  ...over,
});
const faultOf = <I>(rules: Parameters<typeof firstViolation<I>>[0], input: I, date: string) => {
  const v = firstViolation(rules, input, date);
  return v ? `${v.ruleId} ${v.fault}` : null;
};

test('R-CV-06: a-kasse A reports a status dated 20 Jan on 5 Feb after the member moved to B on 1 Feb → accepted', () => {
  assert.equal(faultOf(cvStatusRules, statusBy(AKASSE_A, '2024-01-20'), '2024-02-05'), null);
  assert.equal(faultOf(cvStatusRules, statusBy(AKASSE_B, '2024-02-05'), '2024-02-05'), null);
});

test("R-CV-06: a date outside the reporter's membership, or an a-kasse never the member's → 4385 (NoUnemploymentFundRegistration)", () => {
  assert.equal(
    faultOf(cvStatusRules, statusBy(AKASSE_A, '2024-02-01'), '2024-02-05'),
    'R-CV-06 NoUnemploymentFundRegistration',
  );
  assert.equal(
    faultOf(cvStatusRules, statusBy(AKASSE_B, '2024-01-20'), '2024-02-05'),
    'R-CV-06 NoUnemploymentFundRegistration',
  );
  assert.equal(
    faultOf(cvStatusRules, statusBy('99', '2024-02-05'), '2024-02-05'),
    'R-CV-06 NoUnemploymentFundRegistration',
  );
});

test('R-CV-06: before release 2022-1 only the a-kasse of the day of the report could report, whatever the status date', () => {
  const before = citizen({
    memberships: [membership(AKASSE_A, '2015-01-01', '2022-01-31'), membership(AKASSE_B, '2022-02-01')],
  });
  const cmd = statusBy(AKASSE_A, '2022-01-20', { citizen: before });
  assert.equal(faultOf(cvStatusRules, cmd, '2022-02-05'), 'R-CV-06 NoUnemploymentFundRegistration');
  assert.equal(faultOf(cvStatusRules, cmd, '2022-03-14'), null);
});

test('R-CV-06: a jobcentre is not an a-kasse: its status is not checked against memberships', () => {
  assert.equal(
    faultOf(cvStatusRules, statusBy(JOBCENTER, '2024-02-05', { organisationType: 8, status: 5 }), '2024-02-05'),
    null,
  );
});

test('R-CV-04: a dagpenge recipient with an open rehabilitation process → the a-kasse’s CV approval is accepted from release 2022-1, refused before', () => {
  const rehab = citizen({
    contactGroups: [contactGroup(1, '2021-01-01')],
    memberships: [membership(AKASSE_A, '2015-01-01')],
  });
  const cmd = statusBy(AKASSE_A, '2022-03-14', { citizen: rehab, inRehabilitation: true });
  assert.equal(faultOf(cvStatusRules, cmd, '2022-03-14'), null);
  const earlier = { ...cmd, statusDate: '2022-03-13' };
  assert.equal(faultOf(cvStatusRules, earlier, '2022-03-13'), 'R-CV-04 CvApprovalInRehabilitationRefused');
  assert.equal(faultOf(cvStatusRules, { ...earlier, inRehabilitation: false }, '2022-03-13'), null);
});

test('R-CV-01: CV status 5 is a NUPH (IsNUPH) before release 2023-4 and not from it; no other status ever is', () => {
  assert.equal(cvStatusIsNuph(5, '2023-12-03'), true);
  assert.equal(cvStatusIsNuph(5, '2023-12-10'), false);
  assert.equal(cvStatusIsNuph(2, '2023-12-03'), false);
});

const read = (over: Partial<CvRead>): CvRead => ({ source: 'Jobnet', address: 'Vestergade 1', jobCodes: [], ...over });

test('R-CV-05: the CV of an administrative CPR number without an address is read with address Ukendt; before 2022-1 the read failed', () => {
  assert.equal(faultOf(cvReadRules, read({ address: null }), '2022-03-14'), null);
  assert.equal(cvAddress(null, '2022-03-14'), 'Ukendt');
  assert.equal(cvAddress('Vestergade 1', '2022-03-14'), 'Vestergade 1');
  assert.equal(faultOf(cvReadRules, read({ address: null }), '2022-03-13'), 'R-CV-05 CvWithoutAddressFailed');
});

test('R-CV-03: a LetAsyl CV with an experience without a job code is read from release 2023-4; before, it failed; a Jobnet one never did', () => {
  const letAsyl = read({ source: 'LetAsyl', jobCodes: ['7115', null] });
  assert.equal(faultOf(cvReadRules, letAsyl, '2023-12-04'), null);
  assert.equal(faultOf(cvReadRules, letAsyl, '2023-12-03'), 'R-CV-03 LetAsylCvWithoutJobCodeFailed');
  assert.equal(faultOf(cvReadRules, read({ jobCodes: [null] }), '2023-12-03'), null);
});

const profession = (
  conceptUriDa: string | null,
  aliasIdentifier: string | null = null,
  disco: number | null = null,
) => ({
  conceptUriDa,
  aliasIdentifier,
  discoWebIdentifier: disco,
});

test('R-OTH-04: a registration with "Tømrer" twice → rejected; "Tømrer" and "Snedker" → accepted', () => {
  const twice = { professions: [profession('esco:toemrer'), profession('esco:toemrer')] };
  assert.equal(faultOf(professionRules, twice, '2022-03-14'), 'R-OTH-04 DuplicateProfession');
  assert.equal(
    faultOf(professionRules, { professions: [profession('esco:toemrer'), profession('esco:snedker')] }, '2022-03-14'),
    null,
  );
  assert.equal(faultOf(professionRules, twice, '2022-03-13'), null, 'validation added in 2022-1');
});

test('R-OTH-04: an alias counts on its own: the same alias twice is refused, a title with one of its aliases is not', () => {
  const alias = 'A11A0000-0000-0000-0000-000000000001';
  assert.equal(
    faultOf(
      professionRules,
      { professions: [profession('t', alias), profession('t', alias.toLowerCase())] },
      '2024-01-01',
    ),
    'R-OTH-04 DuplicateProfession',
  );
  assert.equal(
    faultOf(professionRules, { professions: [profession('t'), profession('t', alias)] }, '2024-01-01'),
    null,
  );
  assert.equal(
    faultOf(
      professionRules,
      { professions: [profession(null, null, 5141), profession(null, null, 5141)] },
      '2024-01-01',
    ),
    'R-OTH-04 DuplicateProfession',
  );
});

test("R-OTH-08: from release 2022-1 the registration answers 'Ukendt' and 'Ukendt'; before it the generated credentials", () => {
  const generated = { userName: 'jnabc', password: 'secret' };
  assert.deepEqual(answeredCredentials(generated, '2022-03-14'), { userName: 'Ukendt', password: 'Ukendt' });
  assert.deepEqual(answeredCredentials(generated, '2022-03-13'), generated);
});

test('R-OTH-09: a form submitted on 15 Mar 2022 has no statistical part; on 1 Mar 2022 a dagpenge recipient’s has one, a cash-benefit recipient’s never', () => {
  assert.equal(getsStatisticalPart(1, '2022-03-15'), false);
  assert.equal(getsStatisticalPart(1, '2022-03-01'), true);
  assert.equal(getsStatisticalPart(2, '2022-03-01'), false);
  assert.equal(getsStatisticalPart(12, '2022-03-01'), false);
});

const living = (municipalityCode: string, group: number, category: number | null = null): CitizenState => {
  const c = citizen({
    contactGroups: [contactGroup(group, '2021-01-01')],
    personCategories:
      category === null
        ? []
        : [
            {
              id: 'pc',
              cpr: '0101901234',
              category,
              startDate: '2021-01-01',
              endDate: null,
              registeredBy: { organisationType: 8, organisationCode: JOBCENTER },
              registeredOn: '2021-01-01',
            },
          ],
  });
  return { ...c, person: { ...c.person, municipalityCode } };
};

test('R-OTH-10: a dagpenge recipient in Horsens opens the form in 2021 → the screening variant; one in Odense → not', () => {
  assert.equal(screeningShown(living('615', 1), '2021-06-01'), true);
  assert.equal(screeningShown(living('461', 1), '2021-06-01'), false);
  assert.equal(
    firstViolation(screeningRules, { citizen: living('461', 1), answered: true }, '2021-06-01')?.fault,
    'ScreeningNotOffered',
  );
  assert.equal(firstViolation(screeningRules, { citizen: living('461', 1), answered: false }, '2021-06-01'), null);
});

test('R-OTH-10: job-ready cash-benefit recipients are in the target group, other cash-benefit recipients are not; the pilot runs 15 Mar 2021 to 31 Dec 2022', () => {
  assert.equal(screeningShown(living('751', 2, 4), '2021-06-01'), true);
  assert.equal(screeningShown(living('751', 2, 5), '2021-06-01'), false);
  assert.equal(screeningShown(living('751', 2), '2021-06-01'), false);
  assert.equal(screeningShown(living('615', 1), '2021-03-14'), false);
  assert.equal(screeningShown(living('615', 1), '2022-12-31'), true);
  assert.equal(screeningShown(living('615', 1), '2023-01-01'), false);
});

test('R-DEL-03: a result submitted on 1 Apr 2021 is visible on Jobnet until 30 Jun 2021', () => {
  assert.equal(screeningVisibleOnJobnet('2021-04-01', '2021-06-30'), true);
  assert.equal(screeningVisibleOnJobnet('2021-04-01', '2021-07-01'), false);
});

test('R-DEL-10: the 6 months count from the submission from release 2022-1, from the start of filling before it', () => {
  assert.equal(submittedFormPeriodStart('2022-03-14'), 'submitted');
  assert.equal(submittedFormPeriodStart('2022-03-13'), 'started');
});
