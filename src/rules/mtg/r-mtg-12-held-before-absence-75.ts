// R-MTG-12 — 004 §1.1: the a-kasse may register held interviews 7 and 17 dated before absence 75 starts
// when (a) absence 75 is registered and (b) the interview is after the first day of the dagpenge period,
// strictly after; the absence 75 that matters is the next one after the interview. R-MTG-13 —
// 004 §1.1: also while absence 75 is registered but inactive, whatever the date. Without an absence 75
// the a-kasse cannot register 7 or 17 at all.
import { calendarDateOf } from '../../domain/dates.ts';
import { ClientCategory, OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { InterviewType } from '../../domain/contactProcess.ts';
import { inForce, violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { absenceCovers, absences75 } from '../citizen-on-date.ts';
import type { HeldInterviewCommand } from './contact-command.ts';

export const heldWhileAbsence75Inactive: RuleMeta = {
  id: 'R-MTG-13',
  title: 'The a-kasse may register held interviews while absence 75 is inactive',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
};

const TYPES: ReadonlySet<number> = new Set([
  InterviewType.Jobsamtale,
  InterviewType.FaellesJobsamtaleMedDagpengemodtager,
]);

/** First day of the dagpenge period the absence 75 starting on `start` belongs to: the latest dagpenge enrollment on or before it. */
function dagpengePeriodStart(state: CitizenState, start: IsoDate): IsoDate | null {
  const starts = state.enrollments
    .filter((e) => e.clientCategory === ClientCategory.Dagpengemodtager && e.enrollmentDate <= start)
    .map((e) => e.enrollmentDate)
    .sort();
  return starts.at(-1) ?? null;
}

export const heldBeforeAbsence75: ValidationRule<HeldInterviewCommand> = {
  id: 'R-MTG-12',
  title: 'The a-kasse may register a held 7/17 before absence 75 starts, after the first dagpenge day',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c, businessDate) {
    if (c.actor.organisationType !== OrganisationType.AKasse || !TYPES.has(c.interview.interviewType)) return null;
    const day = calendarDateOf(c.interview.heldAt);
    const countsInactive = inForce(heldWhileAbsence75Inactive, businessDate);
    const registered = absences75(c.citizen).filter((a) => a.active || countsInactive);
    if (registered.length === 0)
      return violation(this, 'HeldInterviewOutsideAbsence75', 'the citizen has no absence 75');
    if (registered.some((a) => absenceCovers(a, day))) return null;
    // The absence 75 the interview precedes; none when every one ended before it (the a-kasse keeps its
    // jobsamtaler after the period, R-MTG-03).
    const next = registered.filter((a) => a.startDate > day).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
    if (!next) return null;
    const periodStart = dagpengePeriodStart(c.citizen, next.startDate);
    if (periodStart !== null && day > periodStart) return null;
    return violation(
      this,
      'HeldInterviewOutsideAbsence75',
      `interview ${day} is before absence 75 (${next.startDate}) and not after the first dagpenge day (${periodStart ?? 'none'})`,
    );
  },
};
