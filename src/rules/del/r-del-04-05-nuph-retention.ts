// R-DEL-04 — 000 §7.1; 002 N0, N1 (implemented in release 2024-1): an answered NUPH and its answer are deleted 6
// years after the answer date. R-DEL-05 — 002 N1 (2024-1): an unanswered NUPH is deleted 6 years after the
// notification date. "Deleted on or after" the date 6 calendar years on: a row is due when that date <= today.
import { addMonths } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const answeredNuphRetention: RuleMeta = {
  id: 'R-DEL-04',
  title: 'An answered NUPH and its answer are deleted 6 years after the answer',
  source: '000 §7.1; 002 N0, N1',
  validFrom: '2024-03-18',
  validTo: null,
};

export const unansweredNuphRetention: RuleMeta = {
  id: 'R-DEL-05',
  title: 'An unanswered NUPH is deleted 6 years after the notification',
  source: '002 N1',
  validFrom: '2024-03-18',
  validTo: null,
};

export const NUPH_RETENTION_YEARS = 6;

/** The latest date counted from (answer or notification) whose rows are due on `today`. */
export const nuphDueIfOnOrBefore = (today: IsoDate): IsoDate => addMonths(today, -12 * NUPH_RETENTION_YEARS);
