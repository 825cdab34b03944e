// R-NOT-03 — 000 §1.8 (fejlrettelse): when a citizen with a rehabilitation process moves to another
// municipality, DFDG ends the process and sends GetRehabilitationProcessNotificationVersion1 to the jobcentre of the
// municipality moved FROM (fraflytterjobcenter) — sending it to the new one was the bug.
import type { CprMove, RehabilitationProcess } from '../../domain/personMove.ts';
import { addDays } from '../../domain/dates.ts';
import type { RuleMeta } from '../engine.ts';

export const moveEndsRehabilitation: RuleMeta = {
  id: 'R-NOT-03',
  title: 'A move ends the rehabilitation process; the notification goes to the jobcentre moved from',
  source: '000 §1.8',
  validFrom: '2023-12-04',
  validTo: null,
};

/** The processes the move ends, each with its last day (the day before the move). */
export function rehabilitationEndedByMove(
  processes: readonly RehabilitationProcess[],
  move: CprMove,
): RehabilitationProcess[] {
  const lastDay = addDays(move.date, -1);
  return processes
    .filter((p) => p.startDate <= move.date && (p.endDate === null || p.endDate >= move.date))
    .map((p) => ({ ...p, endDate: lastDay < p.startDate ? p.startDate : lastDay }));
}
