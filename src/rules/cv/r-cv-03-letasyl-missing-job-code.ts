// R-CV-03 — 000 §4.3 (bug fix in release 2023-4): a CV from LetAsyl whose work experience ('Erhvervserfaring' in
// 'Del 2 – Afdækning af kompetencer og kvalifikationer') lacks the job code ('Stillingskode') is read all the same,
// the entry without a job code. Before the release such a read failed (5324, the facade's code: the sources give
// none). Two units, one rule: the failure before the release, the tolerance from it (nothing to check).
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { RELEASE_2023_4 } from '../oth/r-oth-01-asylovergivelse-service.ts';
import type { CvRead } from './cv-command.ts';

export const letAsylMissingJobCode: RuleMeta = {
  id: 'R-CV-03',
  title: 'A LetAsyl CV whose work experience lacks a job code is read, the entry without one',
  source: '000 §4.3',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export const letAsylMissingJobCodeFailedBefore2023_4: ValidationRule<CvRead> = {
  id: 'R-CV-03',
  title: 'Before release 2023-4 reading such a CV failed',
  source: '000 §4.3',
  validFrom: null,
  validTo: RELEASE_2023_4,
  evaluate(cv) {
    if (cv.source !== 'LetAsyl' || !cv.jobCodes.some((c) => c === null)) return null;
    return violation(this, 'LetAsylCvWithoutJobCodeFailed', 'a LetAsyl work experience without Stillingskode');
  },
};
