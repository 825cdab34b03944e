// R-MTG-17 — 000 §3.5: the a-kasse can see held interviews 7 and 17 registered while the citizen was in
// contact group 1 'Dagpengemodtager' or 8 'Uden ydelse'. Other types an a-kasse sees are those of its
// visibility list (indkaldelse.md §4.2).
import { InterviewType, type HeldInterview } from '../../domain/contactProcess.ts';
import type { RuleMeta } from '../engine.ts';

export const akasseReadsJobInterviews: RuleMeta = {
  id: 'R-MTG-17',
  title: 'The a-kasse reads interviews 7 and 17 from periods in contact group 1 or 8',
  source: '000 §3.5',
  validFrom: null,
  validTo: null,
};

/** InterviewService's a-kasse filter (indkaldelse.md §4.2). */
export const AKASSE_VISIBLE_INTERVIEW_TYPES: ReadonlySet<number> = new Set([7, 8, 9, 10, 11, 12, 13, 15, 17]);
const GROUP_FILTERED: ReadonlySet<number> = new Set([
  InterviewType.Jobsamtale,
  InterviewType.FaellesJobsamtaleMedDagpengemodtager,
]);
const GROUPS: ReadonlySet<number> = new Set([1, 8]);

export function visibleToAkasse(interview: HeldInterview): boolean {
  if (!AKASSE_VISIBLE_INTERVIEW_TYPES.has(interview.interviewType)) return false;
  if (!GROUP_FILTERED.has(interview.interviewType)) return true;
  return interview.contactGroupWhenHeld !== null && GROUPS.has(interview.contactGroupWhenHeld);
}
