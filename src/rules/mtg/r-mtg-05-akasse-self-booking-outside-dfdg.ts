// R-MTG-05 — 000 §1.4: self-booking of a-kasse meetings happens in the a-kasse's own systems, so "a-kassen
// selv [skal] afmelde borgeren"; DFDG's automatic deregistration (R-MTG-09) covers only the jobcentre's
// deadlines in FristService.
import { OrganisationType } from '../../domain/types.ts';
import type { Deadline } from '../../domain/contactProcess.ts';
import type { RuleMeta } from '../engine.ts';

export const akasseSelfBookingOutsideDfdg: RuleMeta = {
  id: 'R-MTG-05',
  title: 'DFDG deregisters only for missed jobcentre deadlines; the a-kasse deregisters for its own',
  source: '000 §1.4',
  validFrom: null,
  validTo: null,
};

/** Whether missing this deadline makes DFDG deregister the citizen. */
export function deregistersWhenMissed(deadline: Deadline): boolean {
  return deadline.organisationType === OrganisationType.Jobcenter;
}
