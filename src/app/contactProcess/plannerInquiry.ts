// The citizen's self-booking as DFDG passes it to the planner of the citizen's jobcentre (booking-frist.md §1,
// §4): what DFDG knows of the citizen that the planner matches its offers against (CPR, jobcentre, contact
// group, the absences not yet ended), asked only for a citizen who may self-book; and the citizen Jobnet names
// by CV customer number in GetSelfbookTimeslots (§3.3–3.4: 4400 when the number is unknown).
import type { ImmediateBooking, SelfBookingInquiry } from '../../domain/contactProcess.ts';
import type { CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupOn } from '../../rules/index.ts';
import { loadContactProcess } from '../../store/contactProcessRepository.ts';
import type { ReadContext } from '../context.ts';
import { requireSelfBookingRight } from './selfBookingRight.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

/** What the planner is told on the business date, and the straksbooking the citizen must make (R-MTG-09: only
 *  options of its interview type may be shown); 4770 for a citizen deprived of self-booking, 8060 without a
 *  contact group. */
export async function selfBookingInquiry(
  r: ReadContext,
  citizen: CitizenState,
): Promise<{ inquiry: SelfBookingInquiry; immediateBooking: ImmediateBooking | null }> {
  const date = r.businessDate;
  requireSelfBookingRight(citizen, date);
  const contactGroup = contactGroupOn(citizen, date);
  if (contactGroup === null) throw fault('NoActiveContactGroup');
  const { immediateBooking } = await loadContactProcess(r.db, citizen.person.cpr);
  return {
    inquiry: {
      cpr: citizen.person.cpr,
      jobcentreCode: citizen.person.jobcenterCode,
      contactGroup,
      absences: absencesOf(citizen, 'all').filter((a) => a.endDate === null || a.endDate >= date),
    },
    immediateBooking,
  };
}
