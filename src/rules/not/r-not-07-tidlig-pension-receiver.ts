// R-NOT-07 — 004 §6.1 (notifications-wsrm-wsb.md §4.3): when UDK saves Tidlig pension data, DFDG sends
// GetTidligPensionVersion1 to the citizen's current a-kasse; when the citizen is no member on the day, to the
// latest previous a-kasse only if a date of transition to efterløn is registered for the member there; otherwise
// to nobody. The pushed webservice message goes to the same receiver (D-215).
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { Receiver } from './receiver.ts';

export const tidligPensionNotification: RuleMeta = {
  id: 'R-NOT-07',
  title: 'GetTidligPensionVersion1 to the current a-kasse, else to the latest one if an efterløn date is registered',
  source: '004 §6.1',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/**
 * The a-kasse that receives the citizen's Tidlig pension data saved on `date`, or null.
 * `efterloenAkasser`: the a-kasser with which an efterløn transition date is registered for the citizen.
 */
export function tidligPensionReceiver(
  state: CitizenState,
  date: IsoDate,
  efterloenAkasser: ReadonlySet<string>,
): Receiver | null {
  const current = currentAkasse(state, date);
  const akasse = current ?? latestPreviousAkasse(state, date);
  if (akasse === null) return null;
  if (current === null && !efterloenAkasser.has(akasse)) return null;
  return { organisationType: OrganisationType.AKasse, organisationCode: akasse, subQueue: null };
}

/** The a-kasse of the membership that ended last before `date`. */
function latestPreviousAkasse(state: CitizenState, date: IsoDate): string | null {
  let latest: { akasseCode: string; endDate: IsoDate } | null = null;
  for (const m of state.memberships)
    if (m.endDate !== null && m.endDate < date && (latest === null || m.endDate > latest.endDate))
      latest = { akasseCode: m.akasseCode, endDate: m.endDate };
  return latest?.akasseCode ?? null;
}
