// BorgerBookingService.CreateMoedetidReservation and the reservation half of GetBookingdetaljer over HTTP
// (booking-frist.md §5.1, D-158): the re-booking flow's "reserve a timeslot" step. A held time is free for its
// holder only, lapses after RESERVATION_MINUTES, and ends when the holder books it or holds another time.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { RESERVATION_MINUTES } from '../../src/app/contactProcess/slotReservations.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { subscribeAll } from '../support/outbox.ts';
import { fault, jobcenter, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { list, moedetilbud, newId } from './contactProcessCalls.ts';

const BOOKING = 'BorgerBookingService';
const citizenAt = (cpr: string): Caller => ({ ...jobcenter('10100'), userType: 1, userIdentifier: cpr });

eachDatabase('BorgerBookingService meeting-time reservations', '2024-03-04', contactProcessScenario, (h) => {
  beforeEach(() => subscribeAll(h().db, ['8:10100', '7:101', '2:81']));
  async function offer(slots = 3, extra: Record<string, unknown> = {}) {
    const m = moedetilbud(7, slots, extra);
    await (await h().client(BOOKING, jobcenter())).CreateMoedetilbudAsync({ InterviewOption: m });
    return m;
  }
  const slotId = (m: ReturnType<typeof moedetilbud>, i: number) => m.Moedetider.Moedetid[i]!.MoedetidId;
  const client = (cpr: string) => h().client(BOOKING, citizenAt(cpr));
  const reserve = async (cpr: string, m: ReturnType<typeof moedetilbud>, slot: number, bookingId = newId()) =>
    (
      await (
        await client(cpr)
      ).CreateMoedetidReservationAsync({
        PersonCivilRegistrationIdentifier: cpr,
        BookingIdentifier: bookingId,
        InterviewOptionIdentifier: m.InterviewOptionIdentifier,
        MoedetidId: slotId(m, slot),
      })
    )[0];
  const details = async (cpr: string, m: ReturnType<typeof moedetilbud>) =>
    (
      await (
        await client(cpr)
      ).GetBookingdetaljerAsync({
        PersonCivilRegistrationIdentifier: cpr,
        InterviewOptionIdentifier: m.InterviewOptionIdentifier,
      })
    )[0];
  const freeTimes = async (cpr: string, m: ReturnType<typeof moedetilbud>) =>
    list<any>((await details(cpr, m)).InterviewOption.Moedetider.Moedetid).map((t) => t.MoedetidId);
  const book = async (cpr: string, m: ReturnType<typeof moedetilbud>, slot: number, id = newId()) => {
    await (
      await client(cpr)
    ).CreateBookingAsync({
      PersonCivilRegistrationIdentifier: cpr,
      BookingIdentifier: id,
      InterviewOptionIdentifier: m.InterviewOptionIdentifier,
      MoedetidId: slotId(m, slot),
    });
    return id;
  };
  const holdOf = async (id: string) =>
    (await h().db('offer_slot').where({ id }).first('held_by_cpr', 'held_for_booking_id', 'held_until_ms')) as {
      held_by_cpr: string | null;
      held_for_booking_id: string | null;
      held_until_ms: string | number | null;
    };

  test("a held time is the holder's for ten minutes: others do not see it, cannot hold or book it; GetBookingdetaljer shows the hold", async () => {
    const m = await offer();
    const bookingId = newId();
    const r = await reserve(KP.afterPeriod, m, 0, bookingId);
    assert.equal(r.MoedetidReservation.BookingIdentifier, bookingId);
    assert.equal(r.MoedetidReservation.MoedetidId, slotId(m, 0));
    assert.equal(
      Date.parse(r.MoedetidReservation.ReservedUntil) - Date.parse(r.ServiceReceipt.EventDate),
      RESERVATION_MINUTES * 60_000,
    );
    assert.equal(RESERVATION_MINUTES, 10);
    // The holder sees the time as free for them, and their hold.
    assert.deepEqual(await freeTimes(KP.afterPeriod, m), [slotId(m, 0), slotId(m, 1), slotId(m, 2)]);
    const mine = (await details(KP.afterPeriod, m)).MoedetidReservation;
    assert.deepEqual(
      { booking: mine.BookingIdentifier, slot: mine.MoedetidId, until: mine.ReservedUntil },
      { booking: bookingId, slot: slotId(m, 0), until: r.MoedetidReservation.ReservedUntil },
    );
    // Another citizen does not see it, and has no hold.
    assert.deepEqual(await freeTimes(KP.groupHistory, m), [slotId(m, 1), slotId(m, 2)]);
    assert.equal((await details(KP.groupHistory, m)).MoedetidReservation, undefined);
    await refusedWithoutWrites(h().db, () => book(KP.groupHistory, m, 0), '4965');
    assert.equal(
      (
        await fault(
          (async () => {
            await reserve(KP.groupHistory, m, 0);
          })(),
        )
      ).code,
      '4965',
    );
    assert.equal((await holdOf(slotId(m, 0))).held_by_cpr, KP.afterPeriod, 'the refused hold changed nothing');
    // The holder books it under the held booking id: the hold ends with the booking.
    await book(KP.afterPeriod, m, 0, bookingId);
    assert.deepEqual(await holdOf(slotId(m, 0)), { held_by_cpr: null, held_for_booking_id: null, held_until_ms: null });
    assert.deepEqual(await freeTimes(KP.groupHistory, m), [slotId(m, 1), slotId(m, 2)]);
  });

  test('a citizen holds one time at a time; a lapsed hold binds nobody', async () => {
    const m = await offer();
    await reserve(KP.afterPeriod, m, 0);
    const second = await reserve(KP.afterPeriod, m, 1);
    assert.equal((await holdOf(slotId(m, 0))).held_by_cpr, null, 'the earlier hold is let go');
    assert.deepEqual(await freeTimes(KP.groupHistory, m), [slotId(m, 0), slotId(m, 2)]);
    // The ten minutes pass: the hold ends at the instant it was made (the test clock keeps its business date).
    await h()
      .db('offer_slot')
      .where({ id: slotId(m, 1) })
      .update({ held_until_ms: Date.parse(second.ServiceReceipt.EventDate) });
    assert.deepEqual(await freeTimes(KP.groupHistory, m), [slotId(m, 0), slotId(m, 1), slotId(m, 2)]);
    assert.equal((await details(KP.afterPeriod, m)).MoedetidReservation, undefined);
    await reserve(KP.groupHistory, m, 1);
    assert.equal((await holdOf(slotId(m, 1))).held_by_cpr, KP.groupHistory);
  });

  test("rebooking: the citizen holds a new time for their own booking and rebooks to it; another citizen's booking id is 8107", async () => {
    const m = await offer();
    const id = await book(KP.afterPeriod, m, 0);
    await reserve(KP.afterPeriod, m, 2, id);
    await (
      await client(KP.afterPeriod)
    ).RescheduleBookingAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      MoedetidId: slotId(m, 2),
    });
    assert.equal((await holdOf(slotId(m, 2))).held_by_cpr, null);
    assert.deepEqual(await freeTimes(KP.groupHistory, m), [slotId(m, 0), slotId(m, 1)]);
    assert.equal((await fault(reserve(KP.groupHistory, m, 1, id))).code, '8107');
    const fixed = await offer(2, { ReBookingPossible: false });
    const fixedId = await book(KP.afterPeriod, fixed, 0);
    assert.equal((await fault(reserve(KP.afterPeriod, fixed, 1, fixedId))).code, '4966');
    assert.equal((await fault(reserve(KP.afterPeriod, m, 1, fixedId))).code, '4964', 'a booking of another offer');
  });

  test('only the citizen holds (4959); an unknown time or offer is 4964; a booked time is 4965', async () => {
    const m = await offer();
    const caseworker = await h().client(BOOKING, jobcenter());
    const req = {
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: newId(),
      InterviewOptionIdentifier: m.InterviewOptionIdentifier,
      MoedetidId: slotId(m, 0),
    };
    await refusedWithoutWrites(h().db, () => caseworker.CreateMoedetidReservationAsync(req), '4959');
    const c = await client(KP.afterPeriod);
    await refusedWithoutWrites(h().db, () => c.CreateMoedetidReservationAsync({ ...req, MoedetidId: newId() }), '4964');
    await refusedWithoutWrites(
      h().db,
      () => c.CreateMoedetidReservationAsync({ ...req, InterviewOptionIdentifier: newId() }),
      '4964',
    );
    await book(KP.groupHistory, m, 0);
    await refusedWithoutWrites(h().db, () => c.CreateMoedetidReservationAsync(req), '4965');
    assert.equal((await holdOf(slotId(m, 0))).held_by_cpr, null);
  });
});
