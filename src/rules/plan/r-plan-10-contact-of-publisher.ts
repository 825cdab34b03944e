// R-PLAN-10 — 000 §3.5 ("Kendt problem"): Min plan (the PDF the citizen gets) shows the contact details of the
// publishing authority, here the a-kasse. DFDG 2023-4 showed the jobcentre's (a known defect); A-57: implement
// the intended behaviour. The facade has no PDF: GetPlan's ContactAuthority is that contact block (D-175).
import type { Authority, PlanVersion } from '../../domain/plan.ts';
import { OrganisationType, type IsoDate } from '../../domain/types.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';

export const contactOfPublisher: RuleMeta = {
  id: 'R-PLAN-10',
  title: 'Min plan shows the contact details of the publishing authority',
  source: '000 §3.5',
  validFrom: '2023-12-04',
  validTo: null,
};

/** The authority whose contact details Min plan shows: the publisher; before release 2023-4 the jobcentre. */
export function planContactAuthority(
  plan: PlanVersion,
  jobcenterCode: string,
  businessDate: IsoDate,
): Authority | null {
  if (plan.publishedBy === null) return null;
  const jobcentre = { organisationType: OrganisationType.Jobcenter, organisationCode: jobcenterCode };
  return whileInForce(contactOfPublisher, businessDate, jobcentre, () => plan.publishedBy);
}
