// R-AK-02 — 000 §7.1, §3.1 (unchanged principle, restated in 2023-4): DFDG creates a NUPH to the a-kasse of a
// dagpenge recipient when the jobcentre registers a triggering status and status reason on an activity
// (the combinations: src/rules/plan/nuph-triggers.ts, D-192). The event code of the NUPH follows the reason.
// R-AK-04 — 000 §7.1 (2023-4): when the jobcentre corrects the activity to a combination that no longer
// triggers, DFDG withdraws the NUPH; the a-kasse is told through the NUPH's own channel (best reading).
import type { ActivityFields } from '../../domain/activity.ts';
import type { RuleMeta } from '../engine.ts';
import { ActivityStatusReason, triggersNuph } from '../plan/nuph-triggers.ts';
import { NuphEvent } from './r-ak-05-no-show-irrelevant.ts';

export const activityNuph: RuleMeta = {
  id: 'R-AK-02',
  title: "A NUPH is generated from the jobcentre's activity status and status reason",
  source: '000 §7.1, §3.1',
  validFrom: null,
  validTo: null,
};

export const activityNuphWithdrawal: RuleMeta = {
  id: 'R-AK-04',
  title: 'A NUPH is withdrawn when the jobcentre corrects the activity',
  source: '000 §7.1',
  validFrom: '2023-12-04',
  validTo: null,
};

const EVENT_OF_REASON: ReadonlyMap<number, number> = new Map([
  [ActivityStatusReason.Udeblevet, NuphEvent.UdeblevetFraTilbud],
  [ActivityStatusReason.AfvistTilbud, NuphEvent.AfvistTilbud],
  [ActivityStatusReason.OphoertUdenGyldigGrund, NuphEvent.OphoertUdenGyldigGrund],
]);

/** The event code of the NUPH a triggering status/reason generates; null when it triggers none. */
export function activityNuphEvent(a: Pick<ActivityFields, 'status' | 'statusReason'>): number | null {
  if (!triggersNuph(a)) return null;
  return EVENT_OF_REASON.get(a.statusReason!) ?? null;
}
