// R-ABS-07 — 000 §7.1: "DFDG autobesvarer NUPH'en, hvis dagpengemodtageren på hændelsestidspunktet har et eller
// flere igangværende af følgende fraværsforhold" — ids 2, 3, 4, 8, 10, 11, 19, 20, 21, 23, 24, 43, 44, 45, 46,
// 47, 66, 70, 71, 72, 73, 77, 79, 81. Absence 75 is not among them; neither is the mink absence.
import type { RuleMeta } from '../engine.ts';

export const exemptingAbsenceTypes: RuleMeta = {
  id: 'R-ABS-07',
  title: 'The absence types that exempt from the availability obligation',
  source: '000 §7.1',
  validFrom: '2023-12-04',
  validTo: null,
};

export const EXEMPTING_ABSENCE_TYPES: ReadonlySet<number> = new Set([
  2, 3, 4, 8, 10, 11, 19, 20, 21, 23, 24, 43, 44, 45, 46, 47, 66, 70, 71, 72, 73, 77, 79, 81,
]);
