// BorgerBookingService and Kontaktforloeb.FristService over HTTP: online offers (R-MTG-10), the citizen's
// self-booking, rebooking and cancellation (R-MTG-06, the self-booking user rule), error reports, deadlines
// (R-MTG-07, R-MTG-08, fulfilment), and the nightly deadline job (R-MTG-09, R-MTG-05). Jobnet calls on the
// citizen's behalf: user type 1 with the citizen's CPR.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { runDeadlineExpiry } from '../../src/app/contactProcess/deadlineExpiry.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { subscribeAll } from '../support/outbox.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { frist, getSummons, indkaldelse, list, moedetilbud, newId } from './contactProcessCalls.ts';

const BOOKING = 'BorgerBookingService';
const FRIST = 'Kontaktforloeb.FristService';
/** Jobnet acting for the citizen through the citizen's jobcentre. */
const citizenAt = (cpr: string, jobcentre = '10100'): Caller => ({
  ...jobcenter(jobcentre),
  userType: 1,
  userIdentifier: cpr,
});

eachDatabase('BorgerBookingService and FristService', '2024-03-04', contactProcessScenario, (h) => {
  // The receivers' systems subscribe to the webservice messages (only subscribers get WSB rows).
  beforeEach(() => subscribeAll(h().db, ['8:10100', '7:101', '2:81']));
  async function offer(type: number, caller = jobcenter(), slots = 2, extra: Record<string, unknown> = {}) {
    const m = moedetilbud(type, slots, extra);
    await (await h().client(BOOKING, caller)).CreateMoedetilbudAsync({ InterviewOption: m });
    return m;
  }
  const book = async (cpr: string, m: ReturnType<typeof moedetilbud>, slot = 0) => {
    const id = newId();
    await (
      await h().client(BOOKING, citizenAt(cpr))
    ).CreateBookingAsync({
      PersonCivilRegistrationIdentifier: cpr,
      BookingIdentifier: id,
      InterviewOptionIdentifier: m.InterviewOptionIdentifier,
      MoedetidId: m.Moedetider.Moedetid[slot]!.MoedetidId,
    });
    return id;
  };
  const frister = async (cpr: string) =>
    (await (await h().client(FRIST, jobcenter())).GetFristerAsync({ PersonCivilRegistrationIdentifier: cpr }))[0];

  test('R-MTG-06: a citizen after the a-kasse period self-books a type 17 offer and rebooks it; the booking is a self-booked summons with notifications', async () => {
    const m = await offer(17);
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    const [options] = await c.GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.equal(String(options.ImmediateBookingRequired), 'false');
    assert.deepEqual(
      list<any>(options.InterviewOptionCollection.InterviewOption).map((o) => o.InterviewOptionIdentifier),
      [m.InterviewOptionIdentifier],
    );
    const id = await book(KP.afterPeriod, m, 0);
    const info = await getSummons(
      await h().client('Kontaktforloeb.IndkaldelseService', jobcenter()),
      KP.afterPeriod,
      id,
    );
    assert.equal(String(info.Indkaldelse.SelfBooked), 'true');
    assert.equal(Number(info.Indkaldelse.InterviewTypeIdentifier), 17);
    assert.equal(info.Indkaldelse.BookingStartTime, m.Moedetider.Moedetid[0]!.BookingStartTime);
    assert.ok(receiverKeys(await outboxFor(h().db, KP.afterPeriod)).includes('GetIndkaldelseVersion1->8:10100'));
    await c.RescheduleBookingAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      MoedetidId: m.Moedetider.Moedetid[1]!.MoedetidId,
    });
    const moved = await getSummons(
      await h().client('Kontaktforloeb.IndkaldelseService', jobcenter()),
      KP.afterPeriod,
      id,
    );
    assert.equal(moved.Indkaldelse.BookingStartTime, m.Moedetider.Moedetid[1]!.BookingStartTime);
    // The first time is free again, the second taken.
    const [after] = await c.GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.deepEqual(
      list<any>(list<any>(after.InterviewOptionCollection.InterviewOption)[0].Moedetider.Moedetid).map(
        (t) => t.MoedetidId,
      ),
      [m.Moedetider.Moedetid[0]!.MoedetidId],
    );
  });

  test('indkaldelse.md §3.4: the read side carries SelfBooked, CitizenShouldAcceptBooking and AcceptedBooking derived from the summons (D-119), in GetIndkaldelser and in the WSRM item', async () => {
    const summonses = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
    const summonsOf = async (extra: Record<string, unknown>) => {
      const body = indkaldelse({ extra });
      await summonses.CreateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, Indkaldelse: body });
      return body.BookingIdentifier as string;
    };
    const withDuty = await summonsOf({ CompulsoryAttendance: true, BookingStartTime: '2024-03-21T10:00:00+01:00' });
    const proposal = await summonsOf({ CompulsoryAttendance: false, BookingStartTime: '2024-03-22T10:00:00+01:00' });
    const booked = await book(KP.afterPeriod, await offer(17));
    const [res] = await summonses.GetIndkaldelserAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    const flags = new Map(
      list<any>(res.IndkaldelseInfoCollection.IndkaldelseInfo).map((i) => [
        i.Indkaldelse.BookingIdentifier.toLowerCase(),
        [i.Indkaldelse.SelfBooked, i.Indkaldelse.CitizenShouldAcceptBooking, i.Indkaldelse.AcceptedBooking].map(String),
      ]),
    );
    assert.deepEqual(flags.get(withDuty), ['false', 'false', 'false'], 'a summons with mødepligt');
    assert.deepEqual(flags.get(proposal), ['false', 'true', 'false'], 'a meeting without mødepligt is to be accepted');
    assert.deepEqual(flags.get(booked.toLowerCase()), ['true', 'false', 'true'], "the citizen's own booking");
    const item = (await outboxFor(h().db, KP.afterPeriod)).find(
      (r) => r.message_type === 'GetIndkaldelseVersion1' && r.payload.includes(proposal),
    );
    assert.match(item!.payload, /CitizenShouldAcceptBooking>true</);
    assert.match(item!.payload, /AcceptedBooking>false</);
  });

  test("booking-frist §3.1: GetFrister answers SelfBookingPossible from the citizen's state: enrolled, not deprived by absence 57, the jobcentre not kept out by the a-kasse period (R-MTG-14); a deprived citizen is offered nothing and books nothing (D-120)", async () => {
    const possible = async (cpr: string) => String((await frister(cpr)).SelfBookingPossible);
    assert.equal(await possible(KP.afterPeriod), 'true', 'enrolled, the jobcentre has the contact process');
    assert.equal(await possible(KP.akassePeriod), 'false', 'absence 75 active in contact group 1');
    assert.equal(await possible(KP.sickAkasse), 'true', 'absence 75 active but contact group 24 (R-MTG-14)');
    assert.equal(await possible(KP.notEnrolled), 'false', 'never enrolled');
    const absence = async (cpr: string, type: number) =>
      (await h().client('AbsenceRegistrationService', jobcenter())).CreateAbsenceAsync({
        Absence: {
          PersonCivilRegistrationIdentifier: cpr,
          AbsenceTypeIdentifier: type,
          StartDate: '2024-03-04T00:00:00',
          EndDate: '2024-03-30T00:00:00',
          NotificationDate: '2024-03-04T00:00:00',
        },
      });
    await absence(KP.noAbsence75, 56);
    assert.equal(await possible(KP.noAbsence75), 'true', "56 'Fritaget for pligt til selvbook' lifts only the duty");
    const m = await offer(7);
    await absence(KP.afterPeriod, 57);
    assert.equal(await possible(KP.afterPeriod), 'false', "57 'Frataget ret til selvbook'");
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    await refusedWithoutWrites(
      h().db,
      () => c.GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod }),
      '4770',
    );
    await refusedWithoutWrites(h().db, () => book(KP.afterPeriod, m), '4770');
  });

  test('GetBookingdetaljer: one option the citizen may book, with its free meeting times; an unknown option is 4964', async () => {
    const m = await offer(7, jobcenter(), 3);
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    const details = async () =>
      (
        await c.GetBookingdetaljerAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          InterviewOptionIdentifier: m.InterviewOptionIdentifier,
        })
      )[0].InterviewOption;
    const before = await details();
    assert.equal(before.InterviewOptionIdentifier, m.InterviewOptionIdentifier);
    assert.deepEqual(
      list<any>(before.InterviewContactTypeIdentifierCollection.InterviewContactTypeIdentifier).map(Number),
      [1],
    );
    assert.equal(list<any>(before.Moedetider.Moedetid).length, 3);
    await book(KP.afterPeriod, m, 1);
    assert.deepEqual(
      list<any>((await details()).Moedetider.Moedetid).map((t) => t.MoedetidId),
      [m.Moedetider.Moedetid[0]!.MoedetidId, m.Moedetider.Moedetid[2]!.MoedetidId],
    );
    assert.equal(
      (
        await fault(
          c.GetBookingdetaljerAsync({
            PersonCivilRegistrationIdentifier: KP.afterPeriod,
            InterviewOptionIdentifier: newId(),
          }),
        )
      ).code,
      '4964',
    );
  });

  test('R-MTG-06: a citizen under the transition rules cannot book type 17 and is not offered it', async () => {
    const m = await offer(17);
    const c = await h().client(BOOKING, citizenAt(KP.transition));
    assert.equal(
      (await fault(c.GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.transition }))).code,
      '4770',
    );
    await refusedWithoutWrites(h().db, () => book(KP.transition, m), '4952');
  });

  test('a self-booking must come from the citizen (user type 1, own CPR); a taken time is refused; cancel frees it', async () => {
    const m = await offer(7);
    const caseworker = await h().client(BOOKING, jobcenter());
    const req = {
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: newId(),
      InterviewOptionIdentifier: m.InterviewOptionIdentifier,
      MoedetidId: m.Moedetider.Moedetid[0]!.MoedetidId,
    };
    await refusedWithoutWrites(h().db, () => caseworker.CreateBookingAsync(req), '4959');
    const someoneElse = await h().client(BOOKING, citizenAt(KP.groupHistory));
    await refusedWithoutWrites(h().db, () => someoneElse.CreateBookingAsync(req), '4959');
    const id = await book(KP.afterPeriod, m, 0);
    await refusedWithoutWrites(h().db, () => book(KP.groupHistory, m, 0), '4965');
    await refusedWithoutWrites(
      h().db,
      () => book(KP.groupHistory, { ...m, InterviewOptionIdentifier: newId() }, 0),
      '4964',
    );
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    await c.CancelBookingAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id });
    await book(KP.groupHistory, m, 0);
    await refusedWithoutWrites(
      h().db,
      () => c.CancelBookingAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id }),
      '4768',
    );
  });

  test('rebooking and cancellation only where the offer allows them', async () => {
    const m = await offer(7, jobcenter(), 2, { ReBookingPossible: false, CancellationPossible: false });
    const id = await book(KP.afterPeriod, m, 0);
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    await refusedWithoutWrites(
      h().db,
      () =>
        c.RescheduleBookingAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          BookingIdentifier: id,
          MoedetidId: m.Moedetider.Moedetid[1]!.MoedetidId,
        }),
      '4966',
    );
    await refusedWithoutWrites(
      h().db,
      () => c.CancelBookingAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, BookingIdentifier: id }),
      '4967',
    );
  });

  test('R-MTG-10: offer title at most 100 and description at most 500 characters, on create and update', async () => {
    const jc = await h().client(BOOKING, jobcenter());
    await offer(7, jobcenter(), 1, { MoedeTitel: 'æ'.repeat(100), MoedeBeskrivelse: 'ø'.repeat(500) });
    await refusedWithoutWrites(
      h().db,
      () => jc.CreateMoedetilbudAsync({ InterviewOption: moedetilbud(7, 1, { MoedeTitel: 'æ'.repeat(101) }) }),
      '4955',
    );
    await refusedWithoutWrites(
      h().db,
      () => jc.CreateMoedetilbudAsync({ InterviewOption: moedetilbud(7, 1, { MoedeBeskrivelse: 'x'.repeat(501) }) }),
      '4956',
    );
    const m = await offer(7);
    await jc.UpdateMoedetilbudAsync({ InterviewOptionIdentifier: m.InterviewOptionIdentifier, MoedeTitel: 'Ny titel' });
    await refusedWithoutWrites(
      h().db,
      () =>
        jc.UpdateMoedetilbudAsync({
          InterviewOptionIdentifier: m.InterviewOptionIdentifier,
          MoedeTitel: 't'.repeat(101),
        }),
      '4955',
    );
    const [opts] = await (
      await h().client(BOOKING, citizenAt(KP.afterPeriod))
    ).GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.ok(list<any>(opts.InterviewOptionCollection.InterviewOption).some((o) => o.MoedeTitel === 'Ny titel'));
  });

  test('R-MTG-01 on offers: an a-kasse cannot offer an interview type it cannot summon to', async () => {
    await offer(7, akasse('81'));
    await refusedWithoutWrites(h().db, () => offer(5, akasse('81')), '4950');
  });

  test('error reports: accepted from Jobnet (32) or DFDG (30) only', async () => {
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    const report = {
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      Fejlkode: 4,
      Fejltekst: 'Mødetiden kunne ikke vises',
      FejlOphav: 32,
      FejlTidspunkt: '2024-03-04T10:00:00+01:00',
    };
    await c.CreateFejlmeldingAsync(report);
    assert.equal(Number(((await h().db('booking_error_report').count({ n: '*' }))[0] as { n: number }).n), 1);
    await refusedWithoutWrites(h().db, () => c.CreateFejlmeldingAsync({ ...report, FejlOphav: 1 }), '4941');
    await refusedWithoutWrites(h().db, () => c.CreateFejlmeldingAsync({ ...report, Fejlkode: 77 }), '2002');
    await refusedWithoutWrites(
      h().db,
      () => c.CreateFejlmeldingAsync({ ...report, InterviewOptionIdentifier: newId() }),
      '4964',
    );
  });

  test('R-MTG-07: a type 17 deadline for a citizen after the a-kasse period, never for one under the transition rules', async () => {
    const jc = await h().client(FRIST, jobcenter());
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(17, '2024-03-04', '2024-03-14'),
    });
    assert.deepEqual(receiverKeys(await outboxFor(h().db, KP.afterPeriod)), [
      'Frist.WSB->8:10100',
      'GetInterviewDeadlineVersion1->8:10100',
      'GetInterviewDeadlineVersion2->8:10100',
    ]);
    await refusedWithoutWrites(
      h().db,
      () =>
        jc.CreateFristAsync({
          PersonCivilRegistrationIdentifier: KP.transition,
          InterviewDeadline: frist(17, '2024-03-04', '2024-03-14'),
        }),
      '4953',
    );
  });

  test('R-MTG-08: only one self-booking deadline at a time, whatever the interview type', async () => {
    const jc = await h().client(FRIST, jobcenter());
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
    });
    await refusedWithoutWrites(
      h().db,
      () =>
        jc.CreateFristAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          InterviewDeadline: frist(17, '2024-03-10', '2024-03-20'),
        }),
      '4954',
    );
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(17, '2024-03-15', '2024-03-28'),
    });
    const got = await frister(KP.afterPeriod);
    assert.deepEqual(
      list<any>(got.InterviewDeadlineCollection.InterviewDeadline).map((f) => Number(f.InterviewTypeIdentifier)),
      [7, 17],
    );
  });

  test('deadline checks: interview type, at least 8 days, dates, a-kasser refused, unknown and closed deadlines', async () => {
    const jc = await h().client(FRIST, jobcenter());
    const create = (f: ReturnType<typeof frist>) => () =>
      jc.CreateFristAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, InterviewDeadline: f });
    await refusedWithoutWrites(h().db, create(frist(12, '2024-03-04', '2024-03-14')), '4945');
    await refusedWithoutWrites(h().db, create(frist(7, '2024-03-04', '2024-03-10')), '4942');
    await refusedWithoutWrites(h().db, create(frist(7, '2024-03-01', '2024-03-14')), '4946');
    await refusedWithoutWrites(h().db, create(frist(7, '2024-03-04', '2024-03-14', '2024-03-12')), '4946');
    const ak = await h().client(FRIST, akasse('81'));
    await refusedWithoutWrites(
      h().db,
      () =>
        ak.CreateFristAsync({
          PersonCivilRegistrationIdentifier: KP.afterPeriod,
          InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
        }),
      '4575',
    );
    await refusedWithoutWrites(
      h().db,
      () => jc.CloseFristAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, FristId: newId() }),
      '4968',
    );
    const f = frist(7, '2024-03-04', '2024-03-14');
    await create(f)();
    await jc.UpdateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: { ...f, InterviewDeadlineDate: '2024-03-18' },
    });
    await jc.CloseFristAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, FristId: f.FristId });
    await refusedWithoutWrites(
      h().db,
      () => jc.CloseFristAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, FristId: f.FristId }),
      '4943',
    );
    const [hist] = await jc.GetFristhistorikAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    const posts = list<any>(hist.Historik.Historikpost);
    assert.deepEqual(
      posts.map((p) => [Number(p.Aendringstype), Number(p.InterviewDeadline.InterviewDeadlineStatusTypeIdentifier)]),
      [
        [1, 1],
        [2, 1],
        [2, 4],
      ],
    );
  });

  test('a booking fulfils the open deadline of its type; a deadline given after such a booking is fulfilled at once', async () => {
    const jc = await h().client(FRIST, jobcenter());
    const m = await offer(7);
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
    });
    const id = await book(KP.afterPeriod, m, 0);
    const [info] = list<any>((await frister(KP.afterPeriod)).InterviewDeadlineCollection.InterviewDeadline);
    assert.equal(Number(info.InterviewDeadlineStatusTypeIdentifier), 2);
    assert.equal(info.FulfilledByBookingIdentifier, id);
    await book(KP.groupHistory, m, 1);
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.groupHistory,
      InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
    });
    assert.equal(
      Number(
        list<any>((await frister(KP.groupHistory)).InterviewDeadlineCollection.InterviewDeadline)[0]
          .InterviewDeadlineStatusTypeIdentifier,
      ),
      2,
    );
  });

  test('R-MTG-09: a missed type 17 deadline deregisters the citizen; after re-registering, straksbooking offers only type 17', async () => {
    const jc = await h().client(FRIST, jobcenter());
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(17, '2024-03-04', '2024-03-14'),
    });
    await offer(7);
    await offer(17);
    h().clock.set('2024-03-14');
    assert.deepEqual(
      await runDeadlineExpiry(h().db, h().clock),
      { expired: 0, deregistered: 0 },
      'the last day still counts',
    );
    h().clock.set('2024-03-15');
    assert.deepEqual(await runDeadlineExpiry(h().db, h().clock), { expired: 1, deregistered: 1 });
    assert.deepEqual(await runDeadlineExpiry(h().db, h().clock), { expired: 0, deregistered: 0 }, 'idempotent');
    const state = (await loadCitizenState(h().db, KP.afterPeriod))!;
    assert.deepEqual(
      state.enrollments.map((e) => [e.endDate, e.endReason]),
      [['2024-03-15', 5]],
    );
    const got = await frister(KP.afterPeriod);
    assert.equal(String(got.ImmediateBookingRequired), 'true');
    assert.equal(Number(got.ImmediateBookingInterviewTypeIdentifier), 17);
    assert.equal(
      Number(list<any>(got.InterviewDeadlineCollection.InterviewDeadline)[0].InterviewDeadlineStatusTypeIdentifier),
      3,
    );
    const enrollment = await h().client('UnemploymentEnrollmentService', jobcenter());
    await enrollment.UnemploymentEnrollmentAsync({
      UnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        ClientCategoryTypeIdentifier: 1,
        EnrollmentDate: '2024-03-16T00:00:00',
        CurrentUnemploymentStatusTypeIdentifier: 1,
      },
    });
    h().clock.set('2024-03-16');
    const c = await h().client(BOOKING, citizenAt(KP.afterPeriod));
    const [opts] = await c.GetSelfbookInterviewOptionsAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    assert.equal(String(opts.ImmediateBookingRequired), 'true');
    assert.deepEqual(
      list<any>(opts.InterviewOptionCollection.InterviewOption).map((o) => Number(o.InterviewTypeIdentifier)),
      [17],
    );
  });

  test("R-MTG-05: DFDG does not deregister for an a-kasse's own self-booking; the a-kasse deregisters the citizen itself", async () => {
    await offer(7, akasse('81'));
    h().clock.set('2024-04-01');
    assert.deepEqual(await runDeadlineExpiry(h().db, h().clock), { expired: 0, deregistered: 0 });
    assert.equal((await loadCitizenState(h().db, KP.afterPeriod))!.enrollments[0]!.endDate, null);
    const ak = await h().client('UnemploymentEnrollmentService', akasse('81'));
    await ak.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        CancellationDate: '2024-04-01T00:00:00',
        CancellationReasonTypeIdentifier: 5,
      },
    });
    assert.deepEqual(
      (await loadCitizenState(h().db, KP.afterPeriod))!.enrollments.map((e) => e.endReason),
      [5],
    );
  });
});
