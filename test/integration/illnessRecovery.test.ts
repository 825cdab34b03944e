// Sickness and recovery from the benefit system (IllnessRecoveryInformationService Version 8, D-257) on both
// dialects, through to the nightly recovery batch (R-BAT-04): a reported sickness deregisters the citizen and moves
// them to contact group 25 (24 when not enrolled), once per NemRefusionIdentifier; the recovery ends it and returns
// them to their group; the batch then registers them again. Refusals write nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { NIGHTLY_JOBS } from '../../src/jobs/nightlyJobs.ts';
import { recoveryDecisionOf } from '../../src/store/activitySupplementRepository.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter, kommune, refusedWithoutWrites, rowCounts } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const CPR = { enrolled: '0101901234', notEnrolled: '0202902345' } as const;
const scenario = `
persons:
  - cpr: "${CPR.enrolled}"
    birthDate: 1990-01-01
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-06-01, endDate: null, endReason: null }]
  - cpr: "${CPR.notEnrolled}"
    birthDate: 1990-02-02
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 2, startDate: 2023-06-01, endDate: null }]
`;
const SERVICE = 'IllnessRecoveryInformationService';
const illness = (c: soap.Client, cpr: string, id: string, start: string) =>
  c.CreateIllnessAsync({ PersonCivilRegistrationIdentifier: cpr, NemRefusionIdentifier: id, IllnessStartDate: start });
const recovery = (c: soap.Client, cpr: string, id: string, date: string) =>
  c.CreateRecoveryAsync({ PersonCivilRegistrationIdentifier: cpr, NemRefusionIdentifier: id, RecoveryDate: date });

