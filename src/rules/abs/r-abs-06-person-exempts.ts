// R-ABS-06 — 000 §7.1: "Jobcentrenes og a-kassernes fagsystemer har mulighed for at kalde ny metode på
// (GetPersonExempts) PersonVisitationStatusService med henblik på at undersøge, om en dagpengemodtager er
// fritaget for rådighedsforpligtelsen på en given dato." Exempt = an active absence of the exempting set
// (R-ABS-07) runs on the date, bounds inclusive, open end counts.
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { absenceCovers } from '../citizen-on-date.ts';
import { EXEMPTING_ABSENCE_TYPES } from './r-abs-07-exempting-absence-types.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

export const personExemptsRule: RuleMeta = {
  id: 'R-ABS-06',
  title: 'GetPersonExempts: the exempting absences running on a date',
  source: '000 §7.1',
  validFrom: '2023-12-04',
  validTo: null,
};

/** Sorted, unique absence types that exempt the citizen on `date`; empty = not exempt. */
export function personExempts(state: CitizenState, date: IsoDate): number[] {
  const types = absencesOf(state, EXEMPTING_ABSENCE_TYPES)
    .filter((a) => a.active && absenceCovers(a, date))
    .map((a) => a.absenceType);
  return [...new Set(types)].sort((a, b) => a - b);
}
