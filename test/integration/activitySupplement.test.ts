// The activity supplement (VisiteringOgStatus.AktivitetstillaegService) and DFDG's batches of issue 16 on both
// dialects: R-PLAN-16/17 over HTTP (accepted and refused paths; a refusal writes nothing), R-BAT-05 with R-NOT-04
// (the job `supplement-end` ends it at 30 and tells nobody), R-BAT-06 (`youth-groups-at-30`: 12→2, 28→26, Min plan
// inactivated), R-BAT-04 (`recovery`: no wrong re-registration), each job run as the schedule runs it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { NIGHTLY_JOBS, type JobCounts } from '../../src/jobs/nightlyJobs.ts';
import { planInactivatedOn, recoveryDecisionOf, supplementsOf } from '../../src/store/activitySupplementRepository.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { clearOutbox } from '../support/outbox.ts';
import { fault, jobcenter, kommune, refusedWithoutWrites, type Harness } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const CPR = {
  young5: '0103992345', // born 1 Mar 1999, contact group 5
  old5: '0101933456', // born 1 Jan 1993, contact group 5
  young1: '0101004567', // born 1 Jan 2000, contact group 1
  turns30: '1005945678', // born 10 May 1994, contact group 5
  youth28: '0109926789', // born 1 Sep 1992, contact group 28 with a published jobplan
  youth12: '1601947890', // born 16 Jan 1994, contact group 12, no plan
  notRegistered: '0202918901', // sick 1–10 Jan 2024, enrolled only until 1 Mar 2022
  registered: '0303919012', // sick 1–10 Jan 2024, enrolled until the first sick day, contact group 1 throughout
  groupChanged: '0404910123', // sick 1–10 Jan 2024, enrolled until the first sick day, contact group 25 since
} as const;

const scenario = `
persons:
  - { cpr: "${CPR.young5}", birthDate: 1999-03-01, jobcenterCode: "10100", contactGroups: [{ contactGroup: 5, startDate: 2023-01-01, endDate: null }] }
  - { cpr: "${CPR.old5}", birthDate: 1993-01-01, jobcenterCode: "10100", contactGroups: [{ contactGroup: 5, startDate: 2023-01-01, endDate: null }] }
  - { cpr: "${CPR.young1}", birthDate: 2000-01-01, jobcenterCode: "10100", contactGroups: [{ contactGroup: 1, startDate: 2023-01-01, endDate: null }] }
  - { cpr: "${CPR.turns30}", birthDate: 1994-05-10, jobcenterCode: "10100", contactGroups: [{ contactGroup: 5, startDate: 2023-01-01, endDate: null }] }
  - cpr: "${CPR.youth28}"
    birthDate: 1992-09-01
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 28, startDate: 2021-01-01, endDate: null }]
    plans:
      - { registeredBy: "8:10100", createdOn: 2022-01-10, publishedOn: 2022-01-10, jobGoals: [{ freeText: "Tømrer" }] }
  - { cpr: "${CPR.youth12}", birthDate: 1994-01-16, jobcenterCode: "10100", contactGroups: [{ contactGroup: 12, startDate: 2021-01-01, endDate: null }] }
  - cpr: "${CPR.notRegistered}"
    birthDate: 1991-02-02
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2021-06-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2021-06-01, endDate: 2022-03-01, endReason: 1 }]
    absences: [{ absenceType: 11, startDate: 2024-01-01, endDate: 2024-01-10, active: true }]
  - cpr: "${CPR.registered}"
    birthDate: 1991-03-03
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-06-01, endDate: 2024-01-01, endReason: 3 }]
    absences: [{ absenceType: 11, startDate: 2024-01-01, endDate: 2024-01-10, active: true }]
  - cpr: "${CPR.groupChanged}"
    birthDate: 1991-04-04
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: 2023-12-31 }, { contactGroup: 25, startDate: 2024-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-06-01, endDate: 2024-01-01, endReason: 3 }]
    absences: [{ absenceType: 11, startDate: 2024-01-01, endDate: 2024-01-10, active: true }]
`;

const create = (c: soap.Client, cpr: string, date: string) =>
  c.CreateAktivitetstillaegAsync({ Personnummer: cpr, Haendelsesdato: date });
