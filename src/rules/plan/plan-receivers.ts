// Who is told of a published jobplan (D-178; DFDG's receivers for plans were not found): the citizen's jobcentre
// and the a-kasse the citizen is a member of on the day — the a-kasse only when it may read the plan (R-PLAN-09) —,
// except the publisher itself, which knows.
import type { PlanVersion } from '../../domain/plan.ts';
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { uniqueReceivers, type Receiver } from '../not/receiver.ts';
import { planVisibleToAkasse } from './r-plan-09-akasse-reads-groups-1-8.ts';

export function planPublicationReceivers(
  plan: PlanVersion,
  citizen: CitizenState,
  date: IsoDate,
  businessDate: IsoDate,
): Receiver[] {
  const receivers: Receiver[] = [
    { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode, subQueue: null },
  ];
  const akasse = currentAkasse(citizen, date);
  if (akasse !== null && planVisibleToAkasse(plan, businessDate))
    receivers.push({ organisationType: OrganisationType.AKasse, organisationCode: akasse, subQueue: null });
  return uniqueReceivers(receivers).filter(
    (r) =>
      r.organisationType !== plan.publishedBy?.organisationType ||
      r.organisationCode !== plan.publishedBy.organisationCode,
  );
}
