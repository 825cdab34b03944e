// The PLAN rule units of PlanService (issue 14), each by its id: who registers job goals and publishes (R-PLAN-01,
// 02, 03), the plan description (04), job-search requirements (05, 20), the a-kasse's draft for the jobcentre
// (06), what an a-kasse reads (09), Min plan's contact block (10), young people's jobplans (13, 14) and the
// job-directed trial's marking (15).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EducationReadiness, type JobGoal, type PlanVersion } from '../../../src/domain/plan.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../../src/domain/types.ts';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  jobSearchRequirementRules,
  personGroupMarkingRules,
  planContactAuthority,
  planPublicationReceivers,
  planResponsibility,
  planRules,
  planVisibleToAkasse,
  type PlanCommand,
} from '../../../src/rules/index.ts';
import {
  AKASSE_A,
  CPR,
  JOBCENTER,
  absence,
  akasse,
  citizen,
  contactGroup,
  enrollment,
  jobcenter,
  membership,
} from './fixtures.ts';

const AK = akasse() as AuthorityActor;
const JC = jobcenter() as AuthorityActor;
const TOEMRER: JobGoal = {
  conceptUri: 'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d04',
  aliasId: null,
  title: 'Tømrer',
  freeText: null,
};

function plan(more: Partial<PlanVersion> = {}): PlanVersion {
  return {
    id: 'p1',
    cpr: CPR,
    planType: 1,
    status: 'draft',
    jobGoals: [TOEMRER],
    description: null,
    educationReadiness: null,
    draftForJobcenter: false,
    registeredBy: { organisationType: 2, organisationCode: AKASSE_A },
    createdAt: '2024-03-04T10:00:00+01:00',
    lastModified: '2024-03-04T10:00:00+01:00',
    publishedAt: null,
    publishedBy: null,
    contactGroup: null,
    ...more,
  };
}

/** Dagpenge from 8 Jan 2024, contact group 1, absence 75 from 8 Jan to `end75` (open when null). */
const dagpenge = (end75: string | null = null, group = 1): CitizenState =>
  citizen({
    memberships: [membership(AKASSE_A, '2015-01-01')],
    enrollments: [enrollment(1, '2024-01-08')],
    contactGroups: [contactGroup(group, '2024-01-08')],
    absences: [absence(75, '2024-01-08', { endDate: end75 })],
  });

const check = (c: Partial<PlanCommand> & { citizen: CitizenState; date: string }, businessDate = c.date) =>
  firstViolation(planRules, { action: 'draft', plan: plan(), actor: AK, ...c }, businessDate)?.ruleId ?? null;

test('R-PLAN-01: the a-kasse is responsible for the jobplan while absence 75 is open in contact group 1, the jobcentre after it ends and before 2024', () => {
  const c = dagpenge('2024-04-15');
  assert.equal(planResponsibility(c, '2024-04-15', '2024-04-15'), OrganisationType.AKasse);
  assert.equal(planResponsibility(c, '2024-04-16', '2024-04-16'), OrganisationType.Jobcenter);
  assert.equal(planResponsibility(dagpenge(null, 25), '2024-03-04', '2024-03-04'), OrganisationType.Jobcenter);
  assert.equal(planResponsibility(dagpenge(), '2023-12-20', '2023-12-20'), OrganisationType.Jobcenter);
});

test('R-PLAN-02: during absence 75 the jobcentre is refused a job goal and the a-kasse accepted; the day after it ends, the reverse', () => {
  const c = dagpenge('2024-04-15');
  assert.equal(check({ citizen: c, date: '2024-04-15', actor: AK }), null);
  assert.equal(check({ citizen: c, date: '2024-04-15', actor: JC }), 'R-PLAN-02');
  assert.equal(check({ citizen: c, date: '2024-04-16', actor: JC }), null);
  assert.equal(check({ citizen: c, date: '2024-04-16', actor: AK }), 'R-PLAN-02');
  assert.equal(check({ citizen: c, date: '2024-04-15', actor: JC, plan: plan({ jobGoals: [] }) }), null, 'no job goal');
});

test('R-PLAN-03: the jobcentre cannot publish during the a-kasse period in contact group 1, but may in contact group 25', () => {
  assert.equal(check({ citizen: dagpenge(), date: '2024-03-04', actor: JC, action: 'publish' }), 'R-PLAN-03');
  assert.equal(check({ citizen: dagpenge(null, 25), date: '2024-03-04', actor: JC, action: 'publish' }), null);
});

test('R-PLAN-04: no plan description for a dagpenge recipient (contact group 1), from either party', () => {
  const described = plan({ description: 'For at jeg kan nå mit mål, har vi aftalt: …' });
  assert.equal(check({ citizen: dagpenge(), date: '2024-03-04', plan: described }), 'R-PLAN-04');
  assert.equal(check({ citizen: dagpenge(), date: '2024-03-04' }), null);
});

const requirement = (startDate: string) => ({
  id: 'r1',
  cpr: CPR,
  applications: 2,
  periodWeeks: 1,
  startDate,
  endDate: null,
  text: null,
  registeredBy: { organisationType: 2, organisationCode: AKASSE_A },
  registeredAt: `${startDate}T10:00:00+01:00`,
});

test('R-PLAN-05: the a-kasse registers job-search requirements after absence 75 has ended, within the unemployment period only', () => {
  const ended = dagpenge('2024-02-20');
  const rules = jobSearchRequirementRules;
  assert.equal(
    firstViolation(rules, { requirement: requirement('2024-03-04'), actor: AK, citizen: ended }, '2024-03-04'),
    null,
  );
  const notEnrolled = citizen({
    memberships: [membership(AKASSE_A, '2015-01-01')],
    contactGroups: [contactGroup(1, '2024-01-08')],
  });
  assert.equal(
    firstViolation(rules, { requirement: requirement('2024-03-04'), actor: AK, citizen: notEnrolled }, '2024-03-04')
      ?.ruleId,
    'R-PLAN-05',
  );
});

