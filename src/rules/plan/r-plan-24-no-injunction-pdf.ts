// R-PLAN-24 — 004 §3.6, release 2022-1 (14 March 2022): DFDG no longer makes the PDF with the uddannelsespålæg at
// step 4 of the education plan, neither for the institution's digital mailbox nor for the citizen's Min plan.
// PDFs made before the release can still be retrieved (R-DEL-13). Before the release a step-4 publication made one.
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

export const noInjunctionPdf: RuleMeta = {
  id: 'R-PLAN-24',
  title: 'No uddannelsespålæg PDF at step 4 of the education plan',
  source: '004 §3.6',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const INJUNCTION_STEP = 4;
