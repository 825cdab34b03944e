// R-BAT-08 — 004 §3.5 (existing rule): a change of contact group to any group other than 1, 8, 12, 25 or 28
// closes the UDB subscription with reason 7 (unnamed in the sources).
import { UdbCloseReason } from '../../domain/udb.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';
import { UDB_CONTACT_GROUPS } from './udb-target-groups.ts';

export const udbClosedOnGroupChange: RuleMeta = {
  id: 'R-BAT-08',
  title: 'UDB subscription closed with reason 7 when the contact group changes to one outside 1, 8, 12, 25, 28',
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

/** The closing when the citizen enters `contactGroup` on `from`; null when the group keeps the subscription. */
export function udbGroupChangeClosing(contactGroup: number, from: IsoDate): UdbClosing | null {
  if (UDB_CONTACT_GROUPS.has(contactGroup)) return null;
  return { date: from, reason: UdbCloseReason.Kontaktgruppeskift, ruleId: udbClosedOnGroupChange.id };
}
