// R-JO-04 — 001 N4: a separate field records how many positions the company wants filled (AntalStillinger,
// 1–9999 in the XSD; 0–1, since the documented CreateCompanyRecruitmentRequest has no such required element,
// joborder.md §4.1). Stored and read back as given.
import type { RuleMeta } from '../engine.ts';

export const numberOfPositions: RuleMeta = {
  id: 'R-JO-04',
  title: 'A job order records the number of positions wanted',
  source: '001 N4',
  validFrom: '2021-03-15',
  validTo: null,
};
