// R-DEL-10, R-DEL-11, R-DEL-12 — 004 §7.2, §1.3: the retention of the preparation forms (contact groups 1, 2, 12,
// 26, 27, 28, 29). A submitted form is deleted 6 months after its submission (R-DEL-10; from release 2022-1 — before
// it the 6 months counted from when filling began); an unfinished form 6 months after filling began, unless the
// citizen is registered as a job seeker on the day of the run (R-DEL-11, A-48: re-evaluated at each run); the
// forms of citizens in rehabilitation after 10 years, from the submission or, unfinished, from the start (R-DEL-12).
// The policies that delete are src/app/preparationForm/retention.ts.
import type { IsoDate } from '../../domain/types.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

/** The contact groups the preparation form is offered to. */
export const PREPARATION_FORM_CONTACT_GROUPS: ReadonlySet<number> = new Set([1, 2, 12, 26, 27, 28, 29]);

export const submittedFormRetention: RuleMeta = {
  id: 'R-DEL-10',
  title: 'Submitted preparation forms are deleted 6 months after submission',
  source: '004 §7.2, §1.3',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const unfinishedFormRetention: RuleMeta = {
  id: 'R-DEL-11',
  title: 'Unfinished preparation forms are deleted 6 months after filling began, unless the citizen is registered',
  source: '004 §7.2',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const rehabilitationFormRetention: RuleMeta = {
  id: 'R-DEL-12',
  title: 'Preparation forms of citizens in rehabilitation are deleted after 10 years',
  source: '004 §7.2',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const FORM_RETENTION_MONTHS = 6;
export const REHABILITATION_FORM_RETENTION_MONTHS = 120;

/** What a submitted form's 6 months count from on `today`: its submission (from 2022-1), before it its start. */
export function submittedFormPeriodStart(today: IsoDate): 'submitted' | 'started' {
  return whileInForce(submittedFormRetention, today, 'started' as const, () => 'submitted' as const);
}
