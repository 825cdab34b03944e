// Creating and changing job orders (JobOrderService, joborder.md §4): the codelist values (9131), an ESCO-STAR
// occupation that matches the title (4928) and recruiting primary authorities come first; a new order starts
// 'Åben' with its creator's parties (jobOrderParties.ts); then the JO rules in force (src/rules/index.ts).
// Status changes are the primary authorities', 4 'Fejlrettet' the responsible one's only (R-JO-13). An authority
// invited as primary accepts by an update that names it (D-121).
import { escoMismatch } from '../../domain/escoStar.ts';
import { JobOrderStatus, sameAuthority, type Authority, type JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType, type AuthorityActor, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { isInvited, isPrimary, jobOrderCreateRules, jobOrderUpdateRules } from '../../rules/index.ts';
import { findJobOrder } from '../../store/jobOrderRepository.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { ownOrder, readableOrder } from './jobOrderAccess.ts';
import { requireJobOrderCode } from './jobOrderCodes.ts';
import { jobOrderCommand, namedParties, partiesOnCreate, RECRUITING_TYPES } from './jobOrderParties.ts';
import { saveJobOrder } from './jobOrderChanges.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** The written fields of a job order, AliasIdentifier as given. */
export type JobOrderFields = Pick<
  JobOrder,
  | 'title'
  | 'position'
  | 'conceptUri'
  | 'aliasId'
  | 'description'
  | 'comment'
  | 'type'
  | 'status'
  | 'startDate'
  | 'validToDate'
  | 'positions'
>;

/** What a create or update request says. */
export interface JobOrderRequest {
  /** CompanyRecruitmentIdentifier as given; on create DFDG assigns one when it is absent. */
  id: string | null;
  fields: JobOrderFields;
  company: JobOrder['company'];
  availableToAll: boolean;
  /** The responsible authority the request names, and the primary authorities besides it. */
  responsible: Authority | null;
  primaries: Authority[];
}

function checkFields(r: JobOrderRequest, date: IsoDate): void {
  requireJobOrderCode('joborder-types', r.fields.type, date, 'CompanyRecruitmentTypeIdentifier');
  requireJobOrderCode('joborder-statuses', r.fields.status, date, 'CompanyRecruitmentStatusTypeIdentifier');
  const mismatch = escoMismatch(r.fields.title, r.fields.conceptUri, r.fields.aliasId);
  if (mismatch) throw fault('InvalidEscoOccupation', mismatch);
  for (const a of r.primaries)
    if (!RECRUITING_TYPES.has(a.organisationType))
      throw fault('InvalidMessage', `primary authority of organisation type ${a.organisationType}`);
}

const stored = (f: JobOrderFields): JobOrderFields => ({ ...f, aliasId: f.aliasId?.toLowerCase() ?? null });

/** Registers a new order of `by` (an authority or a company); returns its id. */
export async function createJobOrder(w: WriteContext, by: AuthorityActor, r: JobOrderRequest): Promise<string> {
  checkFields(r, w.businessDate);
  if (r.fields.status !== JobOrderStatus.Open) throw fault('JobOrderStatusOnCreate', `status ${r.fields.status}`);
  const id = r.id?.toLowerCase() ?? timeOrderedUuid();
  if (await findJobOrder(w.trx, id)) throw fault('IdentifierInUse', `CompanyRecruitmentIdentifier ${id}`);
  const order: JobOrder = {
    id,
    ...partiesOnCreate(by, r),
    createdBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    createdAt: w.now,
    version: 1,
    statusComment: null,
    availableToAll: r.availableToAll,
    // A company's own order is for its CVR (the ActiveOrganisationHeader's code) when the request names none.
    company:
      r.company ??
      (by.organisationType === OrganisationType.Virksomhed ? { cvr: by.organisationCode, productionUnit: null } : null),
    ...stored(r.fields),
  };
  enforceRules(jobOrderCreateRules, await jobOrderCommand(w.trx, by, order), w.businessDate);
  await saveJobOrder(w, order);
  return id;
}

/** Changes one of `by`'s orders, or accepts an invitation to one (D-121); returns its id. The responsible
 *  authority and the company stay. */
export async function changeJobOrder(w: WriteContext, by: AuthorityActor, r: JobOrderRequest): Promise<string> {
  if (!r.id) throw fault('InvalidMessage', 'UpdateCompanyRecruitment needs the CompanyRecruitmentIdentifier');
  const before = await readableOrder(w.trx, by, r.id, w.businessDate);
  const accepts = isInvited(before, by) && r.primaries.some((a) => sameAuthority(a, by));
  if (!isPrimary(before, by) && !accepts)
    throw fault('JobOrderReadOnly', `organisation ${by.organisationType}/${by.organisationCode}`);
  checkFields(r, w.businessDate);
  const after: JobOrder = {
    ...before,
    ...namedParties(by, before.responsible, before.primary, r.primaries),
    // Sharing is an active choice and is not taken back (R-JO-02).
    availableToAll: before.availableToAll || r.availableToAll,
    version: before.version + 1,
    ...stored(r.fields),
  };
  enforceRules(jobOrderUpdateRules, await jobOrderCommand(w.trx, by, after), w.businessDate);
  await saveJobOrder(w, after);
  return after.id;
}

/** Sets the status of one of `by`'s orders, with the comment of a correction; returns its id. */
export async function setJobOrderStatus(
  w: WriteContext,
  by: AuthorityActor,
  id: string,
  status: number,
  comment: string | null,
): Promise<string> {
  const before = await ownOrder(w.trx, by, id, w.businessDate);
  requireJobOrderCode('joborder-statuses', status, w.businessDate, 'CompanyRecruitmentStatusTypeIdentifier');
  if (status === JobOrderStatus.Corrected && !sameAuthority(before.responsible, by)) {
    throw fault('JobOrderReadOnly', "only the responsible authority sets status 4 'Fejlrettet' (R-JO-13)");
  }
  const after = { ...before, status, statusComment: comment, version: before.version + 1 };
  await saveJobOrder(w, after);
  return after.id;
}
