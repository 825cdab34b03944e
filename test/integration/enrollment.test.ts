// Enrollment (tilmelding) through UnemploymentEnrollmentService and DFDG's automatic absence 75:
// R-KF-02..05, R-KF-15, R-NOT-01, and the transition marking job (R-KF-13).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { runTransitionMarking } from '../../src/app/absence/transitionMarking.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  akasse,
  fault,
  jobcenter,
  jobnetCitizen,
  refusedWithoutWrites,
  rowCounts,
  type Caller,
} from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { baseScenario, CPR } from './scenario.ts';
import { clearOutbox } from '../support/outbox.ts';

const enroll = (c: soap.Client, cpr: string, date: string, category = 1) =>
  c.UnemploymentEnrollmentAsync({
    UnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: cpr,
      ClientCategoryTypeIdentifier: category,
      EnrollmentDate: `${date}T08:00:00`,
      CurrentUnemploymentStatusTypeIdentifier: 1,
    },
  });
const cancel = (c: soap.Client, cpr: string, date: string, reason = 1) =>
  c.CancelUnemploymentEnrollmentAsync({
    CancelUnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: cpr,
      CancellationDate: `${date}T00:00:00`,
      CancellationReasonTypeIdentifier: reason,
    },
  });

eachDatabase('UnemploymentEnrollmentService', '2024-01-15', baseScenario, (h) => {
  const absence75 = async (cpr: string) =>
    (await loadCitizenState(h().db, cpr))!.absences.filter((a) => a.absenceType === 75);

  test('Profession (ProfessionTypeCollection) carries up to 200 ProfessionType items, each child optional; the old ProfessionCollection name is refused (1014)', async () => {
    const c = await h().client('UnemploymentEnrollmentService', jobcenter());
    const body = (profession: object) => ({
      UnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.member,
        ClientCategoryTypeIdentifier: 1,
        EnrollmentDate: '2024-01-15T08:00:00',
        CurrentUnemploymentStatusTypeIdentifier: 1,
        ...profession,
      },
    });
    const items = [{ DiscoWebIdentifier: 5141 }, { ConceptUriDa: 'http://data.star.dk/esco/occupation/frisoer' }];
    await refusedWithoutWrites(
      h().db,
      () => c.UnemploymentEnrollmentAsync(body({ ProfessionCollection: { Profession: items } })),
      '1014',
    );
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ DiscoWebIdentifier: i }));
    await refusedWithoutWrites(
      h().db,
      () => c.UnemploymentEnrollmentAsync(body({ Profession: { ProfessionType: tooMany } })),
      '1014',
    );
    const [res] = await c.UnemploymentEnrollmentAsync(body({ Profession: { ProfessionType: items } }));
    assert.match(res.ServiceReceipt.MessageIdentifier, /^[0-9a-f-]{36}$/);
  });

  for (const [channel, caller] of [
    ['Jobnet', jobnetCitizen(CPR.noAkasse)],
    ['the jobcentre', jobcenter()],
    ['the a-kasse', akasse('81')],
  ] as [string, Caller][]) {
    test(`R-KF-02 / R-NOT-01: enrolling a newly unemployed dagpengemodtager via ${channel} creates absence 75 and GetAbsenceVersion7 for its a-kasse and its jobcentre, besides the enrollment's own message, nothing else`, async () => {
      const before = await rowCounts(h().db);
      await enroll(
        await h().client(
          'UnemploymentEnrollmentService',
          caller.organisationType === 1 ? { ...caller, userIdentifier: CPR.member } : caller,
        ),
        CPR.member,
        '2024-01-15',
      );
      const [a] = await absence75(CPR.member);
      assert.ok(a, 'absence 75 exists');
      assert.equal(a.startDate, '2024-01-15');
      assert.equal(a.createdByDfdg, true);
      assert.equal(a.active, true);
      const rows = await outboxFor(h().db, CPR.member);
      assert.deepEqual(receiverKeys(rows), [
        'GetAbsenceVersion7->2:81',
        'GetAbsenceVersion7->8:10100',
        'GetUnemploymentEnrollmentVersion4->2:81',
        'GetUnemploymentEnrollmentVersion4->7:101',
        'GetUnemploymentEnrollmentVersion4->8:10100',
      ]);
      const absenceRows = rows.filter((r) => r.message_type === 'GetAbsenceVersion7');
      assert.ok(absenceRows.every((r) => r.entity_key === a.id && r.payload.includes('AbsenceTypeIdentifier>75<')));
      const after = await rowCounts(h().db);
      assert.equal(after.outbox_message! - before.outbox_message!, 5, 'exactly five outbox rows');
    });
  }

  test('R-KF-03: a part-time insured citizen with 340 consumed hours goes to the jobcentre (no absence 75); with 100 hours to the a-kasse', async () => {
    const jc = await h().client('UnemploymentEnrollmentService', jobcenter());
    await enroll(jc, CPR.counter340, '2024-01-15');
    assert.equal((await absence75(CPR.counter340)).length, 0);
    const absenceRows = (await outboxFor(h().db, CPR.counter340)).filter(
      (r) => r.message_type === 'GetAbsenceVersion7',
    );
    assert.equal(absenceRows.length, 0);
    await enroll(jc, CPR.counter100, '2024-01-15');
    assert.equal((await absence75(CPR.counter100)).length, 1);
  });

  test('R-KF-04: a citizen unemployed across 1 Jan 2024 stays with the jobcentre: no automatic absence 75, and a second enrollment is refused', async () => {
    const jc = await h().client('UnemploymentEnrollmentService', jobcenter());
    await refusedWithoutWrites(h().db, () => enroll(jc, CPR.transition, '2024-01-15'), '4989');
    assert.equal((await absence75(CPR.transition)).length, 0);
  });

  test('R-KF-13: the transition marking ends an absence 75 of a transition-group citizen with reason 49 and notifies', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    await ak.CreateAbsenceAsync({
      Absence: {
        PersonCivilRegistrationIdentifier: CPR.transition,
        AbsenceTypeIdentifier: 75,
        StartDate: '2024-01-02T00:00:00',
        NotificationDate: '2024-01-02T00:00:00',
      },
    });
    await clearOutbox(h().db);
    assert.equal(await runTransitionMarking(h().db, h().clock), 1);
    const [a] = await absence75(CPR.transition);
    assert.equal(a!.endReason, 49);
    assert.equal(a!.registeredBy.kind, 'authority', "the registration stays the a-kasse's; DFDG ended it");
    assert.deepEqual(receiverKeys(await outboxFor(h().db, CPR.transition)), [
      'GetAbsenceVersion7->2:81',
      'GetAbsenceVersion7->8:10100',
    ]);
    assert.equal(await runTransitionMarking(h().db, h().clock), 0, 'idempotent');
  });

  test('R-KF-05: a transition-group citizen deregistered for work and re-registered after 1 Jan 2024 gets absence 75 from the re-registration date', async () => {
    h().clock.set('2024-03-01');
    try {
      await enroll(await h().client('UnemploymentEnrollmentService', jobcenter()), CPR.reRegistered, '2024-03-01');
      const [a] = await absence75(CPR.reRegistered);
      assert.equal(a?.startDate, '2024-03-01');
    } finally {
      h().clock.set('2024-01-15');
    }
  });

  test("R-KF-15: the a-kasse deregisters its member and registers them 'Uden ydelse' (contact group 8); no absence 75", async () => {
    const ak = await h().client('UnemploymentEnrollmentService', akasse('81'));
    await enroll(ak, CPR.member, '2024-01-15');
    await cancel(ak, CPR.member, '2024-01-20', 6);
    h().clock.set('2024-01-20');
    try {
      await enroll(ak, CPR.member, '2024-01-20', 8);
    } finally {
      h().clock.set('2024-01-15');
    }
    const state = (await loadCitizenState(h().db, CPR.member))!;
    const open = state.enrollments.filter((e) => e.endDate === null);
    assert.deepEqual(
      open.map((e) => e.clientCategory),
      [8],
    );
    assert.deepEqual(
      state.contactGroups.filter((c) => c.endDate === null).map((c) => c.contactGroup),
      [8],
    );
  });

  test('4317 / 4322: cancelling without an open enrollment, or with a date outside today..+30 days, is refused', async () => {
    const jc = await h().client('UnemploymentEnrollmentService', jobcenter());
    assert.equal((await fault(cancel(jc, CPR.member, '2024-01-15'))).code, '4317');
    await enroll(jc, CPR.member, '2024-01-15');
    assert.equal((await fault(cancel(jc, CPR.member, '2024-02-20'))).code, '4322');
    assert.equal((await fault(cancel(jc, CPR.member, '2024-01-10'))).code, '4322');
  });

  test('4322: in a less intensive effort (an active absence 45 "På vej i job (inden for 6 uger)" today) the cancellation may be up to 60 days ahead, not 61', async () => {
    const jc = await h().client('UnemploymentEnrollmentService', jobcenter());
    await enroll(jc, CPR.member, '2024-01-15');
    await (
      await h().client('AbsenceRegistrationService', jobcenter())
    ).CreateAbsenceAsync({
      Absence: {
        PersonCivilRegistrationIdentifier: CPR.member,
        AbsenceTypeIdentifier: 45,
        StartDate: '2024-01-15T00:00:00',
        EndDate: '2024-02-25T00:00:00',
        NotificationDate: '2024-01-15T00:00:00',
      },
    });
    await refusedWithoutWrites(h().db, () => cancel(jc, CPR.member, '2024-03-16'), '4322');
    await cancel(jc, CPR.member, '2024-03-15');
    assert.equal((await loadCitizenState(h().db, CPR.member))!.enrollments.at(-1)!.endDate, '2024-03-15');
  });

  test("an a-kasse cannot enroll another fund's member (4857)", async () => {
    assert.equal(
      (
        await fault(
          enroll(await h().client('UnemploymentEnrollmentService', akasse('81')), CPR.otherJobcenter, '2024-01-15'),
        )
      ).code,
      '4857',
    );
  });
});
