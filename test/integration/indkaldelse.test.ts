// Kontaktforloeb.IndkaldelseService over HTTP with node-soap: every operation, the documented validations,
// access, and the MTG rules on summonses (R-MTG-01..04, R-MTG-14) with their accepted and refused paths.
// Each change writes GetIndkaldelseVersion1 / GetAkasseIndkaldelseVersion1 / Indkaldelse.WSB rows in the
// same transaction; a refusal writes nothing.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, kommune, refusedWithoutWrites, star } from '../support/soapHarness.ts';
import { clearOutbox, subscribeAll } from '../support/outbox.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { ABSENCE_75_OF_AKASSE_PERIOD, KP, contactProcessScenario } from './contactProcessScenario.ts';
import { getSummons, indkaldelse, list, newId, summon } from './contactProcessCalls.ts';

const SERVICE = 'Kontaktforloeb.IndkaldelseService';

eachDatabase(SERVICE, '2024-03-04', contactProcessScenario, (h) => {
  // The receivers' systems subscribe to the webservice messages (only subscribers get WSB rows).
  beforeEach(() => subscribeAll(h().db, ['8:10100', '7:101', '2:81']));
  const jc = () => h().client(SERVICE, jobcenter());
  const ak = () => h().client(SERVICE, akasse('81'));

  test('create, read, update, history and cancel a summons; every change notifies jobcentre, municipality and a-kasse', async () => {
    const c = await jc();
    const id = await summon(c, KP.afterPeriod, { type: 7, end: '2024-03-20T10:45:00+01:00' });
    assert.deepEqual(receiverKeys(await outboxFor(h().db, KP.afterPeriod)), [
      'GetAkasseIndkaldelseVersion1->2:81',
      'GetIndkaldelseVersion1->7:101',
      'GetIndkaldelseVersion1->8:10100',
      'Indkaldelse.WSB->2:81',
      'Indkaldelse.WSB->7:101',
      'Indkaldelse.WSB->8:10100',
    ]);
    const info = await getSummons(c, KP.afterPeriod, id);
    assert.equal(info.Indkaldelse.BookingIdentifier, id);
    assert.equal(Number(info.Indkaldelse.InterviewTypeIdentifier), 7);
    assert.equal(String(info.Aflyst), 'false');
    assert.equal(Number(info.BookingOriginator.OrganisationCode), 10100);
    assert.equal(Number(info.VersionIdentifier), 1);

    await c.UpdateIndkaldelseAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      Indkaldelse: indkaldelse({ BookingIdentifier: id, start: '2024-03-21T09:00:00+01:00' }),
    });
    assert.equal((await getSummons(c, KP.afterPeriod, id)).Indkaldelse.BookingStartTime, '2024-03-21T09:00:00+01:00');
    await c.DeleteIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id });
    const cancelledInfo = await getSummons(c, KP.afterPeriod, id);
    assert.equal(String(cancelledInfo.Aflyst), 'true');
    assert.equal(String(cancelledInfo.AflystAfDfdg), 'false');

    const [all] = await c.GetIndkaldelserAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.deepEqual(
      list(all.IndkaldelseInfoCollection?.IndkaldelseInfo),
      [],
      'cancelled summonses are left out by default',
    );
    const [withCancelled] = await c.GetIndkaldelserAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      IncludeCancelled: true,
    });
    assert.equal(list(withCancelled.IndkaldelseInfoCollection.IndkaldelseInfo).length, 1);

    const [hist] = await c.GetIndkaldelseshistorikAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
    });
    const posts = list<any>(hist.Historik.Historikpost);
    assert.deepEqual(
      posts.map((p) => [Number(p.VersionIdentifier), Number(p.Aendringstype)]),
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    );
    const wsb = (await outboxFor(h().db, KP.afterPeriod)).filter(
      (r) => r.message_type === 'Indkaldelse.WSB' && r.receiver_org_type === 8,
    );
    assert.deepEqual(
      wsb.map((r) => JSON.parse(r.payload).Aendringstype),
      [1, 2, 3],
    );
    assert.ok(
      wsb.every((r) => JSON.parse(r.payload).EntitetId === 90000 && JSON.parse(r.payload).EksternIdentifier === id),
    );
  });

  test('indkaldelse §2.4: a summons for a citizen with no active contact group is 8060 and writes nothing; once a contact group is open it is accepted', async () => {
    const registration = await h().client('PersonRegistrationService', jobcenter());
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-01-10T00:00:00', EndDate: '2024-03-03T00:00:00' },
    });
    const c = await jc();
    const refused = await refusedWithoutWrites(
      h().db,
      () => c.CreateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, Indkaldelse: indkaldelse() }),
      '8060',
    );
    assert.equal(refused.text, 'operation not allowed when citizen has no active contact group');
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-03-04T00:00:00' },
    });
    const id = await summon(c, KP.afterPeriod);
    assert.equal((await getSummons(c, KP.afterPeriod, id)).Indkaldelse.BookingIdentifier, id);
  });
  test('documented validations are refused with their codes and write nothing', async () => {
    const c = await jc();
    const cpr = KP.afterPeriod;
    const create =
      (extra: Record<string, unknown>, f = {}) =>
      () =>
        c.CreateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: cpr, Indkaldelse: indkaldelse({ ...f, extra }) });
    await refusedWithoutWrites(h().db, create({}, { start: '2024-03-03T10:00:00+01:00' }), '4783');
    await refusedWithoutWrites(h().db, create({}, { end: '2024-03-20T09:00:00+01:00' }), '4792');
    await refusedWithoutWrites(h().db, create({ ReBookingPossible: true }), '8126');
    await refusedWithoutWrites(h().db, create({ ReBookingDeadline: '2024-03-19T10:00:00+01:00' }), '8125');
    await refusedWithoutWrites(
      h().db,
      create({ CancellationPossible: false, CancellationDeadline: '2024-03-19T10:00:00+01:00' }),
      '8127',
    );
    await refusedWithoutWrites(h().db, create({}, { type: 3 }), '4709');
    await refusedWithoutWrites(h().db, create({}, { contactType: 99 }), '4708');
    await refusedWithoutWrites(h().db, create({}, { formType: 9 }), '4805');
    await refusedWithoutWrites(h().db, create({}, { contactType: 8 }), '4961');
    await refusedWithoutWrites(h().db, create({}, { formType: 2 }), '4962');
    await refusedWithoutWrites(h().db, create({ SelfBooked: true }), '4959');
    const unknown = () =>
      c.UpdateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: cpr, Indkaldelse: indkaldelse() });
    await refusedWithoutWrites(h().db, unknown, '4768');
    const notEnrolled = () =>
      c.CreateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.notEnrolled, Indkaldelse: indkaldelse() });
    await refusedWithoutWrites(h().db, notEnrolled, '4367');
    const id = await summon(c, cpr);
    await refusedWithoutWrites(
      h().db,
      () =>
        c.CreateIndkaldelseAsync({
          PersonCivilRegistrationIdentifier: cpr,
          Indkaldelse: indkaldelse({ BookingIdentifier: id }),
        }),
      '4977',
    );
    // A digital meeting with its link, a group meeting with its id: accepted.
    await summon(c, cpr, { contactType: 8, extra: { DigitaltMoedelink: 'https://moede.example.dk/4711' } });
    await summon(c, cpr, { formType: 2, extra: { GruppemoedeId: newId() } });
  });

  test('access: other jobcentre 6005, a-kasse non-member 4856 / other member 4857, deceased 4405, another authority cannot change the summons 4575', async () => {
    const c = await jc();
    await refusedWithoutWrites(h().db, () => summon(c, KP.otherJobcenter), '6005');
    await refusedWithoutWrites(
      h().db,
      async () => summon(await h().client(SERVICE, akasse('99')), KP.afterPeriod),
      '4857',
    );
    await refusedWithoutWrites(h().db, () => summon(c, KP.deceased), '4405');
    const id = await summon(c, KP.afterPeriod);
    const a = await ak();
    await refusedWithoutWrites(
      h().db,
      () => a.DeleteIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id }),
      '4575',
    );
    await refusedWithoutWrites(
      h().db,
      () => c.GetIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.otherJobcenter, BookingIdentifier: id }),
      '6005',
    );
    await refusedWithoutWrites(
      h().db,
      () => c.GetIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.groupHistory, BookingIdentifier: id }),
      '4768',
    );
    const k = await h().client(SERVICE, kommune('101'));
    assert.equal((await getSummons(k, KP.afterPeriod, id)).Indkaldelse.BookingIdentifier, id);
  });

  test('R-MTG-01: the a-kasse may summon to 7, 12, 15 and 17, not to 5', async () => {
    const a = await ak();
    for (const type of [7, 12, 15, 17]) await summon(a, KP.akassePeriod, { type });
    const f = await refusedWithoutWrites(h().db, () => summon(a, KP.akassePeriod, { type: 5 }), '4950');
    assert.match(f.body, /R-MTG-01/);
  });

  test('R-MTG-02: the a-kasse summons to CV-samtale (10) only citizens under the transition rules', async () => {
    const a = await ak();
    await summon(a, KP.transition, { type: 10 });
    await refusedWithoutWrites(h().db, () => summon(a, KP.akassePeriod, { type: 10 }), '4951');
  });

  test("R-MTG-03: when absence 75 ends, the a-kasse's jobsamtale (7) survives and its other contact-process summonses are cancelled", async () => {
    const a = await ak();
    const job = await summon(a, KP.akassePeriod, { type: 7, start: '2024-04-20T10:00:00+02:00' });
    const other = await summon(a, KP.akassePeriod, { type: 12, start: '2024-04-20T11:00:00+02:00' });
    const absences = await h().client('AbsenceRegistrationService', akasse('81'));
    await absences.UpdateAbsenceAsync({
      Absence: {
        AbsenceIdentifier: ABSENCE_75_OF_AKASSE_PERIOD,
        PersonCivilRegistrationIdentifier: KP.akassePeriod,
        AbsenceTypeIdentifier: 75,
        StartDate: '2024-01-10T00:00:00',
        EndDate: '2024-04-10T00:00:00',
        NotificationDate: '2024-01-10T00:00:00',
        AbsenceCauseTypeIdentifier: 41,
      },
    });
    h().clock.set('2024-04-11');
    assert.equal(String((await getSummons(a, KP.akassePeriod, job)).Aflyst), 'false');
    const lapsed = await getSummons(a, KP.akassePeriod, other);
    assert.equal(String(lapsed.Aflyst), 'true');
    assert.equal(String(lapsed.AflystAfDfdg), 'true');
  });

  test("R-MTG-04: the a-kasse records the participation choice on the jobcentre's type 17 summons and the jobcentre reads it", async () => {
    const c = await jc();
    const a = await ak();
    const id = await summon(c, KP.afterPeriod, { type: 17 });
    await clearOutbox(h().db);
    await a.SaveDeltagelsesvalgAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      ParticipationStatusTypeIdentifier: 2,
    });
    assert.equal(Number((await getSummons(c, KP.afterPeriod, id)).ParticipationStatusTypeIdentifier), 2);
    assert.deepEqual(
      receiverKeys(await outboxFor(h().db, KP.afterPeriod)).filter((k) => k.startsWith('GetIndkaldelseshaendelse')),
      [
        'GetIndkaldelseshaendelseVersion1->2:81',
        'GetIndkaldelseshaendelseVersion1->7:101',
        'GetIndkaldelseshaendelseVersion1->8:10100',
      ],
    );
    const [current] = await c.GetDeltagelsesvalgAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
    });
    assert.deepEqual(
      list<any>(current.DeltagelsesvalgCollection.Deltagelsesvalg).map((d) =>
        Number(d.ParticipationStatusTypeIdentifier),
      ),
      [2],
    );
    await a.SaveDeltagelsesvalgAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      ParticipationStatusTypeIdentifier: 1,
    });
    const [hist] = await c.GetDeltagelsesvalgshistorikAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.deepEqual(
      list<any>(hist.DeltagelsesvalgCollection.Deltagelsesvalg).map((d) => Number(d.ParticipationStatusTypeIdentifier)),
      [2, 1],
    );
    // The summoning authority, and any summons other than 17, are refused.
    await refusedWithoutWrites(
      h().db,
      () =>
        c.SaveDeltagelsesvalgAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          BookingIdentifier: id,
          ParticipationStatusTypeIdentifier: 2,
        }),
      '4969',
    );
    const seven = await summon(c, KP.afterPeriod, { type: 7 });
    await refusedWithoutWrites(
      h().db,
      () =>
        a.SaveDeltagelsesvalgAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          BookingIdentifier: seven,
          ParticipationStatusTypeIdentifier: 2,
        }),
      '4969',
    );
  });

  test('R-MTG-14: the jobcentre summons a citizen with absence 75 in contact group 24, not one in contact group 1', async () => {
    const c = await jc();
    await summon(c, KP.sickAkasse, { type: 12 });
    await refusedWithoutWrites(h().db, () => summon(c, KP.akassePeriod, { type: 12 }), '4963');
  });

  test('authority participants: create, update and delete, each notified as an Indkaldelseshaendelse; unknown id 4940', async () => {
    const c = await jc();
    const id = await summon(c, KP.afterPeriod, { type: 17 });
    const participant = {
      MyndighedsdeltagerId: newId(),
      BookingIdentifier: id,
      Navn: 'Mette Jobkonsulent',
      Telefonnummer: '+4533445566',
      Email: 'mette@akasse.example.dk',
    };
    await c.CreateMyndighedsdeltagerAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      Myndighedsdeltager: participant,
    });
    let info = await getSummons(c, KP.afterPeriod, id);
    assert.deepEqual(
      list<any>(info.Myndighedsdeltagere.Myndighedsdeltager).map((m) => m.Navn),
      ['Mette Jobkonsulent'],
    );
    await c.UpdateMyndighedsdeltagerAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      Myndighedsdeltager: { ...participant, Navn: 'Mette Hansen' },
    });
    info = await getSummons(c, KP.afterPeriod, id);
    assert.equal(list<any>(info.Myndighedsdeltagere.Myndighedsdeltager)[0].Navn, 'Mette Hansen');
    assert.equal(Number(info.VersionIdentifier), 3);
    await c.DeleteMyndighedsdeltagerAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      MyndighedsdeltagerId: participant.MyndighedsdeltagerId,
    });
    info = await getSummons(c, KP.afterPeriod, id);
    assert.deepEqual(list(info.Myndighedsdeltagere?.Myndighedsdeltager), []);
    const events = (await outboxFor(h().db, KP.afterPeriod)).filter(
      (r) => r.message_type === 'GetIndkaldelseshaendelseVersion1',
    );
    assert.equal(events.length, 9, 'three events to three receivers');
    assert.ok(events.every((r) => r.payload.includes('Myndighedsdeltager</')));
    await refusedWithoutWrites(
      h().db,
      () =>
        c.DeleteMyndighedsdeltagerAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          MyndighedsdeltagerId: newId(),
        }),
      '4940',
    );
  });

  test('issue 12 defect 3 (D-122): only the organisation that added an authority participant changes or removes it; the a-kasse and STAR are refused with 4575', async () => {
    const c = await jc();
    const id = await summon(c, KP.afterPeriod, { type: 17 });
    const participant = { MyndighedsdeltagerId: newId(), BookingIdentifier: id, Navn: 'Mette Jobkonsulent' };
    await c.CreateMyndighedsdeltagerAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      Myndighedsdeltager: participant,
    });
    for (const other of [await ak(), await h().client(SERVICE, star())]) {
      await refusedWithoutWrites(
        h().db,
        () =>
          other.UpdateMyndighedsdeltagerAsync({
            PersonCivilRegistrationIdentifier: KP.afterPeriod,
            Myndighedsdeltager: { ...participant, Navn: 'Overtaget' },
          }),
        '4575',
      );
      await refusedWithoutWrites(
        h().db,
        () =>
          other.DeleteMyndighedsdeltagerAsync({
            PersonCivilRegistrationIdentifier: KP.afterPeriod,
            MyndighedsdeltagerId: participant.MyndighedsdeltagerId,
          }),
        '4575',
      );
    }
    const info = await getSummons(c, KP.afterPeriod, id);
    assert.deepEqual(
      list<any>(info.Myndighedsdeltagere.Myndighedsdeltager).map((m) => m.Navn),
      ['Mette Jobkonsulent'],
    );
    await c.DeleteMyndighedsdeltagerAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      MyndighedsdeltagerId: participant.MyndighedsdeltagerId,
    });
  });

  test("GetSoegning finds the caller's own summonses in the period, of a type if asked", async () => {
    const c = await jc();
    const a = await summon(c, KP.afterPeriod, { type: 7, start: '2024-03-20T10:00:00+01:00' });
    const b = await summon(c, KP.sickAkasse, { type: 12, start: '2024-03-21T10:00:00+01:00' });
    await summon(c, KP.afterPeriod, { type: 7, start: '2024-05-01T10:00:00+02:00' });
    await summon(await ak(), KP.akassePeriod, { type: 7, start: '2024-03-20T12:00:00+01:00' });
    await h().db('audit_event').del();
    const [res] = await c.GetSoegningAsync({
      PeriodStartTime: '2024-03-19T00:00:00+01:00',
      PeriodEndTime: '2024-03-31T00:00:00+02:00',
    });
    // a search names no citizen in its request: the citizens it answers are in the audit trail as read (D-147)
    const audited = (await h().db('audit_event').where({ kind: 'read', operation: 'GetSoegning' }).select('cpr')) as {
      cpr: string;
    }[];
    assert.deepEqual(audited.map((e) => e.cpr).sort(), [KP.afterPeriod, KP.sickAkasse].sort());
    assert.deepEqual(
      list<any>(res.SoegningResultat)
        .map((r) => r.IndkaldelseInfo.Indkaldelse.BookingIdentifier)
        .sort(),
      [a, b].sort(),
    );
    const [sevens] = await c.GetSoegningAsync({
      PeriodStartTime: '2024-03-19T00:00:00+01:00',
      PeriodEndTime: '2024-03-31T00:00:00+02:00',
      InterviewTypeIdentifier: 7,
    });
    assert.deepEqual(
      list<any>(sevens.SoegningResultat).map((r) => r.PersonCivilRegistrationIdentifier),
      [KP.afterPeriod],
    );
  });

  test('a fault is a fault: unknown CPR 1010', async () => {
    const f = await fault((await jc()).GetIndkaldelserAsync({ PersonCivilRegistrationIdentifier: '3112999999' }));
    assert.equal(f.code, '1010');
  });
});
