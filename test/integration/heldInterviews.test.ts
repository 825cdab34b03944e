// Held interviews and contact groups over HTTP (PersonRegistrationService, InterviewService): R-MTG-11,
// R-MTG-12, R-MTG-13, R-MTG-16, R-MTG-17, and DFDG's automatic cancellations on a return to contact group 1
// (R-MTG-15) with the citizen's SMS/e-mail notice (R-NOT-10).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citizenNotices } from '../../src/store/contactProcessRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { akasse, jobcenter, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';
import { clearOutbox } from '../support/outbox.ts';
import { outboxFor } from './outboxRows.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { frist, getSummons, list, newId, summon } from './contactProcessCalls.ts';

const REGISTRATION = 'PersonRegistrationService';

eachDatabase('held interviews and contact groups', '2024-03-04', contactProcessScenario, (h) => {
  const held = async (caller: Caller, cpr: string, type: number, at: string, bookingId?: string) =>
    (await h().client(REGISTRATION, caller)).CreatePersonInterviewAsync({
      PersonCivilRegistrationIdentifier: cpr,
      PersonInterview: {
        MessageIdentifier: newId(),
        InterviewTypeIdentifier: type,
        ...(bookingId ? { BookingIdentifier: bookingId } : {}),
        ResponsibleAuthority: {
          AuthorityStructure: {
            AuthorityCode: caller.organisationCode,
            AuthorityName: 'Test',
            OrganisationTypeIdentifier: caller.organisationType,
          },
          CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
        },
        InterviewHeldTime: at,
      },
    });
  /** A move from the open contact group 24 (from 2024-02-01) into group 1 on 2024-03-04: end it, then open 1. */
  const moveToGroup1 = async (registration: any, cpr: string) => {
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: cpr,
      ContactGroup: {
        ContactGroupTypeIdentifier: 24,
        StartDate: '2024-02-01T00:00:00',
        EndDate: '2024-03-03T00:00:00',
      },
    });
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: cpr,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-04T00:00:00' },
    });
  };
  const interviews = async (caller: Caller, cpr: string) =>
    list<any>(
      (
        await (
          await h().client('InterviewService', caller)
        ).GetInterviewInfoAsync({ PersonCivilRegistrationIdentifier: cpr })
      )[0].InterviewInfoCollection?.InterviewInfo,
    );

  test('R-MTG-11: the jobcentre registers a held fleksjobopfølgningssamtale (5) for a citizen in contact group 13; before release 2023-4 it was refused', async () => {
    await held(jobcenter(), KP.jobafklaring, 5, '2024-03-01T10:00:00+01:00');
    assert.deepEqual(
      (await interviews(jobcenter(), KP.jobafklaring)).map((i) => [
        Number(i.InterviewTypeIdentifier),
        Number(i.ContactGroupTypeIdentifier),
      ]),
      [[5, 13]],
    );
    h().clock.set('2023-11-15');
    await refusedWithoutWrites(
      h().db,
      () => held(jobcenter(), KP.jobafklaring, 5, '2023-11-10T10:00:00+01:00'),
      '4958',
    );
  });

  test('R-MTG-12: the a-kasse registers a held 7 before absence 75 starts only after the first dagpenge day, and only with an absence 75', async () => {
    await held(akasse('81'), KP.akassePeriod, 7, '2024-01-05T10:00:00+01:00');
    await held(akasse('81'), KP.akassePeriod, 17, '2024-01-08T10:00:00+01:00');
    await refusedWithoutWrites(
      h().db,
      () => held(akasse('81'), KP.akassePeriod, 7, '2024-01-02T10:00:00+01:00'),
      '4957',
    );
    await refusedWithoutWrites(
      h().db,
      () => held(akasse('81'), KP.noAbsence75, 7, '2024-01-05T10:00:00+01:00'),
      '4957',
    );
  });

  test('R-MTG-13: the a-kasse registers a held interview while absence 75 is inactive', async () => {
    await held(akasse('81'), KP.sickAkasseInactive, 7, '2024-02-25T10:00:00+01:00');
    assert.equal(
      (await interviews(akasse('81'), KP.sickAkasseInactive)).length,
      0,
      'held in contact group 24: the a-kasse does not see it (R-MTG-17)',
    );
    assert.equal((await interviews(jobcenter(), KP.sickAkasseInactive)).length, 1);
  });

  test('R-MTG-16: during the a-kasse period the jobcentre registers the follow-up type 12, not a jobsamtale (R-MTG-14)', async () => {
    await held(jobcenter(), KP.akassePeriod, 12, '2024-03-01T10:00:00+01:00');
    await refusedWithoutWrites(
      h().db,
      () => held(jobcenter(), KP.akassePeriod, 7, '2024-03-01T11:00:00+01:00'),
      '4963',
    );
    await held(jobcenter(), KP.sickAkasse, 7, '2024-03-01T11:00:00+01:00');
  });

  test('R-MTG-17: the a-kasse reads held 7s from contact group 1 periods only; the jobcentre reads all', async () => {
    await held(jobcenter(), KP.groupHistory, 7, '2024-02-01T10:00:00+01:00');
    await held(jobcenter(), KP.groupHistory, 7, '2024-02-20T10:00:00+01:00');
    const byAkasse = await interviews(akasse('81'), KP.groupHistory);
    assert.deepEqual(
      byAkasse.map((i) => [i.InterviewHeldTime, Number(i.ContactGroupTypeIdentifier)]),
      [['2024-02-20T10:00:00+01:00', 1]],
    );
    assert.equal((await interviews(jobcenter(), KP.groupHistory)).length, 2);
  });

  test("held-interview checks: a BookingIdentifier must be the citizen's, the same type at the same time only once; a held 17 resets the participation choice", async () => {
    await refusedWithoutWrites(
      h().db,
      () => held(jobcenter(), KP.afterPeriod, 7, '2024-03-01T10:00:00+01:00', newId()),
      '4768',
    );
    await held(jobcenter(), KP.afterPeriod, 7, '2024-03-01T10:00:00+01:00');
    await refusedWithoutWrites(h().db, () => held(jobcenter(), KP.afterPeriod, 7, '2024-03-01T10:00:00+01:00'), '4948');
    const indkaldelse = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
    const id = await summon(indkaldelse, KP.afterPeriod, { type: 17 });
    const ak = await h().client('Kontaktforloeb.IndkaldelseService', akasse('81'));
    await ak.SaveDeltagelsesvalgAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      ParticipationStatusTypeIdentifier: 2,
    });
    await held(jobcenter(), KP.afterPeriod, 17, '2024-03-04T09:00:00+01:00', id);
    const [current] = await indkaldelse.GetDeltagelsesvalgAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.deepEqual(list(current.DeltagelsesvalgCollection?.Deltagelsesvalg), []);
    const [hist] = await indkaldelse.GetDeltagelsesvalgshistorikAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
    });
    assert.ok(list<any>(hist.DeltagelsesvalgCollection.Deltagelsesvalg)[0].Nulstillet);
  });

  test("R-MTG-15 / R-NOT-10: back in contact group 1 with an active absence 75, the jobcentre's summons and deadline end and the citizen gets an SMS", async () => {
    const indkaldelse = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
    const id = await summon(indkaldelse, KP.sickAkasse, { type: 12, start: '2024-03-05T10:00:00+01:00' });
    const fristService = await h().client('Kontaktforloeb.FristService', jobcenter());
    await fristService.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.sickAkasse,
      InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
    });
    const akasseSummons = await summon(
      await h().client('Kontaktforloeb.IndkaldelseService', akasse('81')),
      KP.sickAkasse,
      { type: 7, start: '2024-03-06T10:00:00+01:00' },
    );
    await clearOutbox(h().db);
    await moveToGroup1(await h().client(REGISTRATION, jobcenter()), KP.sickAkasse);
    const info = await getSummons(indkaldelse, KP.sickAkasse, id);
    assert.equal(String(info.Aflyst), 'true');
    assert.equal(String(info.AflystAfDfdg), 'true');
    assert.equal(
      String((await getSummons(indkaldelse, KP.sickAkasse, akasseSummons)).Aflyst),
      'false',
      "the a-kasse's own summons stays",
    );
    const [got] = await fristService.GetFristerAsync({ PersonCivilRegistrationIdentifier: KP.sickAkasse });
    assert.equal(
      Number(list<any>(got.InterviewDeadlineCollection.InterviewDeadline)[0].InterviewDeadlineStatusTypeIdentifier),
      4,
    );
    const notices = await citizenNotices(h().db, KP.sickAkasse);
    assert.deepEqual(
      notices.map((n) => [n.channel, n.summonsId, n.text]),
      [['sms', id, 'Din samtale 2024-03-05 kl. 10:00 (Jobsamtale) er aflyst.']],
    );
    const types = (await outboxFor(h().db, KP.sickAkasse)).map((r) => r.message_type);
    assert.ok(
      types.includes('GetIndkaldelseVersion1') && types.includes('GetInterviewDeadlineVersion2'),
      'cancellation and closing are notified',
    );
  });

  test('R-MTG-15: with absence 75 inactive nothing is cancelled; R-NOT-10: a citizen not signed up gets no notice', async () => {
    const indkaldelse = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
    const registration = await h().client(REGISTRATION, jobcenter());
    const inactive = await summon(indkaldelse, KP.sickAkasseInactive, { type: 12, start: '2024-03-05T10:00:00+01:00' });
    await moveToGroup1(registration, KP.sickAkasseInactive);
    assert.equal(String((await getSummons(indkaldelse, KP.sickAkasseInactive, inactive)).Aflyst), 'false');
    assert.deepEqual(await citizenNotices(h().db, KP.sickAkasseInactive), []);
    const quiet = await summon(indkaldelse, KP.sickAkasseNoSignup, { type: 12, start: '2024-03-05T10:00:00+01:00' });
    await moveToGroup1(registration, KP.sickAkasseNoSignup);
    assert.equal(String((await getSummons(indkaldelse, KP.sickAkasseNoSignup, quiet)).Aflyst), 'true');
    assert.deepEqual(await citizenNotices(h().db, KP.sickAkasseNoSignup), []);
  });

  test('CreateContactGroup while a contact group is open is 4644; UpdateContactGroup of a group that is not open is 8096; the dates are dateTimes read as Danish dates', async () => {
    const registration = await h().client(REGISTRATION, jobcenter());
    await refusedWithoutWrites(
      h().db,
      () =>
        registration.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-04T00:00:00' },
        }),
      '4644',
    );
    for (const ContactGroup of [
      { ContactGroupTypeIdentifier: 1, StartDate: '2024-01-10T00:00:00', EndDate: '2024-03-03T00:00:00' },
      { ContactGroupTypeIdentifier: 24, StartDate: '2024-02-01T00:00:00', EndDate: '2024-01-31T00:00:00' },
    ])
      await refusedWithoutWrites(
        h().db,
        () => registration.UpdateContactGroupAsync({ PersonCivilRegistrationIdentifier: KP.sickAkasse, ContactGroup }),
        '8096',
      );
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.sickAkasse,
      ContactGroup: {
        ContactGroupTypeIdentifier: 24,
        StartDate: '2024-02-01T00:00:00',
        EndDate: '2024-03-10T00:00:00',
      },
    });
    await refusedWithoutWrites(
      h().db,
      () =>
        registration.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-10T00:00:00' },
        }),
      '4644', // the group ending on 2024-03-10 is still open that day
    );
    // The start is a dateTime (REST Starttidspunkt, visitation-absence.md §4.1): a bare date does not validate, and
    // an instant is read as its Danish calendar date (23:30 UTC on the 10th is 00:30 on the 11th in Copenhagen).
    await refusedWithoutWrites(
      h().db,
      () =>
        registration.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-11' },
        }),
      '1014',
    );
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.sickAkasse,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-10T23:30:00Z' },
    });
  });

  test('R-ABS-02 / 4645: no move into contact group 12 while an absence 77 lasts', async () => {
    const registration = await h().client(REGISTRATION, jobcenter());
    await (
      await h().client('AbsenceRegistrationService', jobcenter())
    ).CreateAbsenceAsync({
      Absence: {
        PersonCivilRegistrationIdentifier: KP.sickAkasse,
        AbsenceTypeIdentifier: 77,
        StartDate: '2024-03-04T00:00:00',
        NotificationDate: '2024-03-04T00:00:00',
      },
    });
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.sickAkasse,
      ContactGroup: {
        ContactGroupTypeIdentifier: 24,
        StartDate: '2024-02-01T00:00:00',
        EndDate: '2024-03-04T00:00:00',
      },
    });
    await refusedWithoutWrites(
      h().db,
      () =>
        registration.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 12, StartDate: '2024-03-05T00:00:00' },
        }),
      '4645',
    );
  });

  test('InterviewService.CreateInterview: nothing before the latest resetting interview (4949), a resetting one strictly after it (4960); InterviewWithMoreAuthorities needs a ParticipationStatusTypeIdentifier (1014)', async () => {
    const service = await h().client('InterviewService', jobcenter());
    const create = (type: number, at: string, more: Record<string, unknown> = {}) =>
      service.CreateInterviewAsync({
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        Interview: {
          InterviewIdentifier: newId(),
          InterviewTypeIdentifier: type,
          ResponsibleAuthority: {
            AuthorityStructure: { AuthorityCode: '10100', AuthorityName: 'Jobcenter' },
            CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
          },
          InterviewHeldTime: at,
          ...more,
        },
      });
    await create(7, '2024-03-01T10:00:00+01:00', {
      InterviewWithMoreAuthorities: true,
      ParticipationStatusTypeIdentifier: 1,
    });
    await refusedWithoutWrites(h().db, () => create(12, '2024-03-01T09:59:00+01:00'), '4949');
    await refusedWithoutWrites(h().db, () => create(4, '2024-03-01T10:00:00+01:00'), '4960');
    await create(12, '2024-03-01T10:00:00+01:00'); // not resetting: the same time is allowed
    await refusedWithoutWrites(
      h().db,
      () => create(4, '2024-03-02T10:00:00+01:00', { InterviewWithMoreAuthorities: true }),
      '1014',
    );
    await create(4, '2024-03-01T10:01:00+01:00');
    assert.deepEqual(
      (await interviews(jobcenter(), KP.afterPeriod)).map((i) => Number(i.InterviewTypeIdentifier)).sort(),
      [12, 4, 7].sort(),
    );
  });

  test('CreateContactGroup: an unknown contact group is 4675; the a-kasse may not register contact groups', async () => {
    const registration = await h().client(REGISTRATION, jobcenter());
    await refusedWithoutWrites(
      h().db,
      () =>
        registration.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 9, StartDate: '2024-03-04T00:00:00' },
        }),
      '4675',
    );
    const ak = await h().client(REGISTRATION, akasse('81'));
    await refusedWithoutWrites(
      h().db,
      () =>
        ak.CreateContactGroupAsync({
          PersonCivilRegistrationIdentifier: KP.sickAkasse,
          ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-04T00:00:00' },
        }),
      '4575',
    );
  });

  test('CreateContactGroup (CreateKontaktgruppe): STAR ends and registers a contact group for any citizen (Alle borgere)', async () => {
    const registration = await h().client(REGISTRATION, star());
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-01-10T00:00:00', EndDate: '2024-03-03T00:00:00' },
    });
    const [res] = await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      ContactGroup: { ContactGroupTypeIdentifier: 24, StartDate: '2024-03-04T00:00:00' },
    });
    assert.ok(res.ServiceReceipt.MessageIdentifier);
    const groups = (await loadCitizenState(h().db, KP.afterPeriod))!.contactGroups;
    assert.ok(groups.some((g) => g.contactGroup === 24 && g.startDate === '2024-03-04'));
  });
});