eachDatabase('IllnessRecoveryInformationService and the recovery batch', '2024-01-15', scenario, (h) => {
  const groups = async (cpr: string) =>
    (await loadCitizenState(h().db, cpr))!.contactGroups.map((g) => [g.contactGroup, g.startDate, g.endDate]);

  test('CreateIllness: absence 11, enrollment ended with reason 3, contact group 25 from the first sick day; sent twice → once', async () => {
    const k = await h().client(SERVICE, kommune());
    const [first] = await illness(k, CPR.enrolled, 'NR-1', '2024-01-15');
    const after = await rowCounts(h().db);
    const [again] = await illness(k, CPR.enrolled, 'NR-1', '2024-01-15');
    assert.equal(again.AbsenceIdentifier, first.AbsenceIdentifier);
    assert.deepEqual(await rowCounts(h().db), { ...after, audit_event: (await rowCounts(h().db)).audit_event });
    const state = (await loadCitizenState(h().db, CPR.enrolled))!;
    assert.deepEqual(
      state.absences.map((a) => [a.absenceType, a.startDate, a.endDate]),
      [[11, '2024-01-15', null]],
    );
    assert.deepEqual(
      state.enrollments.map((e) => [e.endDate, e.endReason]),
      [['2024-01-15', 3]],
    );
    assert.deepEqual(await groups(CPR.enrolled), [
      [1, '2023-06-01', '2024-01-14'],
      [25, '2024-01-15', null],
    ]);
    const keys = receiverKeys(await outboxFor(h().db, CPR.enrolled));
    assert.ok(
      keys.some((k) => k.startsWith('GetAbsenceVersion7->')),
      keys.join(),
    );
    assert.ok(
      keys.some((k) => k.startsWith('GetCancelUnemploymentEnrollmentVersion4->')),
      keys.join(),
    );
  });

  test('CreateIllness for a citizen not enrolled → contact group 24', async () => {
    await illness(await h().client(SERVICE, kommune()), CPR.notEnrolled, 'NR-2', '2024-01-15');
    assert.deepEqual((await groups(CPR.notEnrolled)).at(-1), [24, '2024-01-15', null]);
  });

  test('R-BAT-04: CreateRecovery ends the sickness and returns the citizen to group 1; the recovery batch re-registers them from the recovery date', async () => {
    const k = await h().client(SERVICE, kommune());
    await illness(k, CPR.enrolled, 'NR-3', '2024-01-15');
    h().clock.set('2024-02-01');
    await recovery(k, CPR.enrolled, 'NR-3', '2024-02-01');
    await recovery(k, CPR.enrolled, 'NR-3', '2024-02-01'); // sent again: nothing more
    const state = (await loadCitizenState(h().db, CPR.enrolled))!;
    assert.deepEqual(
      state.absences.map((a) => [a.startDate, a.endDate]),
      [['2024-01-15', '2024-01-31']],
    );
    assert.deepEqual((await groups(CPR.enrolled)).at(-1), [1, '2024-02-01', null]);
    h().clock.set('2024-02-02');
    const job = NIGHTLY_JOBS.find((j) => j.name === 'recovery')!;
    const ctx = { db: h().db, clock: h().clock, nowMs: Date.now(), outboxRetentionDays: 30, auditRetentionDays: 30 };
    assert.deepEqual(await job.run(ctx), { decided: 1, reRegistered: 1 });
    const open = (await loadCitizenState(h().db, CPR.enrolled))!.enrollments.filter((e) => e.endDate === null);
    assert.deepEqual(
      open.map((e) => [e.clientCategory, e.enrollmentDate]),
      [[1, '2024-02-01']],
    );
    assert.deepEqual(await job.run(ctx), { decided: 0, reRegistered: 0 });
  });

  test('R-BAT-04 (b): the jobcentre moved the citizen to contact group 13 during the sickness → the recovery keeps it, the batch does not re-register', async () => {
    const k = await h().client(SERVICE, kommune());
    await illness(k, CPR.enrolled, 'NR-6', '2024-01-15');
    // the jobcentre's move during the sickness (as PersonRegistrationService would store it)
    await h().db('contact_group').where({ cpr: CPR.enrolled, contact_group: 25 }).update({ end_date: '2024-01-19' });
    await h().db('contact_group').insert({
      id: '3f2504e0-4f89-41d3-9a0c-000000005227',
      cpr: CPR.enrolled,
      contact_group: 13,
      start_date: '2024-01-20',
      end_date: null,
    });
    h().clock.set('2024-02-01');
    await recovery(k, CPR.enrolled, 'NR-6', '2024-02-01');
    assert.deepEqual((await groups(CPR.enrolled)).at(-1), [13, '2024-01-20', null]);
    h().clock.set('2024-02-02');
    const job = NIGHTLY_JOBS.find((j) => j.name === 'recovery')!;
    const ctx = { db: h().db, clock: h().clock, nowMs: Date.now(), outboxRetentionDays: 30, auditRetentionDays: 30 };
    assert.deepEqual(await job.run(ctx), { decided: 1, reRegistered: 0 });
    const sickness = (await loadCitizenState(h().db, CPR.enrolled))!.absences[0]!;
    assert.equal(await recoveryDecisionOf(h().db, sickness.id), 'contactGroupChanged');
  });

  test('refused, nothing written: an unknown NemRefusionIdentifier (5226), a recovery on the first sick day (5227), a jobcentre caller (4575)', async () => {
    const k = await h().client(SERVICE, kommune());
    await refusedWithoutWrites(h().db, () => recovery(k, CPR.enrolled, 'NR-unknown', '2024-01-20'), '5226');
    await illness(k, CPR.enrolled, 'NR-4', '2024-01-15');
    await refusedWithoutWrites(h().db, () => recovery(k, CPR.enrolled, 'NR-4', '2024-01-15'), '5227');
    await refusedWithoutWrites(h().db, () => recovery(k, CPR.notEnrolled, 'NR-4', '2024-01-20'), '5226');
    const jc = await h().client(SERVICE, jobcenter());
    await refusedWithoutWrites(h().db, () => illness(jc, CPR.notEnrolled, 'NR-5', '2024-01-15'), '4575');
  });
});
