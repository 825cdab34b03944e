// R-MTG-03 — 000 §1.4: "a-kassernes indkaldelser til jobsamtaler [bliver] ikke aflyst, selvom borgeren i
// mellemtiden er overgået til jobcentret". When absence 75 ends, DFDG cancels the a-kasse's summonses for the
// contact process after the end date, except jobsamtaler (7). Rådighedssamtaler (15) are the a-kasse's own
// availability interviews, not part of the contact process, and are never cancelled (docs/contract-decisions.md).
import { OrganisationType } from '../../domain/types.ts';
import { InterviewType, type ContactProcessState, type Summons } from '../../domain/contactProcess.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const akasseJobInterviewsSurvive: RuleMeta = {
  id: 'R-MTG-03',
  title: 'A-kasse summonses to a jobsamtale (7) survive the end of the a-kasse period',
  source: '000 §1.4',
  validFrom: '2024-01-01',
  validTo: null,
};

const KEPT_AFTER_PERIOD: ReadonlySet<number> = new Set([InterviewType.Jobsamtale, InterviewType.Raadighedssamtale]);

/** The a-kasse's active summonses DFDG cancels when absence 75 ends on `lastDay`. */
export function summonsesEndingWithAkassePeriod(process: ContactProcessState, lastDay: IsoDate): Summons[] {
  return process.summonses.filter(
    (s) =>
      s.cancelledAt === null &&
      s.organisationType === OrganisationType.AKasse &&
      !KEPT_AFTER_PERIOD.has(s.interviewType) &&
      calendarDateOf(s.startTime) > lastDay,
  );
}
