// What the activity-supplement rules (R-PLAN-16, R-PLAN-17) look at when a jobcentre creates an aktivitetstillæg:
// the event date, the citizen's birth date and contact group on it. Pure data; src/app/activitySupplement builds it.
import type { IsoDate } from '../../domain/types.ts';

export interface SupplementCommand {
  eventDate: IsoDate;
  birthDate: IsoDate;
  /** The citizen's contact group on the event date, null when none. */
  contactGroup: number | null;
}
