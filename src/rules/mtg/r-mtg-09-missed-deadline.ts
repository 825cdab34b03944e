// R-MTG-09 — 000 §1.5: a citizen who has not booked by the deadline is deregistered (afmeldt) and must
// book at once (straksbooking), and is then shown meeting times "for den samtaletype, der var årsag til
// afmeldingen". Run by the daily deadline job (src/app/contactProcess/deadlineExpiry.ts).
import {
  DeadlineStatus,
  type ContactProcessState,
  type Deadline,
  type ImmediateBooking,
  type OnlineOffer,
} from '../../domain/contactProcess.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { deregistersWhenMissed } from './r-mtg-05-akasse-self-booking-outside-dfdg.ts';

export const missedDeadline: RuleMeta = {
  id: 'R-MTG-09',
  title: 'A missed deadline deregisters the citizen; straksbooking then offers the same interview type',
  source: '000 §1.5',
  validFrom: '2023-12-04',
  validTo: null,
};

/** Active deadlines whose last booking day is before `businessDate` without a booking. */
export function missedDeadlines(process: ContactProcessState, businessDate: IsoDate): Deadline[] {
  return process.deadlines.filter(
    (d) => d.status === DeadlineStatus.Active && d.endDate < businessDate && deregistersWhenMissed(d),
  );
}

/** During straksbooking only what is of the interview type that caused the deregistration: the offers
 *  registered in DFDG, or the options a jobcentre's planner answers (`interviewTypeOf` reads the type). */
export function ofImmediateBookingType<T>(
  items: readonly T[],
  interviewTypeOf: (item: T) => number,
  immediate: ImmediateBooking | null,
): T[] {
  return immediate ? items.filter((i) => interviewTypeOf(i) === immediate.interviewType) : [...items];
}

/** During straksbooking only offers of the interview type that caused the deregistration. */
export function offersDuringImmediateBooking(
  offers: readonly OnlineOffer[],
  immediate: ImmediateBooking | null,
): OnlineOffer[] {
  return ofImmediateBookingType(offers, (o) => o.interviewType, immediate);
}