const SERVICE = 'VisiteringOgStatus.AktivitetstillaegService';

/** Runs the nightly job `name` as the schedule does, on the harness's business date. */
async function runJob(h: Harness, name: string): Promise<JobCounts> {
  const job = NIGHTLY_JOBS.find((j) => j.name === name)!;
  return job.run({ db: h.db, clock: h.clock, nowMs: Date.now(), outboxRetentionDays: 30, auditRetentionDays: 30 });
}

eachDatabase('activity supplement and the age and recovery batches', '2024-01-15', scenario, (h) => {
  test('R-PLAN-16, R-PLAN-17: a 24-year-old in contact group 5, event date 60 days back → accepted; GetAktivitetstillaeg shows it', async () => {
    const jc = await h().client(SERVICE, jobcenter());
    const [created] = await create(jc, CPR.young5, '2023-11-16');
    const [read] = await (await h().client(SERVICE, kommune())).GetAktivitetstillaegAsync({ Personnummer: CPR.young5 });
    assert.deepEqual(read.AktivitetstillaegCollection.Aktivitetstillaeg, [
      {
        AktivitetstillaegIdentifier: created.AktivitetstillaegIdentifier,
        Haendelsesdato: '2023-11-16',
        AfsluttetAfDfdg: false,
      },
    ]);
    assert.deepEqual(await outboxFor(h().db, CPR.young5), [], 'no notification is documented for a new supplement');
  });

  test('R-PLAN-17: a 31-year-old in contact group 5 → 5221; contact group 1 → 5222; nothing written', async () => {
    const jc = await h().client(SERVICE, jobcenter());
    const aged = await refusedWithoutWrites(h().db, () => create(jc, CPR.old5, '2024-01-15'), '5221');
    assert.match(aged.body, /R-PLAN-17/);
    await refusedWithoutWrites(h().db, () => create(jc, CPR.young1, '2024-01-15'), '5222');
  });

  test('an event date after today (5225), a second open supplement (5224), another jobcentre (access) are refused, nothing written', async () => {
    const jc = await h().client(SERVICE, jobcenter());
    await refusedWithoutWrites(h().db, () => create(jc, CPR.young5, '2024-01-16'), '5225');
    await create(jc, CPR.young5, '2024-01-02');
    await refusedWithoutWrites(h().db, () => create(jc, CPR.young5, '2024-01-10'), '5224');
    const other = await fault(create(await h().client(SERVICE, jobcenter('20100')), CPR.turns30, '2024-01-02'));
    assert.notEqual(other.code, '5224');
    assert.equal((await supplementsOf(h().db, CPR.turns30)).length, 0);
  });

  test('R-PLAN-16: before release 2023-4 an event date more than 7 days back was refused (5223)', async () => {
    h().clock.set('2023-11-01');
    await refusedWithoutWrites(
      h().db,
      async () => create(await h().client(SERVICE, jobcenter()), CPR.young5, '2023-10-20'),
      '5223',
    );
  });

  test('R-BAT-05, R-NOT-04: born 10 May 1994 with a supplement → ended with effect from 10 May 2024 by supplement-end; nobody is told', async () => {
    await create(await h().client(SERVICE, jobcenter()), CPR.turns30, '2024-01-02');
    await clearOutbox(h().db);
    h().clock.set('2024-05-09');
    assert.deepEqual(await runJob(h(), 'supplement-end'), { ended: 0, notified: 0 });
    h().clock.set('2024-05-12'); // two nights missed: the catch-up still dates the ending the birthday
    assert.deepEqual(await runJob(h(), 'supplement-end'), { ended: 1, notified: 0 });
    const [s] = await supplementsOf(h().db, CPR.turns30);
    assert.equal(s!.endDate, '2024-05-10');
    assert.equal(s!.endReason, 'age30');
    assert.deepEqual(await outboxFor(h().db, CPR.turns30), [], 'R-NOT-04: the known defect is reproduced (D-251)');
    assert.deepEqual(await runJob(h(), 'supplement-end'), { ended: 0, notified: 0 }, 'idempotent');
    const [read] = await (
      await h().client(SERVICE, jobcenter())
    ).GetAktivitetstillaegAsync({ Personnummer: CPR.turns30 });
    assert.equal(read.AktivitetstillaegCollection.Aktivitetstillaeg[0].Slutdato, '2024-05-10');
    assert.equal(read.AktivitetstillaegCollection.Aktivitetstillaeg[0].AfsluttetAfDfdg, true);
  });

  test('R-BAT-06: contact group 28 with a jobplan, 30 on 1 Sep 2022 → contact group 26 from 1 Sep 2022, Min plan inactive', async () => {
    h().clock.set('2022-08-31');
    assert.deepEqual(await runJob(h(), 'youth-groups-at-30'), { moved: 0, plansInactivated: 0 });
    h().clock.set('2022-09-01');
    assert.deepEqual(await runJob(h(), 'youth-groups-at-30'), { moved: 1, plansInactivated: 1 });
    const groups = (await loadCitizenState(h().db, CPR.youth28))!.contactGroups.map((g) => [
      g.contactGroup,
      g.startDate,
      g.endDate,
    ]);
    assert.deepEqual(groups, [
      [28, '2021-01-01', '2022-08-31'],
      [26, '2022-09-01', null],
    ]);
    assert.equal(await planInactivatedOn(h().db, CPR.youth28), '2022-09-01');
    assert.ok(
      receiverKeys(await outboxFor(h().db, CPR.youth28)).some((k) => k.startsWith('GetContactGroupVersion4->8:10100')),
      'the contact-group change is notified as every change',
    );
    assert.deepEqual(await runJob(h(), 'youth-groups-at-30'), { moved: 0, plansInactivated: 0 }, 'idempotent');
  });

  test('R-BAT-06: contact group 12 → 2 from the 30th birthday after a missed night; no plan, nothing inactivated', async () => {
    h().clock.set('2024-01-18');
    // the first run of the job in this scenario also catches up the citizen of contact group 28 (30 since 2022)
    assert.deepEqual(await runJob(h(), 'youth-groups-at-30'), { moved: 2, plansInactivated: 1 });
    const open = (await loadCitizenState(h().db, CPR.youth12))!.contactGroups.find((g) => g.endDate === null);
    assert.deepEqual([open?.contactGroup, open?.startDate], [2, '2024-01-16']);
    assert.equal(await planInactivatedOn(h().db, CPR.youth12), null);
  });

  test("R-BAT-04: recovery → 'Ikke tilmeldt' before the sickness or another contact group: no re-registration; registered in group 1: re-registered", async () => {
    const result = await runJob(h(), 'recovery');
    assert.deepEqual(result, { decided: 3, reRegistered: 1 });
    const open = async (cpr: string) =>
      (await loadCitizenState(h().db, cpr))!.enrollments
        .filter((e) => e.endDate === null)
        .map((e) => [e.clientCategory, e.enrollmentDate]);
    assert.deepEqual(await open(CPR.notRegistered), [], 'an old registration (2021–2022) does not count');
    assert.deepEqual(await open(CPR.groupChanged), []);
    assert.deepEqual(await open(CPR.registered), [[1, '2024-01-11']]);
    assert.ok(
      receiverKeys(await outboxFor(h().db, CPR.registered)).some((k) =>
        k.startsWith('GetUnemploymentEnrollmentVersion4->'),
      ),
      'the re-registration is notified as every enrollment',
    );
    const sickness = (await loadCitizenState(h().db, CPR.notRegistered))!.absences[0]!;
    assert.equal(await recoveryDecisionOf(h().db, sickness.id), 'notRegisteredBefore');
    assert.deepEqual(await runJob(h(), 'recovery'), { decided: 0, reRegistered: 0 }, 'each sickness is decided once');
  });

  test('R-BAT-04 before release 2022-1: the old registration re-registered the citizen (the bug, reproduced for those dates)', async () => {
    await h()
      .db('absence')
      .where({ cpr: CPR.notRegistered })
      .update({ start_date: '2021-12-01', end_date: '2021-12-10' });
    await h().db('enrollment').where({ cpr: CPR.notRegistered }).update({ end_date: '2021-11-01' });
    h().clock.set('2021-12-15');
    const result = await runJob(h(), 'recovery');
    assert.equal(result.reRegistered, 1);
  });
});
