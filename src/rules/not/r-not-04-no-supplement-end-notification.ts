// R-NOT-04 — 000 §1.7 ("Kendt problem"): DFDG 2023-4 sends no webservice message to the jobcentre when it ends an
// activity supplement itself — when the citizen turns 30, or when the jobcentre registers a contact group where
// the supplement is not lawful. The intended behaviour is to notify; the facade reproduces the known
// defect, as DFDG behaves (D-251): the receivers of an automatic ending are nobody.
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2023_4 } from '../ak/r-ak-01-nuph-lists.ts';
import type { Receiver } from './receiver.ts';

export const noSupplementEndNotification: RuleMeta = {
  id: 'R-NOT-04',
  title: 'No notification when DFDG ends an activity supplement (known defect, reproduced)',
  source: '000 §1.7',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

/** Who is told that DFDG ended a supplement: nobody (the known defect of 2023-4). */
export function supplementEndReceivers(): readonly Receiver[] {
  return [];
}
