// A-kasse guest access to a candidate's placement-relevant data (R-CV-02): for a job order the a-kasse runs as
// primary authority, on which the citizen is a candidate and whose member is the caller's own or that of an
// a-kasse cooperating on the order — one that accepted being its primary authority (D-121, D-124) — else DFDG's
// guest-access refusal 4922; with the prescribed comment (one with HTML tags is DFDG's 4933), and for the CV
// (occupations) or the health limitations only. Every access is an audit_event row (src/app/audit.ts) with who,
// which order and whose member the citizen is, written before the data is answered.
import { containsHtmlTags } from '../../domain/htmlTags.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { currentAkasse, guestAccessRules, isPrimary } from '../../rules/index.ts';
import { candidatesOf, findCitizenCv } from '../../store/jobOrderRepository.ts';
import { recordAccess } from '../audit.ts';
import type { ReadContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { ownOrder } from './jobOrderAccess.ts';

/** The data of the requested area: the CV's occupations (ConceptUriDa) or the health limitations. */
export type PlacementData =
  { area: 'CV'; occupations: string[] } | { area: 'HealthLimitations'; healthLimitations: string[] };

export async function guestPlacementData(
  r: ReadContext,
  citizen: CitizenState,
  by: AuthorityActor,
  request: { jobOrderId: string; dataArea: string; comment: string },
): Promise<PlacementData> {
  const order = await ownOrder(r.db, by, request.jobOrderId, r.businessDate);
  const onOrder = (await candidatesOf(r.db, order.id)).some((c) => c.cpr === citizen.person.cpr && !c.removed);
  if (!onOrder) throw fault('PersonAccessNotAllowed', 'the citizen is not a candidate on the job order');
  const memberOf = currentAkasse(citizen, r.businessDate);
  const cooperating =
    memberOf !== null &&
    (memberOf === by.organisationCode ||
      isPrimary(order, { organisationType: OrganisationType.AKasse, organisationCode: memberOf }));
  if (!cooperating)
    throw fault(
      'PersonAccessNotAllowed',
      memberOf === null
        ? 'the candidate is not a member of an a-kasse'
        : `a-kasse ${memberOf} does not cooperate on the job order as its primary authority`,
    );
  if (containsHtmlTags(request.comment)) throw fault('CommentContainsHtml', 'GuestAccessComment');
  enforceRules(guestAccessRules, { comment: request.comment, dataArea: request.dataArea }, r.businessDate);
  await recordAccess(r, {
    kind: 'guest-access',
    by,
    citizen,
    dataArea: request.dataArea,
    detail: { jobOrder: order.id, memberOf, comment: request.comment },
  });
  const cv = await findCitizenCv(r.db, citizen.person.cpr);
  return request.dataArea === 'CV'
    ? { area: 'CV', occupations: cv?.occupations ?? [] }
    : { area: 'HealthLimitations', healthLimitations: cv?.healthLimitations ?? [] };
}
