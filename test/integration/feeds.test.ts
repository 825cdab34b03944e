// The inbound feeds over Indberetning.HaendelseService on each dialect: a CPR move sent twice moves once and is
// answered alike; a CPR-number change keeps the citizen's absences and contact groups under the new number and
// tells the absence receivers (R-OTH-02); emigration keeps the jobcentre (R-BAT-15); a death makes authorities'
// writes 4405 and a repeated death report is answered, not refused; KY's 'Ydelse er givet' sent twice switches an
// applicant to recipient once (R-BAT-03) and the 19-day batch then passes the citizen over (R-BAT-02); an
// a-kasse's move-in cancels the giving a-kasse's membership (GetMembershipCancellationVersion1); refusals
// (5181, 5185, 5186, 5187, 1010) write nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runApplicantDeadline } from '../../src/app/feeds/applicantDeadline.ts';
import { recordArchiveDelivery } from '../../src/app/citizen/archiveDelivery.ts';
import { deceasedCitizenRetention } from '../../src/app/citizen/retention.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eraseCitizen } from '../../src/store/citizenErasure.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const P = {
  mover: '0101851101',
  changer: '0202851102',
  newNumber: '0303851103',
  emigrant: '0404851104',
  dying: '0505851105',
  applicant: '0606851106',
  oldApplicant: '0707851107',
  member: '0808851108',
  taken: '0909851109',
} as const;

const scenario = `
persons:
  - cpr: "${P.mover}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
  - cpr: "${P.changer}"
    birthDate: 1985-02-02
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10 }]
    memberships: [{ akasseCode: "81", startDate: 2010-01-01 }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]
  - cpr: "${P.emigrant}"
    birthDate: 1985-04-04
    jobcenterCode: "46100"
  - cpr: "${P.dying}"
    birthDate: 1985-05-05
    jobcenterCode: "10100"
  - cpr: "${P.applicant}"
    birthDate: 1985-06-06
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 12, startDate: 2024-03-01 }]
    enrollments: [{ clientCategory: 12, enrollmentDate: 2024-03-01 }]
  - cpr: "${P.oldApplicant}"
    birthDate: 1985-07-07
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 2, startDate: 2024-03-01 }]
    enrollments: [{ clientCategory: 2, enrollmentDate: 2024-03-01 }]
    personCategories: [{ category: 2, startDate: 2024-03-05 }]
  - cpr: "${P.member}"
    birthDate: 1985-08-08
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "99", startDate: 2015-01-01 }]
  - cpr: "${P.taken}"
    birthDate: 1985-09-09
    jobcenterCode: "10100"
`;

const TODAY = '2024-03-25';

