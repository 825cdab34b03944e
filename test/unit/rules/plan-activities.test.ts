// The activity rules (ActivityService) of area PLAN (R-PLAN-07, 08, 11, 12, 19, 21, 22, 23), each on its accepted and refused side
// and at the edges of its period, and the one table of NUPH-triggering status/reason combinations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ActivationType, type Activity, type ActivityFields } from '../../../src/domain/activity.ts';
import type { Actor, IsoDate } from '../../../src/domain/types.ts';
import { firstViolation, inForce, type Violation } from '../../../src/rules/engine.ts';
import { activityRules, type ActivityCommand } from '../../../src/rules/index.ts';
import { ActivityStatus, ActivityStatusReason, triggersNuph } from '../../../src/rules/plan/nuph-triggers.ts';
import { onlyJobcentreRegistersOffers } from '../../../src/rules/plan/r-plan-07-only-jobcentre-registers-offers.ts';
import { akasseCourseActivities } from '../../../src/rules/plan/r-plan-08-akasse-course-activities.ts';
import { nuphReasonRemark, revertingReasonRemark } from '../../../src/rules/plan/r-plan-11-nuph-reason-remark.ts';
import { hourlySubsidyRates } from '../../../src/rules/plan/r-plan-19-hourly-subsidy-rates.ts';
import { healthCodelist2022 } from '../../../src/rules/plan/r-plan-21-health-codelist.ts';
import { socialCodelist2022 } from '../../../src/rules/plan/r-plan-22-social-codelist.ts';
import { courseCodelist2022 } from '../../../src/rules/plan/r-plan-23-course-codelist.ts';
import { CPR, akasse, jobcenter } from './fixtures.ts';

const DAY: IsoDate = '2024-03-04';

const course = (more: Partial<ActivityFields> = {}): ActivityFields => ({
  activationType: ActivationType.Kursus,
  courseCategory: 26,
  healthType: null,
  socialType: null,
  grantFrame: null,
  hourlySubsidyRate: null,
  startDate: '2024-03-11',
  endDate: null,
  status: null,
  statusReason: null,
  reasonRemark: null,
  responsibleAuthority: {
    authorityCode: '10100',
    authorityName: 'Jobcenter København',
    organisationType: 8,
    caseWorker: { givenName: 'Mette', middleName: null, surname: 'Sagsbehandler', telephone: null },
  },
  bottleneckSector: null,
  hoursPerWeek: null,
  minutesPerWeek: null,
  contact: null,
  ...more,
});

const stored = (fields: ActivityFields, more: Partial<Activity> = {}): Activity => ({
  ...fields,
  id: 'a-1',
  cpr: CPR,
  nuphOpen: false,
  registeredBy: jobcenter(),
  registeredOn: '2024-03-01',
  version: 1,
  ...more,
});

const create = (after: ActivityFields, actor: Actor = jobcenter(), dagpengeRecipient = true): ActivityCommand => ({
  kind: 'create',
  before: null,
  after,
  actor,
  dagpengeRecipient,
});
const update = (
  before: Activity,
  after: ActivityFields,
  actor: Actor = jobcenter(),
  dagpengeRecipient = true,
): ActivityCommand => ({ kind: 'update', before, after, actor, dagpengeRecipient });

const result = (v: Violation | null) => (v === null ? 'accepted' : `${v.ruleId} ${v.fault}`);

const remark = (n: number) => 'x'.repeat(n);
const udeblevet = { status: ActivityStatus.Afbrudt, statusReason: ActivityStatusReason.Udeblevet };

describe('R-PLAN-07 only the jobcentre registers LAB offers', () => {
  test("R-PLAN-07: an a-kasse creating a 'Virksomhedspraktik' is refused (AkasseActivityNotAllowed)", () => {
    const praktik = course({ activationType: ActivationType.Virksomhedspraktik, courseCategory: null });
    assert.equal(
      result(onlyJobcentreRegistersOffers.evaluate(create(praktik, akasse()), DAY)),
      'R-PLAN-07 AkasseActivityNotAllowed',
    );
  });
  test('R-PLAN-07: the jobcentre creating the same activity is accepted', () => {
    const praktik = course({ activationType: ActivationType.Virksomhedspraktik, courseCategory: null });
    assert.equal(result(onlyJobcentreRegistersOffers.evaluate(create(praktik), DAY)), 'accepted');
  });
  test("R-PLAN-07: an a-kasse's Kursus is left to R-PLAN-08", () => {
    assert.equal(result(onlyJobcentreRegistersOffers.evaluate(create(course(), akasse()), DAY)), 'accepted');
  });
  test('R-PLAN-07: in force from release 2023-4 (2023-12-04)', () => {
    assert.equal(inForce(onlyJobcentreRegistersOffers, '2023-12-03'), false);
    assert.equal(inForce(onlyJobcentreRegistersOffers, '2023-12-04'), true);
  });
});

