// The retention rules of the preparation form and the digital screening (release-rules.md R-DEL-03, R-DEL-10,
// R-DEL-11, R-DEL-12) as policies of the deletion engine (src/app/retention/), on the business date of the run:
// - R-DEL-03: a screening result 6 months after its submission (submitted 1 Apr 2021: deleted from 1 Oct 2021);
// - R-DEL-10: a submitted form 6 months after its submission (before release 2022-1: after the start of filling);
// - R-DEL-11: an unfinished form 6 months after filling began, unless the citizen is enrolled on the day of the run
//   (re-evaluated at every run, A-48);
// - R-DEL-12: the forms of citizens in rehabilitation (when the form was saved) 10 years after the submission, or,
//   unfinished, the start; R-DEL-10 and R-DEL-11 leave them alone.
// A form's screening result goes with it.
import {
  FORM_RETENTION_MONTHS,
  REHABILITATION_FORM_RETENTION_MONTHS,
  SCREENING_RETENTION_MONTHS,
  submittedFormPeriodStart,
} from '../../rules/index.ts';
import {
  countRehabilitationFormsDue,
  countScreeningsDue,
  countSubmittedFormsDue,
  countUnfinishedFormsDue,
  deleteRehabilitationFormsDue,
  deleteScreeningsDue,
  deleteSubmittedFormsDue,
  deleteUnfinishedFormsDue,
} from '../../store/preparationFormRepository.ts';
import type { IsoDate } from '../../domain/types.ts';
import { lastStartDue } from '../retention/periods.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export const screeningResultRetention: RetentionPolicy = {
  ruleId: 'R-DEL-03',
  what: 'digital screening results, 6 months after submission',
  countDue: (db, today) => countScreeningsDue(db, lastStartDue(today, SCREENING_RETENTION_MONTHS)),
  deleteDue: (trx, today, limit) => deleteScreeningsDue(trx, lastStartDue(today, SCREENING_RETENTION_MONTHS), limit),
};

const submittedColumn = (today: IsoDate) =>
  submittedFormPeriodStart(today) === 'submitted' ? ('submitted_on' as const) : ('started_on' as const);

export const submittedFormRetention: RetentionPolicy = {
  ruleId: 'R-DEL-10',
  what: 'submitted preparation forms, 6 months after submission',
  countDue: (db, today) =>
    countSubmittedFormsDue(db, submittedColumn(today), lastStartDue(today, FORM_RETENTION_MONTHS)),
  deleteDue: (trx, today, limit) =>
    deleteSubmittedFormsDue(trx, submittedColumn(today), lastStartDue(today, FORM_RETENTION_MONTHS), limit),
};

export const unfinishedFormRetention: RetentionPolicy = {
  ruleId: 'R-DEL-11',
  what: 'unfinished preparation forms, 6 months after filling began, unless the citizen is registered',
  countDue: (db, today) => countUnfinishedFormsDue(db, lastStartDue(today, FORM_RETENTION_MONTHS), today),
  deleteDue: (trx, today, limit) =>
    deleteUnfinishedFormsDue(trx, lastStartDue(today, FORM_RETENTION_MONTHS), today, limit),
};

export const rehabilitationFormRetention: RetentionPolicy = {
  ruleId: 'R-DEL-12',
  what: 'preparation forms of citizens in rehabilitation, 10 years after submission (unfinished: the start)',
  countDue: (db, today) => countRehabilitationFormsDue(db, lastStartDue(today, REHABILITATION_FORM_RETENTION_MONTHS)),
  deleteDue: (trx, today, limit) =>
    deleteRehabilitationFormsDue(trx, lastStartDue(today, REHABILITATION_FORM_RETENTION_MONTHS), limit),
};
