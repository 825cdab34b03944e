// Sickness registered together with deregistration over HTTP (AbsenceRegistrationService
// .CreateIllnessAndCancelEnrollment, visitation-absence.md §2.6, D-153): the AbsenceItem's sickness absence and
// the end of the open enrollment from its first day (reason 3 'Sygdom') are written together or not at all.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { baseScenario, CPR } from './scenario.ts';

const SERVICE = 'AbsenceRegistrationService';

eachDatabase('AbsenceRegistrationService.CreateIllnessAndCancelEnrollment', '2024-01-15', baseScenario, (h) => {
  const item = (extra: Record<string, unknown> = {}) => ({
    StartDate: '2024-01-16T00:00:00',
    AbsenceTypeIdentifier: 11,
    NotificationDate: '2024-01-15T09:00:00',
    ...extra,
  });
  const report = async (cpr: string, absenceItem: Record<string, unknown>) =>
    (
      await (
        await h().client(SERVICE, jobcenter())
      ).CreateIllnessAndCancelEnrollmentAsync({ PersonCivilRegistrationIdentifier: cpr, AbsenceItem: absenceItem })
    )[0];

  test("the sickness absence is registered under the caller's id and the enrollment ends from its first day with reason 3; both notify", async () => {
    const id = randomUUID();
    const r = await report(
      CPR.transition,
      item({
        AbsenceIdentifier: id,
        AbsenceComment: 'Sygemeldt fra arbejde',
        CurrentUnemploymentStatusTypeIdentifier: 1,
        CompanyIdentifier: { ProductionUnitIdentifier: '1012345678', CVRnumberIdentifier: '12345678' },
      }),
    );
    assert.equal(r.ServiceReceipt.MessageIdentifier, id);
    const state = (await loadCitizenState(h().db, CPR.transition))!;
    const sick = state.absences.find((a) => a.id === id)!;
    assert.deepEqual(
      [sick.absenceType, sick.startDate, sick.endDate, sick.comment],
      [11, '2024-01-16', null, 'Sygemeldt fra arbejde'],
    );
    assert.deepEqual(
      state.enrollments.map((e) => [e.endDate, e.endReason]),
      [['2024-01-16', 3]],
    );
    const keys = receiverKeys(await outboxFor(h().db, CPR.transition));
    assert.ok(keys.includes('GetAbsenceVersion7->8:10100'), keys.join());
    assert.ok(keys.includes('GetCancelUnemploymentEnrollmentVersion4->8:10100'), keys.join());
  });

  test('only a sickness absence type (4991); a taken id is 4977; an unknown unemployment status 2002 — nothing written', async () => {
    await refusedWithoutWrites(h().db, () => report(CPR.transition, item({ AbsenceTypeIdentifier: 10 })), '4991');
    const id = randomUUID();
    await report(CPR.transition, item({ AbsenceIdentifier: id }));
    await refusedWithoutWrites(
      h().db,
      () => report(CPR.reRegistered, item({ AbsenceIdentifier: id.toUpperCase() })),
      '4977',
    );
    await refusedWithoutWrites(
      h().db,
      () => report(CPR.transition, item({ CurrentUnemploymentStatusTypeIdentifier: 999 })),
      '2002',
    );
  });

  test("the deregistration's own faults refuse the sickness too: no open enrollment 4317, a first day before today 4322", async () => {
    await refusedWithoutWrites(h().db, () => report(CPR.member, item()), '4317');
    await refusedWithoutWrites(
      h().db,
      () => report(CPR.transition, item({ StartDate: '2024-01-10T00:00:00' })),
      '4322',
    );
    assert.equal(
      (await loadCitizenState(h().db, CPR.transition))!.absences.filter((a) => a.absenceType === 11).length,
      0,
    );
  });

  test('the AbsenceItem is validated as documented: CVR of 8 digits, a company without CVR is 1014', async () => {
    await refusedWithoutWrites(
      h().db,
      () => report(CPR.transition, item({ CompanyIdentifier: { ProductionUnitIdentifier: '1012345678' } })),
      '1014',
    );
    await refusedWithoutWrites(
      h().db,
      () => report(CPR.transition, item({ CompanyIdentifier: { CVRnumberIdentifier: '1234567' } })),
      '1014',
    );
  });
});