describe('R-PLAN-08 a-kasse activities: Kursus, course category 52, grant frame 16', () => {
  test('R-PLAN-08: the a-kasse creates a Kursus with category 52 and frame 16 → accepted', () => {
    const own = course({ courseCategory: 52, grantFrame: 16 });
    assert.equal(result(akasseCourseActivities.evaluate(create(own, akasse()), DAY)), 'accepted');
  });
  test("R-PLAN-08: a Kursus with category 26 'AMU' from the a-kasse → refused", () => {
    const amu = course({ courseCategory: 26, grantFrame: 16 });
    assert.equal(
      result(akasseCourseActivities.evaluate(create(amu, akasse()), DAY)),
      'R-PLAN-08 AkasseActivityNotAllowed',
    );
  });
  test('R-PLAN-08: category 52 without grant frame 16 from the a-kasse → refused; the same from the jobcentre → accepted', () => {
    const noFrame = course({ courseCategory: 52 });
    assert.equal(
      result(akasseCourseActivities.evaluate(create(noFrame, akasse()), DAY)),
      'R-PLAN-08 AkasseActivityNotAllowed',
    );
    assert.equal(result(akasseCourseActivities.evaluate(create(noFrame), DAY)), 'accepted');
  });
});

describe('R-PLAN-11 a NUPH-triggering status/reason needs a remark of at least 20 characters', () => {
  const before = stored(course());
  test('R-PLAN-11: a triggering status/reason with a 19-character remark → refused (ReasonRemarkTooShort)', () => {
    const after = course({ ...udeblevet, reasonRemark: remark(19) });
    assert.equal(result(nuphReasonRemark.evaluate(update(before, after), DAY)), 'R-PLAN-11 ReasonRemarkTooShort');
  });
  test('R-PLAN-11: the same with a 20-character remark → accepted', () => {
    const after = course({ ...udeblevet, reasonRemark: remark(20) });
    assert.equal(result(nuphReasonRemark.evaluate(update(before, after), DAY)), 'accepted');
  });
  test('R-PLAN-11: surrounding blanks do not count; letters outside ASCII count once each', () => {
    const padded = course({ ...udeblevet, reasonRemark: `  ${remark(19)}  ` });
    assert.equal(result(nuphReasonRemark.evaluate(update(before, padded), DAY)), 'R-PLAN-11 ReasonRemarkTooShort');
    const danish = course({ ...udeblevet, reasonRemark: 'æøå'.repeat(7) }); // 21 characters
    assert.equal(result(nuphReasonRemark.evaluate(update(before, danish), DAY)), 'accepted');
  });
  test('R-PLAN-11: a citizen who is not a dagpenge recipient needs no remark; a non-triggering status neither', () => {
    const after = course({ ...udeblevet });
    assert.equal(result(nuphReasonRemark.evaluate(update(before, after, jobcenter(), false), DAY)), 'accepted');
    const done = course({ status: ActivityStatus.Afbrudt, statusReason: ActivityStatusReason.Job });
    assert.equal(result(nuphReasonRemark.evaluate(update(before, done), DAY)), 'accepted');
  });
  test('R-PLAN-11: an update that keeps the triggering status/reason does not ask again', () => {
    const already = stored(course({ ...udeblevet, reasonRemark: remark(25) }), { nuphOpen: true });
    const after = course({ ...udeblevet, endDate: '2024-04-30' });
    assert.equal(result(nuphReasonRemark.evaluate(update(already, after), DAY)), 'accepted');
  });
  test('R-PLAN-11: not in force before release 2023-4', () => {
    assert.equal(inForce(nuphReasonRemark, '2023-12-03'), false);
    assert.equal(inForce(nuphReasonRemark, '2023-12-04'), true);
  });
});

describe('R-PLAN-12 reverting to a non-triggering combination needs the same remark', () => {
  const withNuph = stored(course({ ...udeblevet, reasonRemark: remark(25) }), { nuphOpen: true });
  test('R-PLAN-12: reverting an activity with a NUPH with an empty remark → refused', () => {
    const after = course({ status: ActivityStatus.Igangvaerende, statusReason: null });
    assert.equal(
      result(revertingReasonRemark.evaluate(update(withNuph, after), DAY)),
      'R-PLAN-12 ReasonRemarkTooShort',
    );
  });
  test('R-PLAN-12: with a remark of 25 characters → accepted', () => {
    const after = course({ status: ActivityStatus.Igangvaerende, statusReason: null, reasonRemark: remark(25) });
    assert.equal(result(revertingReasonRemark.evaluate(update(withNuph, after), DAY)), 'accepted');
  });
  test('R-PLAN-12: an activity without a NUPH changes status freely', () => {
    const after = course({ status: ActivityStatus.Igangvaerende, statusReason: null });
    assert.equal(result(revertingReasonRemark.evaluate(update(stored(course()), after), DAY)), 'accepted');
  });
});

describe('the NUPH-triggering combinations (one table, D-192)', () => {
  test('R-PLAN-11: triggersNuph reads the table: Afbrudt/Udeblevet triggers, Afbrudt/Job and a status without reason do not', () => {
    assert.equal(triggersNuph(udeblevet), true);
    assert.equal(triggersNuph({ status: ActivityStatus.Afbrudt, statusReason: ActivityStatusReason.Job }), false);
    assert.equal(triggersNuph({ status: ActivityStatus.Afbrudt, statusReason: null }), false);
    assert.equal(triggersNuph({ status: null, statusReason: null }), false);
  });
});

