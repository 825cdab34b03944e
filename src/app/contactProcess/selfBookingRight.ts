// Whether the citizen can self-book with the jobcentre on Jobnet today: GetBorgerstatus's KanSelvbooke
// (SelfBookingPossible, booking-frist.md §3.1), answered by FristService.GetFrister (D-120). DFDG derives it
// from the citizen's state: enrolled as a jobseeker (a booking needs it, 4367), not deprived of the right to
// self-book by an absence 57 'Frataget ret til selvbook' (§2.4 rule 6, §8), and the jobcentre not kept out
// by the a-kasse's contact process (R-MTG-14: absence 75 active and contact group 1, whose meetings the
// citizen books in the a-kasse's own systems, R-MTG-05). Absence 56 'Fritaget for pligt til selvbook' lifts
// the duty, not the right.
import { AbsenceTypes, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { activeAbsenceOn, akasseHasContactProcess, enrolledOn } from '../../rules/index.ts';

const DEPRIVING = new Set([AbsenceTypes.FratagetRetTilSelvbook]);

/** An active absence 57 covers the day. */
const deprivedOfSelfBooking = (citizen: CitizenState, date: IsoDate): boolean =>
  activeAbsenceOn(citizen, DEPRIVING, date);

/** KanSelvbooke on `date` (the business date). */
export function selfBookingPossible(citizen: CitizenState, date: IsoDate): boolean {
  return (
    citizen.enrollments.some((e) => enrolledOn(e, date)) &&
    !deprivedOfSelfBooking(citizen, date) &&
    !akasseHasContactProcess({ citizen, date }, date)
  );
}

/** A citizen deprived of the right to self-book is offered nothing and books nothing (4770). */
export function requireSelfBookingRight(citizen: CitizenState, date: IsoDate): void {
  if (deprivedOfSelfBooking(citizen, date))
    throw fault('NoBookingOptions', `absence ${AbsenceTypes.FratagetRetTilSelvbook} 'Frataget ret til selvbook'`);
}
