// The absence rules through AbsenceRegistrationService over HTTP: each rule's accepted and refused
// path, with the GetAbsenceVersion7 rows a change writes and nothing written on a refusal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { baseScenario, CPR } from './scenario.ts';
import { clearOutbox } from '../support/outbox.ts';
import { facadeFetch } from '../support/tls.ts';

const dt = (d: string) => `${d}T00:00:00`;

async function create(
  c: soap.Client,
  cpr: string,
  type: number,
  start: string,
  end?: string,
  cause?: number,
): Promise<string> {
  const [res] = await c.CreateAbsenceAsync({
    Absence: {
      PersonCivilRegistrationIdentifier: cpr,
      AbsenceTypeIdentifier: type,
      StartDate: dt(start),
      ...(end ? { EndDate: dt(end) } : {}),
      NotificationDate: dt(start),
      ...(cause ? { AbsenceCauseTypeIdentifier: cause } : {}),
    },
  });
  return res.ServiceReceipt.MessageIdentifier;
}

async function end(
  c: soap.Client,
  cpr: string,
  id: string,
  type: number,
  start: string,
  endDate: string,
  cause: number,
) {
  return c.UpdateAbsenceAsync({
    Absence: {
      AbsenceIdentifier: id,
      PersonCivilRegistrationIdentifier: cpr,
      AbsenceTypeIdentifier: type,
      StartDate: dt(start),
      EndDate: dt(endDate),
      NotificationDate: dt(start),
      AbsenceCauseTypeIdentifier: cause,
    },
  });
}

