// R-BAT-12 — 004 §3.5 (existing rule): DFDG does not close the UDB subscription when the jobcentre actively closes
// the contact group (UpdateContactGroup with an end date), or DFDG would stop receiving UDB's events. Closing
// happens only under R-BAT-09 or another rule. Code of its own: the contact group's end is not a closing
// (udbClosingOnGroupEnd), so src/app/udb reacts to a group opened (R-BAT-08), never to one ended.
import type { RuleMeta } from '../engine.ts';
import type { UdbClosing } from './r-bat-07-udb-closed-by-age.ts';

export const udbOpenWhenJobcentreClosesGroup: RuleMeta = {
  id: 'R-BAT-12',
  title: 'UDB subscription not closed at once when the jobcentre closes the contact group',
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

/** The closing an ended contact group causes at once: none (R-BAT-09 decides a month later). */
export function udbClosingOnGroupEnd(): UdbClosing | null {
  return null;
}
