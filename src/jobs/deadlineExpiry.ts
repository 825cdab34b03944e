// DFDG's daily self-booking deadline job (R-MTG-09, booking-frist.md §2.4 rule 7): a jobcentre deadline
// (R-MTG-05) whose last booking day has passed without a booking becomes Overskredet, the citizen is
// deregistered with reason 5 'Manglende booking' and must book at once (straksbooking) the interview type
// of the missed deadline. Run from the CLI (`deadline-expiry`) or the daily schedule; idempotent.
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import { DeadlineStatus } from '../domain/contactProcess.ts';
import { inForce } from '../rules/engine.ts';
import { enrolledOn } from '../rules/citizen-on-date.ts';
import { missedDeadline, missedDeadlines } from '../rules/mtg/r-mtg-09-missed-deadline.ts';
import type { ContactChangeContext } from '../services/contactProcess/context.ts';
import { saveDeadline } from '../services/contactProcess/deadlineChanges.ts';
import { deregister } from '../services/deregistration.ts';
import { loadCitizenStateForUpdate } from '../store/citizenRepository.ts';
import { cprsWithDeadlineBefore, loadContactProcess, setImmediateBooking } from '../store/contactProcessRepository.ts';

/** CancellationReasonTypeIdentifier 5 'Manglende booking' (codelists/cancellation-reasons.json). */
export const MISSING_BOOKING = 5;

export interface DeadlineExpiryResult {
  expired: number;
  deregistered: number;
}

export async function runDeadlineExpiry(db: Knex, clock: Clock): Promise<DeadlineExpiryResult> {
  const businessDate = clock.today();
  const result = { expired: 0, deregistered: 0 };
  if (!inForce(missedDeadline, businessDate)) return result;
  for (const cpr of await cprsWithDeadlineBefore(db, DeadlineStatus.Active, businessDate)) {
    await db.transaction(async (trx) => {
      const citizen = (await loadCitizenStateForUpdate(trx, cpr))!;
      const process = await loadContactProcess(trx, cpr);
      const c: ContactChangeContext = { db: trx, citizen, process, actor: { kind: 'dfdg', process: 'fristudløb' }, user: null, businessDate, now: clock.nowDateTime() };
      const missed = missedDeadlines(process, businessDate);
      for (const d of missed) {
        await saveDeadline(c, 2, { ...d, status: DeadlineStatus.Expired, closedAt: c.now, version: d.version + 1 });
        result.expired++;
      }
      const last = missed.at(-1);
      if (!last) return;
      const open = citizen.enrollments.find((e) => enrolledOn(e, businessDate));
      if (open) {
        await deregister(c, citizen, open, businessDate, MISSING_BOOKING);
        result.deregistered++;
      }
      await setImmediateBooking(trx, { cpr, interviewType: last.interviewType, deadlineId: last.id, since: businessDate });
    });
  }
  return result;
}