eachDatabase('inbound feeds (Indberetning.HaendelseService)', TODAY, scenario, (h) => {
  const feeds = (caller: Caller = star()) => h().client('Indberetning.HaendelseService', caller);
  const cpr = async (r: Record<string, string>, caller?: Caller) =>
    (await (await feeds(caller)).IndberetCprHaendelseAsync(r))[0];
  /** The jobcentre registers `who` as applicant (person category 2) through PersonRegistrationService: the one
   *  applicant/recipient state KY's event and the 19-day batch work on (D-265). */
  const applicant = async (who: string, startDate: string) =>
    (await h().client('PersonRegistrationService', jobcenter())).CreatePersonCategoryAsync({
      PersonCivilRegistrationIdentifier: who,
      PersonCategory: { PersonCategoryTypeIdentifier: 2, StartDate: `${startDate}T00:00:00` },
    });
  const categories = async (who: string) =>
    (await loadCitizenState(h().db, who))!.personCategories.map((p) => [p.category, p.startDate, p.endDate]);

  test('a CPR move sent twice moves the citizen once and answers the repeat as the first', async () => {
    const event = {
      HaendelseIdentifier: 'cpr-move-1',
      Personnummer: P.mover,
      Haendelsestype: 'Flytning',
      Haendelsesdato: TODAY,
      KommuneKode: '751',
      JobcenterKode: '75100',
    };
    const first = await cpr(event);
    assert.equal(first.Aendret, true);
    assert.equal((await loadCitizenState(h().db, P.mover))!.person.jobcenterCode, '75100');
    const counts = await h().db('feed_event').count({ n: '*' });
    const again = await cpr(event);
    assert.deepEqual(again, first);
    assert.deepEqual(await h().db('feed_event').count({ n: '*' }), counts, 'the repeat is not logged again');
  });

  test('R-OTH-02: a CPR-number change keeps absences, contact groups and memberships under the new number and sends the absence to its receivers', async () => {
    const r = await cpr({
      HaendelseIdentifier: 'cpr-skift-1',
      Personnummer: P.changer,
      Haendelsestype: 'Personnummerskift',
      Haendelsesdato: TODAY,
      NytPersonnummer: P.newNumber,
    });
    assert.equal(r.Personnummer, P.newNumber);
    const now = (await loadCitizenState(h().db, P.newNumber))!;
    assert.deepEqual(
      now.absences.map((a) => a.absenceType),
      [75],
    );
    assert.deepEqual(
      now.contactGroups.map((g) => g.contactGroup),
      [1],
    );
    assert.deepEqual(
      now.memberships.map((m) => m.akasseCode),
      ['81'],
    );
    const old = (await loadCitizenState(h().db, P.changer))!;
    assert.equal(old.person.replacedByCpr, P.newNumber);
    assert.equal(old.absences.length, 0);
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.newNumber)), [
      'GetAbsenceVersion7->2:81',
      'GetAbsenceVersion7->8:10100',
    ]);
    await refusedWithoutWrites(
      h().db,
      () =>
        cpr({
          HaendelseIdentifier: 'cpr-skift-2',
          Personnummer: P.mover,
          Haendelsestype: 'Personnummerskift',
          Haendelsesdato: TODAY,
          NytPersonnummer: P.newNumber,
        }),
      '5181',
    );
    // The scenario's reload before the next test knows only the old number: the new one's rows go here.
    await h().db.transaction((trx) => eraseCitizen(trx, P.newNumber));
    assert.equal(
      await loadCitizenState(h().db, P.changer),
      null,
      "erasing the new number erases the old one's row (R-DEL-02)",
    );
  });

  test('R-BAT-15: an emigrated citizen stays with the latest jobcentre, with the status emigrated from the date; reported again, nothing changes', async () => {
    const event = {
      HaendelseIdentifier: 'cpr-udrejse-1',
      Personnummer: P.emigrant,
      Haendelsestype: 'Udrejse',
      Haendelsesdato: TODAY,
    };
    const r = await cpr(event);
    assert.equal(r.Aendret, true, 'the status is new');
    const emigrated = (await loadCitizenState(h().db, P.emigrant))!.person;
    assert.equal(emigrated.jobcenterCode, '46100');
    assert.deepEqual(emigrated.cprStatus, { status: 'udrejst', date: TODAY });
    const again = await cpr({ ...event, HaendelseIdentifier: 'cpr-udrejse-2' });
    assert.equal(again.Aendret, false, 'the same status under another event id');
    const missing = await cpr({ ...event, HaendelseIdentifier: 'cpr-forsvundet-1', Haendelsestype: 'Forsvundet' });
    assert.equal(missing.Aendret, true);
    assert.deepEqual((await loadCitizenState(h().db, P.emigrant))!.person.cprStatus, {
      status: 'forsvundet',
      date: TODAY,
    });
    await cpr({
      HaendelseIdentifier: 'cpr-flyt-tilbage',
      Personnummer: P.emigrant,
      Haendelsestype: 'Flytning',
      Haendelsesdato: TODAY,
      KommuneKode: '751',
      JobcenterKode: '75100',
    });
    assert.equal(
      (await loadCitizenState(h().db, P.emigrant))!.person.cprStatus,
      null,
      'living in a municipality again (D-266)',
    );
  });

  test('R-BAT-15: before release 2023-3 an emigrated citizen went to Jobcenter København; the status is kept alike', async () => {
    h().clock.set('2023-06-01');
    const r = await cpr({
      HaendelseIdentifier: 'cpr-udrejse-old',
      Personnummer: P.emigrant,
      Haendelsestype: 'Udrejse',
      Haendelsesdato: '2023-06-01',
    });
    assert.equal(r.Aendret, true);
    const person = (await loadCitizenState(h().db, P.emigrant))!.person;
    assert.equal(person.jobcenterCode, '10100');
    assert.deepEqual(person.cprStatus, { status: 'udrejst', date: '2023-06-01' });
  });

  test("a death makes an authority's writes 4405; the same death reported again is answered, not refused", async () => {
    const event = {
      HaendelseIdentifier: 'cpr-doed-1',
      Personnummer: P.dying,
      Haendelsestype: 'Doedsfald',
      Haendelsesdato: TODAY,
    };
    const first = await cpr(event);
    assert.equal(first.Aendret, true);
    assert.equal((await loadCitizenState(h().db, P.dying))!.person.deceasedDate, TODAY);
    assert.deepEqual(await cpr(event), first);
    const absences = await h().client('AbsenceRegistrationService', jobcenter());
    await refusedWithoutWrites(
      h().db,
      () =>
        absences.CreateAbsenceAsync({
          Absence: {
            PersonCivilRegistrationIdentifier: P.dying,
            AbsenceTypeIdentifier: 10,
            StartDate: `${TODAY}T00:00:00`,
            NotificationDate: `${TODAY}T00:00:00`,
          },
        }),
      '4405',
    );
  });

  test('R-DEL-02: a death reported by CPR is what the retention policy reads: once the archive has the data, they go', async () => {
    await cpr({
      HaendelseIdentifier: 'cpr-doed-2',
      Personnummer: P.dying,
      Haendelsestype: 'Doedsfald',
      Haendelsesdato: TODAY,
    });
    assert.equal(await deceasedCitizenRetention.countDue(h().db, TODAY), 0, 'not delivered to the archive yet');
    assert.deepEqual(await recordArchiveDelivery(h().db, P.dying, TODAY), { kind: 'recorded', deliveredOn: TODAY });
    assert.equal(await deceasedCitizenRetention.countDue(h().db, TODAY), 1);
    await h().db.transaction((trx) => deceasedCitizenRetention.deleteDue(trx, TODAY));
    assert.equal(await loadCitizenState(h().db, P.dying), null);
    assert.equal(Number((await h().db('feed_event').where({ cpr: P.dying }).count({ n: '*' }))[0]!.n), 0);
  });

  test("R-BAT-03: KY's 'Ydelse er givet' sent twice switches the applicant to recipient once; R-BAT-02 then passes the citizen over", async () => {
    await applicant(P.applicant, '2024-03-01');
    const ky = await feeds();
    const event = { HaendelseIdentifier: 'ky-1', Personnummer: P.applicant, Ydelsesdato: '2024-03-20' };
    const [first] = await ky.IndberetYdelseGivetAsync(event);
    assert.equal(first.Aendret, true);
    const [again] = await ky.IndberetYdelseGivetAsync(event);
    assert.deepEqual(again, first);
    const [other] = await ky.IndberetYdelseGivetAsync({ ...event, HaendelseIdentifier: 'ky-2' });
    assert.equal(other.Aendret, false, 'a second grant under another id finds a recipient');
    assert.deepEqual(await categories(P.applicant), [
      [2, '2024-03-01', '2024-03-19'],
      [3, '2024-03-20', null],
    ]);
    const recipient = (await loadCitizenState(h().db, P.applicant))!.personCategories[1]!;
    assert.deepEqual(recipient.registeredBy, { organisationType: 0, organisationCode: 'DFDG' }, "DFDG's change");
    h().clock.set('2024-04-30'); // long past 19 days from 2024-03-01
    await runApplicantDeadline(h().db, h().clock);
    assert.equal((await loadCitizenState(h().db, P.applicant))!.enrollments[0]!.endDate, null, 'a recipient stays');
  });

  test('R-BAT-02: an applicant of more than 19 days is deregistered by the batch; one of 19 days is not', async () => {
    // P.oldApplicant: an applicant since 2024-03-05 (the scenario), 20 days before 2024-03-25.
    await applicant(P.applicant, '2024-03-06'); // 19 days
    assert.deepEqual(await runApplicantDeadline(h().db, h().clock), { deregistered: 1 });
    const ended = (await loadCitizenState(h().db, P.oldApplicant))!;
    assert.deepEqual(
      ended.enrollments.map((e) => [e.endDate, e.endReason]),
      [[TODAY, 9]],
    );
    assert.deepEqual(await categories(P.oldApplicant), [[2, '2024-03-05', TODAY]], 'the applicant period ends');
    assert.equal((await loadCitizenState(h().db, P.applicant))!.enrollments[0]!.endDate, null);
    assert.deepEqual(await categories(P.applicant), [[2, '2024-03-06', null]]);
    assert.deepEqual(await runApplicantDeadline(h().db, h().clock), { deregistered: 0 }, 'a second run finds none');
  });

  test('D-265: a deregistration ends the applicant period with the enrollment; the 19-day batch then has nothing to do', async () => {
    await applicant(P.applicant, '2024-03-01');
    const enrollment = await h().client('UnemploymentEnrollmentService', jobcenter());
    await enrollment.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: P.applicant,
        CancellationDate: `${TODAY}T00:00:00`,
        CancellationReasonTypeIdentifier: 6,
      },
    });
    assert.deepEqual(await categories(P.applicant), [[2, '2024-03-01', TODAY]]);
    h().clock.set('2024-04-30');
    assert.deepEqual(await runApplicantDeadline(h().db, h().clock), { deregistered: 1 }, 'only P.oldApplicant');
    assert.deepEqual(await categories(P.applicant), [[2, '2024-03-01', TODAY]], 'untouched');
  });

  test("an a-kasse's move-in cancels the giving a-kasse's membership (GetMembershipCancellationVersion1) once", async () => {
    const ak = await feeds(akasse('81'));
    const event = {
      HaendelseIdentifier: 'ak81-1',
      Personnummer: P.member,
      Haendelsestype: 'Overflytning',
      AkasseKode: '81',
      Haendelsesdato: '2024-03-01',
    };
    const [first] = await ak.IndberetAkassemedlemskabAsync(event);
    assert.equal(first.Aendret, true);
    const [again] = await ak.IndberetAkassemedlemskabAsync(event);
    assert.deepEqual(again, first);
    const memberships = (await loadCitizenState(h().db, P.member))!.memberships;
    assert.deepEqual(
      memberships.map((m) => [m.akasseCode, m.startDate, m.endDate]),
      [
        ['99', '2015-01-01', '2024-02-29'],
        ['81', '2024-03-01', null],
      ],
    );
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.member)), ['GetMembershipCancellationVersion1->2:99']);
    const [left] = await ak.IndberetAkassemedlemskabAsync({
      ...event,
      HaendelseIdentifier: 'ak81-2',
      Haendelsestype: 'Udmeldelse',
      Haendelsesdato: TODAY,
    });
    assert.equal(left.Aendret, true);
    assert.equal((await loadCitizenState(h().db, P.member))!.memberships[1]!.endDate, TODAY);
  });

  test('UnemploymentFundMembershipService.MembershipRegistration: the calling a-kasse admits a member of another; sent again it changes nothing; a future start is 5188', async () => {
    const fund = await h().client('UnemploymentFundMembershipService', akasse('81'));
    const registration = {
      MembershipRegistration: {
        PersonCivilRegistrationIdentifier: P.member,
        UnemploymentFundMembershipRegistrationDate: '2024-03-01T00:00:00',
        UnemploymentInsuranceCategoryTypeIdentifier: 1,
        UnemploymentFundBranchCode: 3,
      },
    };
    const [res] = await fund.MembershipRegistrationAsync(registration);
    assert.ok(res.ServiceReceipt.MessageIdentifier);
    await fund.MembershipRegistrationAsync(registration);
    assert.deepEqual(
      (await loadCitizenState(h().db, P.member))!.memberships.map((m) => [m.akasseCode, m.startDate, m.endDate]),
      [
        ['99', '2015-01-01', '2024-02-29'],
        ['81', '2024-03-01', null],
      ],
    );
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.member)), ['GetMembershipCancellationVersion1->2:99']);
    await refusedWithoutWrites(
      h().db,
      () =>
        fund.MembershipRegistrationAsync({
          MembershipRegistration: {
            ...registration.MembershipRegistration,
            PersonCivilRegistrationIdentifier: P.taken,
            UnemploymentFundMembershipRegistrationDate: '2024-03-26T00:00:00',
          },
        }),
      '5188',
    );
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await h().client('UnemploymentFundMembershipService', jobcenter())).MembershipRegistrationAsync(registration),
      '4575',
    );
  });

  test('refusals write nothing: another fund (5185), a reused event id (5186), a missing element (5187), an unknown CPR (1010)', async () => {
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await feeds(akasse('81'))).IndberetAkassemedlemskabAsync({
          HaendelseIdentifier: 'ak-x',
          Personnummer: P.taken,
          Haendelsestype: 'Indmeldelse',
          AkasseKode: '99',
          Haendelsesdato: TODAY,
        }),
      '5185',
    );
    await cpr({
      HaendelseIdentifier: 'cpr-used',
      Personnummer: P.taken,
      Haendelsestype: 'Forsvundet',
      Haendelsesdato: TODAY,
    });
    await refusedWithoutWrites(
      h().db,
      () =>
        cpr({
          HaendelseIdentifier: 'cpr-used',
          Personnummer: P.mover,
          Haendelsestype: 'Forsvundet',
          Haendelsesdato: TODAY,
        }),
      '5186',
    );
    await refusedWithoutWrites(
      h().db,
      () =>
        cpr({ HaendelseIdentifier: 'cpr-m', Personnummer: P.taken, Haendelsestype: 'Flytning', Haendelsesdato: TODAY }),
      '5187',
    );
    await refusedWithoutWrites(
      h().db,
      () =>
        cpr({
          HaendelseIdentifier: 'cpr-u',
          Personnummer: '0101001234',
          Haendelsestype: 'Doedsfald',
          Haendelsesdato: TODAY,
        }),
      '1010',
    );
    const f = await fault(
      (await feeds(jobcenter())).IndberetYdelseGivetAsync({
        HaendelseIdentifier: 'j',
        Personnummer: P.taken,
        Ydelsesdato: TODAY,
      }),
    );
    assert.equal(f.code, '4575');
  });
});
