// The job-order codelists answer 9131 for an unknown value (joborder.md §7), not the general 2002. Placement
// statuses 10 and 11 exist in the codelist but only DFDG sets them (R-JO-09, R-JO-10).
import { PlacementStatus } from '../../domain/jobOrder.ts';
import type { IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { requireCodeListValue } from '../codelistValue.ts';

const DFDG_PLACEMENT_STATUSES: ReadonlySet<number> = new Set(Object.values(PlacementStatus));

export function requireJobOrderCode(
  list: 'joborder-types' | 'joborder-statuses' | 'placement-statuses',
  id: number,
  businessDate: IsoDate,
  element: string,
): void {
  requireCodeListValue(list, id, businessDate, element, 'InvalidCodeListItemIdentifier');
}

/** A placement status an authority may set on a candidate. */
export function requireAuthorityPlacementStatus(status: number, businessDate: IsoDate): void {
  requireJobOrderCode('placement-statuses', status, businessDate, 'CandidateRecruitmentStatusTypeIdentifier');
  if (DFDG_PLACEMENT_STATUSES.has(status))
    throw fault('InvalidCodeListItemIdentifier', 'statuses 10 and 11 are set by DFDG');
}
