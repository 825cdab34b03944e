// R-NOT-14 — 004 §3.5 (existing rule): when UDB reports a completed vocational education, DFDG sends a webservice
// message to the young person's jobcentre, so the caseworker decides whether the young person is outside the
// target group for uddannelsespålæg (the subscription itself: R-BAT-10).
import type { CitizenState } from '../../domain/types.ts';
import { OrganisationType } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import type { Receiver } from './receiver.ts';

export const completedEducationAlert: RuleMeta = {
  id: 'R-NOT-14',
  title: 'Webservice message to the jobcentre when UDB reports a completed vocational education',
  source: '004 §3.5',
  validFrom: null,
  validTo: null,
};

export function completedEducationReceivers(citizen: CitizenState): Receiver[] {
  return [
    { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode, subQueue: null },
  ];
}
