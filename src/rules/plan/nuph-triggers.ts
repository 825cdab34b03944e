// The status/status-reason combinations of an activity that make DFDG create a NUPH to the a-kasse of a
// dagpenge recipient (R-AK-02; conventions.md S27: "a DFDG rule set decides whether the event is negative" from
// the activity status and the cause type, for courses also the course type and grant frame). The combinations
// themselves are in STAR's "Bilag 1: Kodelister på NUPH og svar på NUPH", which is not among the sources (S29,
// this table is the facade's stand-in (D-192), the ONE place the NUPH-triggering combinations live —
// R-PLAN-11/12 read it here and the NUPH part hooks into it (`triggersNuph`).
import type { ActivityFields } from '../../domain/activity.ts';

/** Activity status (ActivityStatusTypeIdentifier) values the table names (D-192). */
export const ActivityStatus = { Planlagt: 1, Igangvaerende: 2, Afbrudt: 3, Afsluttet: 4, IkkePaabegyndt: 5 } as const;

/** Status reason (ActivityStatusReasonTypeIdentifier, årsagstype) values the table names (D-192). */
export const ActivityStatusReason = {
  Udeblevet: 1,
  OphoertUdenGyldigGrund: 2,
  AfvistTilbud: 3,
  Sygdom: 4,
  Job: 5,
} as const;

/** status → the reasons that, with it, trigger a NUPH. */
export const NUPH_TRIGGERING_COMBINATIONS: ReadonlyMap<number, ReadonlySet<number>> = new Map([
  [
    ActivityStatus.Afbrudt,
    new Set([
      ActivityStatusReason.Udeblevet,
      ActivityStatusReason.OphoertUdenGyldigGrund,
      ActivityStatusReason.AfvistTilbud,
    ]),
  ],
  [ActivityStatus.IkkePaabegyndt, new Set([ActivityStatusReason.Udeblevet, ActivityStatusReason.AfvistTilbud])],
]);

/** Whether this status and status reason, on an activity of a dagpenge recipient, trigger a NUPH. */
export function triggersNuph(a: Pick<ActivityFields, 'status' | 'statusReason'>): boolean {
  if (a.status === null || a.statusReason === null) return false;
  return NUPH_TRIGGERING_COMBINATIONS.get(a.status)?.has(a.statusReason) ?? false;
}

/** The minimum length of the reason remark on a NUPH-relevant status change (R-PLAN-11, R-PLAN-12). */
export const REASON_REMARK_MIN_LENGTH = 20;