describe('R-PLAN-19 hourly subsidy rates 1 and 2 on activity types 14, 38, 39, 40', () => {
  const job = (activationType: number, hourlySubsidyRate: number | null) =>
    course({ activationType, courseCategory: null, hourlySubsidyRate });
  test('R-PLAN-19: an activity of type 38 with rate 2 → accepted', () => {
    assert.equal(result(hourlySubsidyRates.evaluate(create(job(38, 2)), DAY)), 'accepted');
  });
  test('R-PLAN-19: an activity of type 38 with rate 3 → refused (HourlySubsidyRateNotAllowed)', () => {
    assert.equal(result(hourlySubsidyRates.evaluate(create(job(38, 3)), DAY)), 'R-PLAN-19 HourlySubsidyRateNotAllowed');
  });
  test('R-PLAN-19: types 14, 39, 40 alike; another type is not limited', () => {
    for (const t of [14, 39, 40])
      assert.notEqual(result(hourlySubsidyRates.evaluate(create(job(t, 3)), DAY)), 'accepted');
    assert.equal(
      result(hourlySubsidyRates.evaluate(create(job(ActivationType.Virksomhedspraktik, 3)), DAY)),
      'accepted',
    );
  });
  test('R-PLAN-19: in force from release 2022-1 (2022-03-14)', () => {
    assert.equal(inForce(hourlySubsidyRates, '2022-03-13'), false);
    assert.equal(inForce(hourlySubsidyRates, '2022-03-14'), true);
  });
});

describe('R-PLAN-21 health activity 7 retired, 8 new', () => {
  const health = (healthType: number) =>
    course({ activationType: ActivationType.Sundhedsindsats, courseCategory: null, healthType });
  test('R-PLAN-21: create a health activity with id 7 → refused (RetiredActivityValue)', () => {
    assert.equal(result(healthCodelist2022.evaluate(create(health(7)), DAY)), 'R-PLAN-21 RetiredActivityValue');
  });
  test("R-PLAN-21: update an existing id-7 activity's end date → accepted", () => {
    const before = stored(health(7));
    assert.equal(
      result(healthCodelist2022.evaluate(update(before, { ...health(7), endDate: '2024-06-30' }), DAY)),
      'accepted',
    );
  });
  test('R-PLAN-21: create one with id 8 → accepted; before 2022-1 id 7 was still open', () => {
    assert.equal(result(healthCodelist2022.evaluate(create(health(8)), DAY)), 'accepted');
    assert.equal(result(healthCodelist2022.evaluate(create(health(7)), '2022-03-13')), 'accepted');
  });
});

describe('R-PLAN-22 social activity 8 retired, 16 and 17 new', () => {
  const social = (socialType: number) =>
    course({ activationType: ActivationType.Socialindsats, courseCategory: null, socialType });
  test('R-PLAN-22: create with id 8 → refused', () => {
    assert.equal(result(socialCodelist2022.evaluate(create(social(8)), DAY)), 'R-PLAN-22 RetiredActivityValue');
  });
  test('R-PLAN-22: update an existing id-8 activity → accepted; changing another activity to 8 → refused', () => {
    assert.equal(result(socialCodelist2022.evaluate(update(stored(social(8)), social(8)), DAY)), 'accepted');
    assert.equal(
      result(socialCodelist2022.evaluate(update(stored(social(7)), social(8)), DAY)),
      'R-PLAN-22 RetiredActivityValue',
    );
  });
  test('R-PLAN-22: create with 16 or 17 → accepted', () => {
    assert.equal(result(socialCodelist2022.evaluate(create(social(16)), DAY)), 'accepted');
    assert.equal(result(socialCodelist2022.evaluate(create(social(17)), DAY)), 'accepted');
  });
});

describe('R-PLAN-23 only the course categories of C-13 are active', () => {
  test('R-PLAN-23: a course activity with id 38 → accepted', () => {
    assert.equal(result(courseCodelist2022.evaluate(create(course({ courseCategory: 38 })), DAY)), 'accepted');
  });
  test('R-PLAN-23: a course category C-13 does not list (31) → refused', () => {
    assert.equal(
      result(courseCodelist2022.evaluate(create(course({ courseCategory: 31 })), DAY)),
      'R-PLAN-23 RetiredActivityValue',
    );
  });
});

describe('activityRules as a set', () => {
  test('R-PLAN-07 answers before R-PLAN-08 and the remark rules: the first refusal wins', () => {
    const praktik = course({
      activationType: ActivationType.Virksomhedspraktik,
      courseCategory: null,
      ...udeblevet,
      reasonRemark: remark(3),
    });
    assert.equal(
      result(firstViolation(activityRules, create(praktik, akasse()), DAY)),
      'R-PLAN-07 AkasseActivityNotAllowed',
    );
    assert.equal(result(firstViolation(activityRules, create(praktik), DAY)), 'R-PLAN-11 ReasonRemarkTooShort');
  });
});
