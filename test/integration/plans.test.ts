// Min plan / jobplan over HTTP (PlanService, issue 14) on SQLite and PostgreSQL: the accepted and the refused path
// of R-PLAN-02, 03, 04, 05, 06, 09, 10, 13, 14, 15, 20 (a refusal writes nothing), responsibility across the end of
// absence 75, a move and an a-kasse change, and the publication's notifications drained over WSRM (GetPlanVersion1)
// with the Plan webservice message in the outbox for the push.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCprMove } from '../../src/app/person/cprMove.ts';
import { applyMembershipTransfer } from '../../src/app/person/membershipTransfer.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, kommune, refusedWithoutWrites, type Caller, type Harness } from '../support/soapHarness.ts';
import { subscribeAll } from '../support/outbox.ts';
import { asArray, drainQueue, type ClientOf } from '../support/wsrmCalls.ts';
import { ABSENCE_75_OPEN, PL, TOEMRER, planScenario } from './planScenario.ts';

eachDatabase('PlanService: Min plan / jobplan', '2024-03-04', planScenario, (h) => {
  const plans = (caller: Caller) => h().client('PlanService', caller);
  const draft = async (caller: Caller, cpr: string, d: Record<string, unknown> = {}) => {
    const [res] = await (
      await plans(caller)
    ).CreateDraftPlanAsync({
      PersonCivilRegistrationIdentifier: cpr,
      DraftPlan: { PlanTypeIdentifier: 1, JobGoalCollection: { JobGoal: [TOEMRER] }, ...d },
    });
    return res.ServiceReceipt.MessageIdentifier as string;
  };
  const publish = async (caller: Caller, cpr: string, id: string) =>
    (await plans(caller)).PublishPlanAsync({ PersonCivilRegistrationIdentifier: cpr, PlanVersionIdentifier: id });
  const getPlan = async (caller: Caller, cpr: string) =>
    (await (await plans(caller)).GetPlanAsync({ PersonCivilRegistrationIdentifier: cpr }))[0];
  const history = async (caller: Caller, cpr: string) =>
    asArray<any>(
      (await (await plans(caller)).GetPlanHistoryAsync({ PersonCivilRegistrationIdentifier: cpr }))[0]
        .PlanVersionCollection?.PlanVersion,
    );
  const requirement = async (caller: Caller, cpr: string, startDate = '2024-03-04') =>
    (await plans(caller)).CreateJobSearchRequirementAsync({
      PersonCivilRegistrationIdentifier: cpr,
      JobSearchRequirement: { NumberOfApplications: 2, PeriodWeeks: 1, StartDate: startDate },
    });
  const clientOf =
    (hh: Harness, caller: Caller): ClientOf =>
    (service) =>
      hh.client(service, caller);

  test('R-PLAN-01/02 (Done when): during absence 75 the a-kasse publishes a jobplan with an ESCO-STAR job goal and the jobcentre is refused; the day after absence 75 ends it is the other way round', async () => {
    const id = await draft(akasse('81'), PL.akassePeriod);
    await publish(akasse('81'), PL.akassePeriod, id);
    const seen = await getPlan(jobcenter(), PL.akassePeriod);
    assert.equal(seen.PublishedPlan.JobGoalCollection.JobGoal[0].JobGoalTitle, 'Tømrer');
    await refusedWithoutWrites(h().db, () => draft(jobcenter(), PL.akassePeriod), '5021');

    h().clock.set('2024-04-16');
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.akassePeriod), '5021');
    const jc = await draft(jobcenter(), PL.akassePeriod);
    await publish(jobcenter(), PL.akassePeriod, jc);
    assert.equal((await history(jobcenter(), PL.akassePeriod)).length, 2);
  });

  test('R-KF-08 → R-PLAN-02 over HTTP: the a-kasse ends absence 75 with reason 41 (AbsenceRegistrationService); the day after its end date the jobcentre registers the job goal and the a-kasse is refused', async () => {
    await publish(akasse('81'), PL.open75, await draft(akasse('81'), PL.open75));
    await refusedWithoutWrites(h().db, () => draft(jobcenter(), PL.open75), '5021');
    const absences = await h().client('AbsenceRegistrationService', akasse('81'));
    await absences.UpdateAbsenceAsync({
      Absence: {
        AbsenceIdentifier: ABSENCE_75_OPEN,
        PersonCivilRegistrationIdentifier: PL.open75,
        AbsenceTypeIdentifier: 75,
        StartDate: '2024-01-08T00:00:00',
        EndDate: '2024-03-04T00:00:00',
        NotificationDate: '2024-01-08T00:00:00',
        AbsenceCauseTypeIdentifier: 41,
      },
    });
    await draft(akasse('81'), PL.open75); // the end date is still the a-kasse's day
    h().clock.set('2024-03-05');
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.open75), '5021');
    await publish(jobcenter(), PL.open75, await draft(jobcenter(), PL.open75));
    assert.deepEqual(
      (await history(akasse('81'), PL.open75)).map((p) => Number(p.RegisteringAuthority.OrganisationTypeIdentifier)),
      [2, 8],
    );
  });

  test("R-PLAN-02: an a-kasse's draft with job goals made during its period cannot be published by it after absence 75 has ended", async () => {
    const id = await draft(akasse('81'), PL.akassePeriod);
    h().clock.set('2024-04-16');
    await refusedWithoutWrites(h().db, () => publish(akasse('81'), PL.akassePeriod, id), '5021');
  });

  test('who may act follows the citizen: another a-kasse and another jobcentre are refused by the access scope', async () => {
    await refusedWithoutWrites(h().db, () => draft(akasse('99'), PL.akassePeriod), '4857');
    h().clock.set('2024-04-16');
    const f = await refusedWithoutWrites(h().db, () => draft(jobcenter('20100'), PL.akassePeriod), '6005');
    assert.ok(f);
  });

  test('an a-kasse change during absence 75 moves the job goals to the new a-kasse; a move after it ends moves them to the new jobcentre', async () => {
    await applyMembershipTransfer(h().db, h().clock, { cpr: PL.akassePeriod, akasseCode: '99', date: '2024-03-04' });
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.akassePeriod), '4857');
    await publish(akasse('99'), PL.akassePeriod, await draft(akasse('99'), PL.akassePeriod));
    await refusedWithoutWrites(h().db, () => draft(jobcenter(), PL.akassePeriod), '5021');

    h().clock.set('2024-04-20');
    await applyCprMove(h().db, h().clock, {
      cpr: PL.akassePeriod,
      date: '2024-04-20',
      municipalityCode: '201',
      jobcenterCode: '20100',
    });
    await refusedWithoutWrites(h().db, () => draft(jobcenter(), PL.akassePeriod), '6005');
    await refusedWithoutWrites(h().db, () => draft(akasse('99'), PL.akassePeriod), '5021');
    await publish(jobcenter('20100'), PL.akassePeriod, await draft(jobcenter('20100'), PL.akassePeriod));
    assert.deepEqual(
      (await history(jobcenter('20100'), PL.akassePeriod)).map((p) => p.ContactAuthority.OrganisationCode),
      ['99', '20100'],
    );
  });

  test('R-PLAN-03: the jobcentre cannot publish during the a-kasse period in contact group 1, and may in contact group 25', async () => {
    const id = await draft(jobcenter(), PL.akassePeriod, { JobGoalCollection: undefined });
    await refusedWithoutWrites(h().db, () => publish(jobcenter(), PL.akassePeriod, id), '5022');
    const sick = await draft(jobcenter(), PL.sick);
    await publish(jobcenter(), PL.sick, sick);
  });

  test('R-PLAN-04: a plan description for a dagpenge recipient is refused, the same plan without it accepted', async () => {
    await refusedWithoutWrites(
      h().db,
      () =>
        draft(akasse('81'), PL.akassePeriod, { PlanDescription: 'For at jeg kan nå mit mål, har vi aftalt: kursus' }),
      '5023',
    );
    await draft(akasse('81'), PL.akassePeriod);
  });

  test('R-PLAN-05: after absence 75 has ended the a-kasse registers a requirement of 2 applications a week; it shows in Min plan', async () => {
    h().clock.set('2024-04-20');
    await requirement(akasse('81'), PL.akassePeriod, '2024-04-20');
    const got = await getPlan(jobcenter(), PL.akassePeriod);
    assert.equal(Number(got.JobSearchRequirementCollection.JobSearchRequirement[0].NumberOfApplications), 2);
    await refusedWithoutWrites(h().db, () => requirement(akasse('81'), PL.akassePeriod, '2024-01-01'), '5024');
  });

  test("R-PLAN-06: the a-kasse's draft for the jobcentre is accepted on 17 March 2024 and refused on 18 March; the old draft stays readable", async () => {
    h().clock.set('2024-03-17');
    const old = await draft(akasse('81'), PL.akassePeriod, { DraftForJobcenter: true });
    h().clock.set('2024-03-18');
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.akassePeriod, { DraftForJobcenter: true }), '5025');
    assert.equal((await getPlan(akasse('81'), PL.akassePeriod)).DraftPlan.PlanVersionIdentifier, old);
  });

  test('R-PLAN-09: the a-kasse reads only the jobplan published in contact group 8, the jobcentre both', async () => {
    h().clock.set('2024-02-01');
    await publish(jobcenter(), PL.history, await draft(jobcenter(), PL.history));
    h().clock.set('2024-03-04');
    await publish(jobcenter(), PL.history, await draft(jobcenter(), PL.history));
    assert.deepEqual(
      (await history(akasse('81'), PL.history)).map((p) => Number(p.ContactGroupTypeIdentifier)),
      [8],
    );
    assert.equal((await history(jobcenter(), PL.history)).length, 2);
  });

  test("R-PLAN-10: the a-kasse's published jobplan shows the a-kasse as contact", async () => {
    await publish(akasse('81'), PL.akassePeriod, await draft(akasse('81'), PL.akassePeriod));
    const contact = (await getPlan(kommune(), PL.akassePeriod)).PublishedPlan.ContactAuthority;
    assert.deepEqual([Number(contact.OrganisationTypeIdentifier), contact.OrganisationCode], [2, '81']);
  });

  test('R-PLAN-13: an aktivitetsparat young person in contact group 12 gets a jobplan; an åbenlyst uddannelsesparat one is refused', async () => {
    await draft(jobcenter(), PL.youth, { EducationReadinessTypeIdentifier: 3 });
    await refusedWithoutWrites(
      h().db,
      () => draft(jobcenter(), PL.youth, { EducationReadinessTypeIdentifier: 1 }),
      '5026',
    );
  });

  test('R-PLAN-14: a free-text job goal and a plan description are published in contact group 12; without a job goal the publication is refused', async () => {
    const id = await draft(jobcenter(), PL.youth, {
      JobGoalCollection: { JobGoal: [{ JobGoalFreeText: 'Lagerarbejde' }] },
      PlanDescription: 'For at jeg kan nå mit mål, har vi aftalt: praktik i et lager',
    });
    await publish(jobcenter(), PL.youth, id);
    const empty = await draft(jobcenter(), PL.youth, { JobGoalCollection: undefined });
    await refusedWithoutWrites(h().db, () => publish(jobcenter(), PL.youth, empty), '5027');
  });

  test('R-PLAN-15: a trial marking from 2023 is accepted, one starting in 2024 refused', async () => {
    const mark = async (startDate: string) =>
      (await plans(jobcenter())).CreatePersonGroupMarkingAsync({
        PersonCivilRegistrationIdentifier: PL.youth,
        PersonGroupMarking: { StateProjectIdentifier: 1, StartDate: startDate },
      });
    await mark('2023-06-01');
    await refusedWithoutWrites(h().db, () => mark('2024-01-02'), '5028');
  });

  test('R-PLAN-20: a job-search requirement for a flex-job-approved citizen (contact group 7) is accepted; contact group 13 is refused', async () => {
    await requirement(jobcenter(), PL.flexjob);
    await refusedWithoutWrites(h().db, () => requirement(jobcenter(), PL.jobafklaring), '5029');
  });

  test('plan checks: unknown ESCO-STAR title 4928, neither occupation nor free text 5032, plan type 2 5031, no contact group 8060, another authority’s draft 5033', async () => {
    await refusedWithoutWrites(
      h().db,
      () =>
        draft(akasse('81'), PL.akassePeriod, {
          JobGoalCollection: { JobGoal: [{ ...TOEMRER, JobGoalTitle: 'Snedker' }] },
        }),
      '4928',
    );
    await refusedWithoutWrites(
      h().db,
      () => draft(akasse('81'), PL.akassePeriod, { JobGoalCollection: { JobGoal: [{}] } }),
      '5032',
    );
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.akassePeriod, { PlanTypeIdentifier: 2 }), '5031');
    await refusedWithoutWrites(h().db, () => draft(akasse('81'), PL.noGroup), '8060');
    const id = await draft(jobcenter(), PL.sick);
    await refusedWithoutWrites(h().db, () => publish(akasse('81'), PL.sick, id), '5033');
  });

  test('a publication notifies the jobcentre over WSRM (GetPlanVersion1) and writes the Plan webservice message; the publishing a-kasse gets nothing', async () => {
    await subscribeAll(h().db, ['8:10100', '2:81']);
    const id = await draft(akasse('81'), PL.akassePeriod);
    await publish(akasse('81'), PL.akassePeriod, id);
    const jc = await drainQueue(clientOf(h(), jobcenter()));
    assert.deepEqual(Object.keys(jc), ['GetPlanVersion1']);
    const [item] = jc.GetPlanVersion1!;
    assert.equal(item.PlanVersionIdentifier, id);
    assert.equal(item.PublishingAuthority.OrganisationCode, '81');
    assert.deepEqual(await drainQueue(clientOf(h(), akasse('81'))), {});
    const wsb = await h()
      .db('outbox_message')
      .where({ message_type: 'Plan.WSB' })
      .select('receiver_org_type', 'receiver_org_code');
    assert.deepEqual(
      wsb.map((r: any) => [Number(r.receiver_org_type), r.receiver_org_code]),
      [[8, '10100']],
    );
  });
});
