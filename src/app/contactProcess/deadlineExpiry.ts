// DFDG's daily self-booking deadline job (R-MTG-09, booking-frist.md §2.4 rule 7): a jobcentre deadline
// (R-MTG-05) whose last booking day has passed without a booking becomes Overskredet, the citizen is
// deregistered with reason 5 'Manglende booking' and must book at once (straksbooking) the interview type
// of the missed deadline. Run from the CLI (`deadline-expiry`) or the daily schedule; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { DeadlineStatus } from '../../domain/contactProcess.ts';
import { enrolledOn, missedDeadline, missedDeadlines, whileInForce } from '../../rules/index.ts';
import { cprsWithDeadlineBefore, setImmediateBooking } from '../../store/contactProcessRepository.ts';
import { deregister } from '../citizen/deregistration.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';
import { contactContext } from './context.ts';
import { saveDeadline } from './deadlineChanges.ts';

/** CancellationReasonTypeIdentifier 5 'Manglende booking' (codelists/cancellation-reasons.json). */
export const MISSING_BOOKING = 5;

export interface DeadlineExpiryResult {
  expired: number;
  deregistered: number;
}

export async function runDeadlineExpiry(db: Knex, clock: Clock): Promise<DeadlineExpiryResult> {
  const caller = dfdgCaller('fristudløb', clock.today(), clock.nowDateTime());
  const date = caller.businessDate;
  const result = { expired: 0, deregistered: 0 };
  const cprs = await whileInForce(missedDeadline, date, Promise.resolve([]), () =>
    cprsWithDeadlineBefore(db, DeadlineStatus.Active, date),
  );
  await forEachCitizen(db, caller, cprs, async (w, citizen) => {
    const c = await contactContext(w, citizen);
    const missed = missedDeadlines(c.process, date);
    for (const d of missed) {
      await saveDeadline(c, 2, { ...d, status: DeadlineStatus.Expired, closedAt: c.now, version: d.version + 1 });
      result.expired++;
    }
    const last = missed.at(-1);
    if (!last) return;
    const open = citizen.enrollments.find((e) => enrolledOn(e, date));
    if (open) {
      await deregister(c, citizen, open, date, MISSING_BOOKING);
      result.deregistered++;
    }
    await setImmediateBooking(w.trx, {
      cpr: citizen.person.cpr,
      interviewType: last.interviewType,
      deadlineId: last.id,
      since: date,
    });
  });
  return result;
}
