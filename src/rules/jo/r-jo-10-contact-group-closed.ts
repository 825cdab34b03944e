// R-JO-10 — 000 §6.2: a candidate is removed from a job order automatically when their contact group is
// closed. Scope and status are not given: every job order, when the citizen has no open contact
// group left; status 11 'Kandidat fjernet – kontaktgruppe lukket' (docs/contract-decisions.md).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import type { Candidate } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';

export const removedOnClosedContactGroup: RuleMeta = {
  id: 'R-JO-10',
  title: 'A candidate whose contact group closes leaves the job order (status 11)',
  source: '000 §6.2',
  validFrom: '2023-12-04',
  validTo: null,
};

export function leavesOnClosedContactGroup(candidate: Candidate, citizen: CitizenState, date: IsoDate): boolean {
  return !candidate.removed && contactGroupOn(citizen, date) === null;
}
