// The activity supplement (aktivitetstillæg, release-rules.md R-PLAN-16/17, R-BAT-05, R-NOT-04): paid to young
// people in activities, registered by the jobcentre from an event date (hændelsesdato), ended by DFDG when the
// citizen turns 30 or leaves the contact groups where it is lawful. Plain data.
import type { Authority } from './plan.ts';
import type { IsoDate } from './types.ts';

/** Why DFDG ended a supplement (R-BAT-05): the citizen turned 30, or moved to a group where it is not lawful. */
export type SupplementEndReason = 'age30' | 'contactGroup';

export interface ActivitySupplement {
  id: string;
  cpr: string;
  /** Hændelsesdato: the day the supplement applies from (may lie any distance back, R-PLAN-16). */
  eventDate: IsoDate;
  /** The last day of the supplement, inclusive; null while it runs. */
  endDate: IsoDate | null;
  endReason: SupplementEndReason | null;
  registeredBy: Authority;
  registeredAt: string;
}