test("R-PLAN-06: an a-kasse's draft for the jobcentre is refused from 18 March 2024 and accepted on 17 March", () => {
  const forJobcentre = plan({ draftForJobcenter: true });
  assert.equal(check({ citizen: dagpenge(), date: '2024-03-17', plan: forJobcentre }), null);
  assert.equal(check({ citizen: dagpenge(), date: '2024-03-18', plan: forJobcentre }), 'R-PLAN-06');
});

test('R-PLAN-09: an a-kasse reads jobplans published in contact group 1 or 8 only', () => {
  const published = (group: number) => plan({ status: 'published', contactGroup: group });
  assert.equal(planVisibleToAkasse(published(2), '2024-03-04'), false);
  assert.equal(planVisibleToAkasse(published(8), '2024-03-04'), true);
  assert.equal(planVisibleToAkasse(published(1), '2024-03-04'), true);
});

test("R-PLAN-10: Min plan's contact block is the publishing a-kasse's (before release 2023-4 the jobcentre's)", () => {
  const byAkasse = plan({ status: 'published', publishedBy: { organisationType: 2, organisationCode: AKASSE_A } });
  assert.deepEqual(planContactAuthority(byAkasse, JOBCENTER, '2024-03-04'), {
    organisationType: 2,
    organisationCode: AKASSE_A,
  });
  assert.deepEqual(planContactAuthority(byAkasse, JOBCENTER, '2023-11-01'), {
    organisationType: 8,
    organisationCode: JOBCENTER,
  });
});

test('R-PLAN-13: an aktivitetsparat young person in contact group 12 gets a jobplan, an åbenlyst uddannelsesparat one is refused', () => {
  const young = citizen({ contactGroups: [contactGroup(12, '2024-01-01')] });
  const readiness = (r: number) => plan({ educationReadiness: r });
  const date = '2024-03-04';
  assert.equal(check({ citizen: young, date, actor: JC, plan: readiness(EducationReadiness.Aktivitetsparat) }), null);
  assert.equal(
    check({ citizen: young, date, actor: JC, plan: readiness(EducationReadiness.AabenlystUddannelsesparat) }),
    'R-PLAN-13',
  );
});

test('R-PLAN-14: in contact group 28 a jobplan with a free-text job goal and a description is published; without a job goal it is refused', () => {
  const young = citizen({ contactGroups: [contactGroup(28, '2024-01-01')] });
  const freeText = plan({
    jobGoals: [{ conceptUri: null, aliasId: null, title: null, freeText: 'Lagerarbejde' }],
    description: 'For at jeg kan nå mit mål, har vi aftalt: praktik',
  });
  assert.equal(check({ citizen: young, date: '2024-03-04', actor: JC, action: 'publish', plan: freeText }), null);
  assert.equal(
    check({ citizen: young, date: '2024-03-04', actor: JC, action: 'publish', plan: plan({ jobGoals: [] }) }),
    'R-PLAN-14',
  );
});

test('R-PLAN-15: a trial marking starting on 31 December 2023 is accepted, one starting on 1 January 2024 refused', () => {
  const marking = (startDate: string) => ({
    marking: {
      id: 'm1',
      cpr: CPR,
      stateProject: 1,
      startDate,
      endDate: null,
      registeredBy: { organisationType: 8, organisationCode: JOBCENTER },
      registeredAt: '2024-03-04T10:00:00+01:00',
    },
    actor: JC,
  });
  assert.equal(firstViolation(personGroupMarkingRules, marking('2023-12-31'), '2024-03-04'), null);
  assert.equal(firstViolation(personGroupMarkingRules, marking('2024-01-01'), '2024-03-04')?.ruleId, 'R-PLAN-15');
});

test('R-PLAN-20: job-search requirements for contact group 7 are accepted from release 2022-1; contact group 13 is refused', () => {
  const inGroup = (g: number) => citizen({ contactGroups: [contactGroup(g, '2021-01-01')] });
  const req = (g: number, date: string) =>
    firstViolation(
      jobSearchRequirementRules,
      {
        requirement: { ...requirement(date), registeredBy: { organisationType: 8, organisationCode: JOBCENTER } },
        actor: JC,
        citizen: inGroup(g),
      },
      date,
    )?.ruleId ?? null;
  assert.equal(req(7, '2024-03-04'), null);
  assert.equal(req(7, '2022-03-01'), 'R-PLAN-20');
  assert.equal(req(13, '2024-03-04'), 'R-PLAN-20');
});

test('plan publication notifies the jobcentre and the a-kasse that may read it, never the publisher', () => {
  const c = dagpenge();
  const byAkasse = plan({
    status: 'published',
    contactGroup: 1,
    publishedBy: { organisationType: 2, organisationCode: AKASSE_A },
  });
  assert.deepEqual(
    planPublicationReceivers(byAkasse, c, '2024-03-04', '2024-03-04').map((r) => [
      r.organisationType,
      r.organisationCode,
    ]),
    [[8, JOBCENTER]],
  );
  const byJobcentre = plan({
    status: 'published',
    contactGroup: 2,
    publishedBy: { organisationType: 8, organisationCode: JOBCENTER },
  });
  assert.deepEqual(
    planPublicationReceivers(byJobcentre, c, '2024-03-04', '2024-03-04'),
    [],
    'group 2: not for the a-kasse',
  );
});
