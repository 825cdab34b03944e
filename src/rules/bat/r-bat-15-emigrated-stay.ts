// R-BAT-15 — 000 §1.14 (release note of 18 Sep 2023 §1.3): when CPR reports a citizen emigrated (udrejst) or
// missing (forsvundet), the citizen stays with their latest jobcentre instead of being moved to Jobcenter
// København, for status changes from release 2023-3 (18 Sep 2023). Before it DFDG moved them to København.
// (The one-off correction of 2023-4 concerned data of the time; a facade started later holds none of it.)
import type { Person } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const emigratedStayWithJobcentre: RuleMeta = {
  id: 'R-BAT-15',
  title: 'Emigrated or missing citizens stay with their latest jobcentre',
  source: '000 §1.14',
  validFrom: '2023-09-18',
  validTo: null,
};

/** Jobcenter København (municipality 101), where emigrated or missing citizens went before 2023-3 [I]. */
export const JOBCENTER_KOEBENHAVN = '10100';

/** The jobcentre an emigrated or missing citizen stays with: their latest. */
export const jobcentreAfterEmigration = (person: Person): string => person.jobcenterCode;
