// R-MTG-15 — 004 §1.1: when a citizen with an active absence 75, who got deadlines, summonses or bookings
// from the jobcentre while in another contact group, switches back to contact group 1, DFDG ends the
// deadlines and cancels the summonses and booked interviews — only while absence 75 is still active.
import { addDays, calendarDateOf } from '../../domain/dates.ts';
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { DeadlineStatus, type ContactProcessState, type Deadline, type Summons } from '../../domain/contactProcess.ts';
import type { RuleMeta } from '../engine.ts';
import { ABSENCE_75, activeAbsenceOn, contactGroupOn } from '../citizen-on-date.ts';

export const returnToGroup1: RuleMeta = {
  id: 'R-MTG-15',
  title:
    'Jobcentre deadlines, summonses and bookings end when the citizen returns to contact group 1 during an active absence 75',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
};

export interface ReturnToGroup1Effects {
  deadlines: Deadline[];
  summonses: Summons[];
}

/** What DFDG ends when the citizen moves into `newGroup` from `from`; nothing unless that is a return to 1 under an active absence 75. */
export function endedOnReturnToGroup1(
  citizen: CitizenState,
  process: ContactProcessState,
  newGroup: number,
  from: IsoDate,
): ReturnToGroup1Effects {
  const none = { deadlines: [], summonses: [] };
  // The group of the day before: the one the move leaves, whether it is still open or was ended for the move.
  const previous = contactGroupOn(citizen, addDays(from, -1));
  if (newGroup !== 1 || previous === null || previous === 1) return none;
  if (!activeAbsenceOn(citizen, ABSENCE_75, from)) return none;
  const byJobcentre = (x: { organisationType: number }) => x.organisationType === OrganisationType.Jobcenter;
  return {
    deadlines: process.deadlines.filter((d) => byJobcentre(d) && d.status === DeadlineStatus.Active),
    summonses: process.summonses.filter(
      (s) => byJobcentre(s) && s.cancelledAt === null && calendarDateOf(s.startTime) >= from,
    ),
  };
}