eachDatabase('AbsenceRegistrationService', '2024-02-15', baseScenario, (h) => {
  test('create, read back, change active status and delete an absence; each change writes GetAbsenceVersion7 to jobcentre and a-kasse', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    const id = await create(jc, CPR.member, 10, '2024-03-01', '2024-03-10');
    const [got] = await jc.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member, AbsenceIdentifier: id });
    const a = got.AbsenceCollection.Absence[0];
    assert.equal(Number(a.AbsenceTypeIdentifier), 10);
    assert.equal(String(a.StartDate).slice(0, 10), '2024-03-01');
    assert.equal(String(a.Active), 'true');
    const status = await h().client('AbsenceActiveStatusService', jobcenter());
    const [statusReceipt] = await status.UpdateAbsenceActiveStatusAsync({
      AbsenceActiveStatus: {
        AbsenceIdentifier: id,
        PersonCivilRegistrationIdentifier: CPR.member,
        Active: false,
        CorrectionComment: 'Fejlregistrering',
      },
    });
    assert.match(statusReceipt.ServiceReceipt.MessageIdentifier, /^[0-9a-f-]{36}$/);
    const [after] = await jc.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member, AbsenceIdentifier: id });
    assert.equal(String(after.AbsenceCollection.Absence[0].Active), 'false');
    assert.deepEqual(receiverKeys(await outboxFor(h().db, CPR.member)), [
      'GetAbsenceVersion7->2:81',
      'GetAbsenceVersion7->2:81',
      'GetAbsenceVersion7->8:10100',
      'GetAbsenceVersion7->8:10100',
    ]);
    await jc.DeleteAbsenceAsync({
      AbsenceIdentifier: id,
      PersonCivilRegistrationIdentifier: CPR.member,
      CorrectionComment: 'Fejlregistrering',
    });
    assert.equal(
      (await fault(jc.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member, AbsenceIdentifier: id }))).code,
      '4632',
    );
  });

  test('UpdateAbsenceActiveStatus is served by AbsenceActiveStatusService Version 9 only, not by AbsenceRegistrationService', async () => {
    const list = (await (await facadeFetch(h().url + '/services')).json()) as { name: string; endpoint: string }[];
    const status = list.find((s) => s.name === 'AbsenceActiveStatusService');
    assert.equal(status?.endpoint, h().url + '/9/AbsenceActiveStatusService.svc');
    const wsdl = await (await facadeFetch(status!.endpoint + '?wsdl')).text();
    assert.match(
      wsdl,
      /targetNamespace="http:\/\/service\.bm\.dk\/pjaktass\/2024\/12\/01\/AbsenceActiveStatusService\/"/,
    );
    const registration = await h().client('AbsenceRegistrationService', jobcenter());
    assert.equal(typeof registration.UpdateAbsenceActiveStatusAsync, 'undefined');
    const jc = await h().client('AbsenceActiveStatusService', jobcenter());
    assert.equal(typeof jc.UpdateAbsenceActiveStatusAsync, 'function');
  });

  /** Ends the member's open contact group 1 (from 2023-06-01) the day before a move into group 12 on 2024-02-15. */
  const endGroup1 = (registration: any) =>
    registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2023-06-01T00:00:00', EndDate: '2024-02-14T00:00:00' },
    });

  test('R-ABS-02 / 4645: contact group 12 cannot be registered while an active absence 77 runs; once it is inactive it can', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    const id = await create(jc, CPR.member, 77, '2024-02-20', '2024-03-20');
    const registration = await h().client('PersonRegistrationService', jobcenter());
    const group12 = () =>
      registration.CreateContactGroupAsync({
        PersonCivilRegistrationIdentifier: CPR.member,
        ContactGroup: { ContactGroupTypeIdentifier: 12, StartDate: '2024-02-15T00:00:00' },
      });
    await endGroup1(registration);
    await refusedWithoutWrites(h().db, group12, '4645');
    await (
      await h().client('AbsenceActiveStatusService', jobcenter())
    ).UpdateAbsenceActiveStatusAsync({
      AbsenceActiveStatus: { AbsenceIdentifier: id, PersonCivilRegistrationIdentifier: CPR.member, Active: false },
    });
    await group12();
  });

  test('R-ABS-02 / 4591: absence 77 for a citizen in contact group 12 is refused with the documented code', async () => {
    const registration = await h().client('PersonRegistrationService', jobcenter());
    await endGroup1(registration);
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      ContactGroup: { ContactGroupTypeIdentifier: 12, StartDate: '2024-02-15T00:00:00' },
    });
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(h().db, () => create(jc, CPR.member, 77, '2024-02-20', '2024-03-20'), '4591');
  });

  test('1003: an end date before the start date is refused', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(h().db, () => create(jc, CPR.member, 10, '2024-03-10', '2024-03-01'), '1003');
  });

  test("R-KF-06: the citizen's a-kasse may register absence 75 itself and the jobcentre is notified; a jobcentre may not", async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 75, '2024-02-01');
    const rows = await outboxFor(h().db, CPR.member);
    assert.ok(receiverKeys(rows).includes('GetAbsenceVersion7->8:10100'));
    assert.ok(rows.every((r) => r.entity_key === id));
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(h().db, () => create(jc, CPR.noAkasse, 75, '2024-02-01'), '4988');
  });

  test('R-KF-09: a second overlapping absence 75 is refused; ending it with 46 (re-placement) is refused', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 75, '2024-01-10');
    await refusedWithoutWrites(h().db, () => create(ak, CPR.member, 75, '2024-03-01'), '4983');
    // 46 is still on the codelist on the business date (C-01 ends it with release 2024-1, 18 Mar 2024: 2003
    // from then on, D-38), so the codelist check passes and R-KF-11 refuses it: the end date is after 1 Jan 2024.
    await refusedWithoutWrites(h().db, () => end(ak, CPR.member, id, 75, '2024-01-10', '2024-03-01', 46), '4981');
  });

  test('R-KF-08 / R-NOT-02: the a-kasse ends absence 75 with reason 41 and the jobcentre is notified in the same transaction', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 75, '2024-01-10');
    await clearOutbox(h().db);
    await end(ak, CPR.member, id, 75, '2024-01-10', '2024-04-15', 41);
    const rows = await outboxFor(h().db, CPR.member);
    assert.ok(receiverKeys(rows).includes('GetAbsenceVersion7->8:10100'));
    assert.match(rows[0]!.payload, /AbsenceCauseTypeIdentifier>41</);
  });

  test('R-KF-10: the a-kasse ends absence 75 with reason 45 (target group for uddannelsespålæg)', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 75, '2024-01-10');
    await end(ak, CPR.member, id, 75, '2024-01-10', '2024-01-12', 45);
    const [got] = await ak.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member, AbsenceIdentifier: id });
    assert.equal(Number(got.AbsenceCollection.Absence[0].AbsenceCauseTypeIdentifier), 45);
  });

  test('R-KF-11: reason 44 is accepted for end date 2023-12-31 and refused for 2024-01-02 and 2024-01-05 (business date 2023-12-10); moving an ended 44 past New Year is refused; after release 2024-1 the codelist refuses it (2003)', async () => {
    h().clock.set('2023-12-10');
    try {
      const ak = await h().client('AbsenceRegistrationService', akasse('81'));
      const id = await create(ak, CPR.member, 75, '2023-06-01');
      await refusedWithoutWrites(h().db, () => end(ak, CPR.member, id, 75, '2023-06-01', '2024-01-02', 44), '4981');
      await refusedWithoutWrites(h().db, () => end(ak, CPR.member, id, 75, '2023-06-01', '2024-01-05', 44), '4981');
      await end(ak, CPR.member, id, 75, '2023-06-01', '2023-12-31', 44);
      // Moving that end date past 1 Jan 2024 with the same reason is a new ending, refused too (D-36).
      await refusedWithoutWrites(h().db, () => end(ak, CPR.member, id, 75, '2023-06-01', '2024-01-05', 44), '4981');
      // From release 2024-1 (18 Mar 2024) the codelist has ended 44 itself: a new 44 gets 2003 (D-38).
      h().clock.set('2024-04-02');
      const other = await create(ak, CPR.member, 11, '2024-03-20');
      await refusedWithoutWrites(h().db, () => end(ak, CPR.member, other, 11, '2024-03-20', '2024-03-25', 44), '2003');
    } finally {
      h().clock.set('2024-02-15');
    }
  });

  test('R-KF-12: reason 48 is refused on absence 11 and accepted on absence 75', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const sick = await create(ak, CPR.member, 11, '2024-02-01');
    await refusedWithoutWrites(h().db, () => end(ak, CPR.member, sick, 11, '2024-02-01', '2024-02-10', 48), '4980');
    const ak75 = await create(ak, CPR.member, 75, '2024-02-12');
    await end(ak, CPR.member, ak75, 75, '2024-02-12', '2024-02-14', 48);
  });

  test('R-KF-13: reason 49 from an a-kasse is refused', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 75, '2024-01-10');
    await refusedWithoutWrites(h().db, () => end(ak, CPR.member, id, 75, '2024-01-10', '2024-02-01', 49), '4982');
  });

  test('R-KF-14: from release 2024-1 reasons 41/45/48 end absence 75, 43 does not', async () => {
    h().clock.set('2024-04-01');
    try {
      const ak = await h().client('AbsenceRegistrationService', akasse('81'));
      const id = await create(ak, CPR.member, 75, '2024-01-10');
      const f = await fault(end(ak, CPR.member, id, 75, '2024-01-10', '2024-03-31', 43));
      assert.ok(['2003', '4981', '4980'].includes(f.code), `refused with ${f.code}`);
      await end(ak, CPR.member, id, 75, '2024-01-10', '2024-03-31', 48);
    } finally {
      h().clock.set('2024-02-15');
    }
  });

  test('R-KF-17: an absence 75 registered retroactively for a citizen in contact group 24 is stored inactive', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.sick, 75, '2024-01-01');
    const [got] = await ak.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.sick, AbsenceIdentifier: id });
    assert.equal(String(got.AbsenceCollection.Absence[0].Active), 'false');
  });

  test('R-ABS-01 / R-NOT-09: a current absence may be deleted; the jobcentre, the a-kasse and the benefit system are notified; absence 75 may not be deleted', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    const id = await create(jc, CPR.member, 10, '2024-02-01', '2024-02-14');
    await clearOutbox(h().db);
    await jc.DeleteAbsenceAsync({
      AbsenceIdentifier: id,
      PersonCivilRegistrationIdentifier: CPR.member,
      CorrectionComment: 'Fejlregistreret',
    });
    const rows = await outboxFor(h().db, CPR.member);
    assert.deepEqual(receiverKeys(rows), [
      'GetAbsenceVersion7->2:81',
      'GetAbsenceVersion7->7:101/Ydelsessystem',
      'GetAbsenceVersion7->8:10100',
    ]);
    assert.ok(rows.every((r) => /Deleted>true</.test(r.payload)));
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id75 = await create(ak, CPR.member, 75, '2024-01-10');
    await refusedWithoutWrites(
      h().db,
      () =>
        ak.DeleteAbsenceAsync({
          AbsenceIdentifier: id75,
          PersonCivilRegistrationIdentifier: CPR.member,
          CorrectionComment: 'x',
        }),
      '4984',
    );
  });

  test('R-ABS-01: before release 2021-1 only a future absence could be deleted', async () => {
    h().clock.set('2021-02-01');
    try {
      const jc = await h().client('AbsenceRegistrationService', jobcenter());
      const past = await create(jc, CPR.member, 10, '2021-01-10', '2021-01-20');
      await refusedWithoutWrites(
        h().db,
        () =>
          jc.DeleteAbsenceAsync({
            AbsenceIdentifier: past,
            PersonCivilRegistrationIdentifier: CPR.member,
            CorrectionComment: 'x',
          }),
        '4985',
      );
      const future = await create(jc, CPR.member, 10, '2021-03-01', '2021-03-05');
      await jc.DeleteAbsenceAsync({
        AbsenceIdentifier: future,
        PersonCivilRegistrationIdentifier: CPR.member,
        CorrectionComment: 'x',
      });
    } finally {
      h().clock.set('2024-02-15');
    }
  });

  test('R-ABS-02: absence 77 is accepted from 15 Mar 2021 in contact group 1', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    await create(jc, CPR.member, 77, '2024-03-01', '2024-04-01');
    await refusedWithoutWrites(h().db, () => create(jc, CPR.member, 77, '2021-03-01', '2021-03-20'), '4987');
  });

  test('R-ABS-04: Sorgorlov (79) is registered by the a-kasse for 26 weeks', async () => {
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    const id = await create(ak, CPR.member, 79, '2024-03-01', '2024-08-29');
    const [got] = await ak.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.ok(got.AbsenceCollection.Absence.some((a: { AbsenceIdentifier: string }) => a.AbsenceIdentifier === id));
  });

  test('R-ABS-05: the mink-industry absence (80) may not start before 19 Mar 2021', async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(h().db, () => create(jc, CPR.member, 80, '2021-03-18', '2021-06-01'), '4987');
    await create(jc, CPR.member, 80, '2024-03-22', '2024-06-01');
  });

  test("4632: an unknown absence identifier, or another citizen's absence, is refused by AbsenceActiveStatusService", async () => {
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    const status = await h().client('AbsenceActiveStatusService', jobcenter());
    const id = await create(jc, CPR.member, 10, '2024-03-01', '2024-03-02');
    await refusedWithoutWrites(
      h().db,
      () =>
        status.UpdateAbsenceActiveStatusAsync({
          AbsenceActiveStatus: {
            AbsenceIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
            PersonCivilRegistrationIdentifier: CPR.member,
            Active: false,
          },
        }),
      '4632',
    );
    await refusedWithoutWrites(
      h().db,
      () =>
        status.UpdateAbsenceActiveStatusAsync({
          AbsenceActiveStatus: {
            AbsenceIdentifier: id,
            PersonCivilRegistrationIdentifier: CPR.noAkasse,
            Active: false,
          },
        }),
      '4632',
    );
  });
});
