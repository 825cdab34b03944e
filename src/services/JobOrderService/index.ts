// JobOrderService (Version 4): job orders in the CompanyRecruitment contract (joborder.md), with job-centre and
// a-kasse responsibility (R-JO-05, R-JO-14), internal orders and sharing (R-JO-01..03), placements with their
// log (R-JO-06, R-JO-07), hand-over (R-JO-08), status 4 (R-JO-13), the company's view (R-JO-12) and a-kasse
// guest access to candidates' placement data (R-CV-02). Access [I] (joborder.md §8): jobcentres, a-kasser,
// municipalities and STAR call every operation and see what R-JO-01 lets them; companies (JobAG, organisation
// type 24 with their CVR) create and read their own orders. Citizens' scope is checked by the rules, not by
// egne borgere: placing outside citizens and other a-kasser's members is what R-JO-03 and R-JO-06 regulate.
import { randomUUID } from 'node:crypto';
import type { JobOrderServiceOperations } from '../../contract/generated/services.ts';
import type { CompanyRecruitmentType } from '../../contract/generated/types.ts';
import { alle, currentAkasse, type AccessDeclaration } from '../../access/model.ts';
import { escoMismatch } from '../../domain/escoStar.ts';
import { JobOrderStatus, PlacementStatus, sameAuthority, type Authority, type Candidate, type JobOrder } from '../../domain/jobOrder.ts';
import { OrganisationType } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { log } from '../../log.ts';
import type { ValidationRule } from '../../rules/engine.ts';
import { guestAccess } from '../../rules/cv/r-cv-02-guest-access.ts';
import type { JobOrderCommand, PlacementCommand } from '../../rules/jo/job-order-command.ts';
import { isPrimary, mayRead, sharedWithAllJobcentres } from '../../rules/jo/r-jo-01-internal-job-orders.ts';
import { availableToAll } from '../../rules/jo/r-jo-02-available-to-all.ts';
import { outsideJobcentre } from '../../rules/jo/r-jo-03-outside-citizen.ts';
import { akasseOrdinaryOnly } from '../../rules/jo/r-jo-05-akasse-ordinary-only.ts';
import { akasseCandidates } from '../../rules/jo/r-jo-06-akasse-candidates.ts';
import { jobcentreNotOnAkasseOrders } from '../../rules/jo/r-jo-07-jobcentre-not-on-akasse-orders.ts';
import { handOver } from '../../rules/jo/r-jo-08-handover.ts';
import { companyView } from '../../rules/jo/r-jo-12-jobag-hides-position.ts';
import { titleRequired } from '../../rules/jo/r-jo-11-title-required.ts';
import { readyAkasser } from '../../rules/jo/r-jo-14-ready-akasser.ts';
import { addReader, candidateLog, candidatesOf, findCandidate, findCitizenCv, findJobOrder, isReadyForJobOrders, readersOf, searchJobOrders } from '../../store/jobOrderRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { enforceRules } from '../enforceRules.ts';
import { receipt } from '../receipt.ts';
import { saveCandidateChange, saveJobOrder, type JobOrderChangeContext } from './jobOrderChanges.ts';
import { jobOrderFrom, namedPrimaries, namedResponsible, toAuthorityHeader, toCandidate, toCompanyRecruitmentInfo } from './mapping.ts';

const orderAccess = (writes: boolean): AccessDeclaration<unknown> => ({
  allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle], Virksomhed: [alle] },
  citizen: null,
  writes,
});
const placementAccess = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({ allowed: { Jobcenter: [alle], AKasse: [alle] }, citizen, writes: true });

export const createRules: readonly ValidationRule<JobOrderCommand>[] = [titleRequired, akasseOrdinaryOnly, readyAkasser, availableToAll];
export const updateRules: readonly ValidationRule<JobOrderCommand>[] = [akasseOrdinaryOnly, readyAkasser, availableToAll];
export const placementRules: readonly ValidationRule<PlacementCommand>[] = [jobcentreNotOnAkasseOrders, akasseCandidates];
/** FormidlingsStatusType values only DFDG sets (R-JO-09, R-JO-10). */
const DFDG_PLACEMENT_STATUSES: ReadonlySet<number> = new Set(Object.values(PlacementStatus));
const RECRUITING_TYPES: ReadonlySet<number> = new Set([OrganisationType.Jobcenter, OrganisationType.AKasse]);

const changeContext = (ctx: CallContext): JobOrderChangeContext => ({ db: ctx.db, actor: ctx.actor, user: ctx.userMetadata, businessDate: ctx.businessDate, now: ctx.now });
const jobOrderReceipt = (ctx: CallContext, id: string) => ({ CompanyRecruitmentIdentifier: id, ...receipt(ctx) });

/** The job-order codelists answer 9131 for an unknown value (joborder.md §7). */
function requireJobOrderCode(list: 'joborder-types' | 'joborder-statuses' | 'placement-statuses', id: number, ctx: CallContext, element: string): void {
  requireCodeListValue(list, id, ctx.businessDate, element, 'InvalidCodeListItemIdentifier');
}

function checkFields(r: CompanyRecruitmentType, ctx: CallContext): void {
  requireJobOrderCode('joborder-types', r.CompanyRecruitmentTypeIdentifier, ctx, 'CompanyRecruitmentTypeIdentifier');
  requireJobOrderCode('joborder-statuses', r.CompanyRecruitmentStatusTypeIdentifier, ctx, 'CompanyRecruitmentStatusTypeIdentifier');
  const mismatch = escoMismatch(r.CompanyRecruitmentTitle ?? null, r.ConceptUriDa ?? null, r.AliasIdentifier ?? null);
  if (mismatch) throw fault('InvalidEscoOccupation', mismatch);
  for (const a of namedPrimaries(r)) if (!RECRUITING_TYPES.has(a.organisationType)) throw fault('InvalidMessage', `primary authority of organisation type ${a.organisationType}`);
}

/** Responsible and primary authorities of a new order: the creating authority, or for a company (JobAG) the one it chose. */
function partiesOnCreate(r: CompanyRecruitmentType, ctx: CallContext): { responsible: Authority; primary: Authority[] } {
  const caller = { organisationType: ctx.actor.organisationType, organisationCode: ctx.actor.organisationCode };
  const named = namedResponsible(r);
  let responsible: Authority;
  if (caller.organisationType === OrganisationType.Virksomhed) {
    if (!named || !RECRUITING_TYPES.has(named.organisationType)) throw fault('InvalidMessage', 'a company names the jobcentre or a-kasse responsible for its job order in ResponsibleAuthority');
    if (r.CompanyRecruitmentProvider.CVRnumberIdentifier !== caller.organisationCode) throw fault('NotAuthorized', 'a company creates job orders for its own CVR only');
    responsible = named;
  } else {
    if (!RECRUITING_TYPES.has(caller.organisationType)) throw fault('NotAuthorized', 'jobcentres, a-kasser and companies create job orders');
    if (named && !sameAuthority(named, caller)) throw fault('NotAuthorized', 'an authority creates job orders it is responsible for itself');
    responsible = caller;
  }
  return { responsible, primary: unique([responsible, ...namedPrimaries(r)]) };
}

function unique(authorities: Authority[]): Authority[] {
  return authorities.filter((a, i) => authorities.findIndex((b) => sameAuthority(a, b)) === i);
}

async function command(ctx: CallContext, order: JobOrder): Promise<JobOrderCommand> {
  const akasse = order.responsible.organisationType === OrganisationType.AKasse;
  return { order, actor: ctx.actor, responsibleReady: !akasse || (await isReadyForJobOrders(ctx.db, order.responsible.organisationCode)) };
}

/** The job order if the caller may read it (R-JO-01), else 4920 as if unknown. */
async function readableOrder(ctx: CallContext, id: string): Promise<JobOrder> {
  const order = await findJobOrder(ctx.db, id.toLowerCase());
  if (!order || !mayRead(order, await readersOf(ctx.db, order.id), ctx.actor, ctx.businessDate)) throw fault('UnknownJobOrder', `CompanyRecruitmentIdentifier ${id}`);
  return order;
}

/** A job order the caller may change: one of its primary authorities (an outside reader may not, R-JO-03). */
async function ownOrder(ctx: CallContext, id: string): Promise<JobOrder> {
  const order = await readableOrder(ctx, id);
  if (!isPrimary(order, ctx.actor)) throw fault('JobOrderReadOnly', `organisation ${ctx.actor.organisationType}/${ctx.actor.organisationCode}`);
  return order;
}

/** What the caller sees: companies without JobordreStilling (R-JO-12). */
async function infoFor(ctx: CallContext, order: JobOrder) {
  const shown = ctx.actor.organisationType === OrganisationType.Virksomhed ? companyView(order) : order;
  return toCompanyRecruitmentInfo(shown, await candidatesOf(ctx.db, order.id));
}

async function candidateOn(ctx: CallContext, order: JobOrder, id: string): Promise<Candidate> {
  const candidate = await findCandidate(ctx.db, id.toLowerCase());
  if (!candidate || candidate.jobOrderId !== order.id) throw fault('UnknownCandidate', `CandidateIdentifier ${id}`);
  return candidate;
}

export const operations: JobOrderServiceOperations = {
  CreateCompanyRecruitment: {
    access: orderAccess(true),
    async handle(req, ctx) {
      const r = req.CompanyRecruitment;
      checkFields(r, ctx);
      if (r.CompanyRecruitmentStatusTypeIdentifier !== JobOrderStatus.Open) throw fault('JobOrderStatusOnCreate', `status ${r.CompanyRecruitmentStatusTypeIdentifier}`);
      const id = r.CompanyRecruitmentIdentifier?.toLowerCase() ?? randomUUID();
      if (await findJobOrder(ctx.db, id)) throw fault('IdentifierInUse', `CompanyRecruitmentIdentifier ${id}`);
      const creator = { organisationType: ctx.actor.organisationType, organisationCode: ctx.actor.organisationCode };
      const order = jobOrderFrom(r, {
        id,
        ...partiesOnCreate(r, ctx),
        createdBy: creator,
        createdAt: ctx.now,
        version: 1,
        statusComment: null,
        availableToAll: r.AvailableToAllJobcenters,
        company: { cvr: r.CompanyRecruitmentProvider.CVRnumberIdentifier, productionUnit: r.CompanyRecruitmentProvider.ProductionUnitIdentifier ?? null },
      });
      enforceRules(createRules, await command(ctx, order), ctx.businessDate);
      await saveJobOrder(changeContext(ctx), order);
      return jobOrderReceipt(ctx, id);
    },
  },
  UpdateCompanyRecruitment: {
    access: orderAccess(true),
    async handle(req, ctx) {
      const r = req.CompanyRecruitment;
      if (!r.CompanyRecruitmentIdentifier) throw fault('InvalidMessage', 'UpdateCompanyRecruitment needs the CompanyRecruitmentIdentifier');
      const before = await ownOrder(ctx, r.CompanyRecruitmentIdentifier);
      checkFields(r, ctx);
      const after = jobOrderFrom(r, {
        ...before,
        primary: unique([before.responsible, ...namedPrimaries(r)]),
        // Sharing is an active choice and is not taken back (R-JO-02).
        availableToAll: before.availableToAll || r.AvailableToAllJobcenters,
        version: before.version + 1,
      });
      enforceRules(updateRules, await command(ctx, after), ctx.businessDate);
      await saveJobOrder(changeContext(ctx), after);
      return jobOrderReceipt(ctx, after.id);
    },
  },
  GetCompanyRecruitment: {
    access: orderAccess(false),
    async handle(req, ctx) {
      return { CompanyRecruitmentInfo: await infoFor(ctx, await readableOrder(ctx, req.CompanyRecruitmentIdentifier)) };
    },
  },
  SearchCompanyRecruitment: {
    access: orderAccess(false),
    async handle(req, ctx) {
      const caller = ctx.actor;
      const company = caller.organisationType === OrganisationType.Virksomhed;
      if (company && req.CVRnumberIdentifier !== undefined && req.CVRnumberIdentifier !== caller.organisationCode) throw fault('NotAuthorized', 'a company reads its own job orders');
      const found = await searchJobOrders(ctx.db, {
        cvr: company ? caller.organisationCode : req.CVRnumberIdentifier,
        type: req.CompanyRecruitmentTypeIdentifier,
        status: req.CompanyRecruitmentStatusTypeIdentifier,
        hiddenStatus: company ? JobOrderStatus.Corrected : undefined,
        visibleTo: caller.organisationType === OrganisationType.STAR || company ? undefined : { ...caller, jobcentre: caller.organisationType === OrganisationType.Jobcenter },
        limit: 500,
      });
      // Free text is matched here, on the (at most 500) orders the criteria select.
      const text = req.FreeText?.toLocaleLowerCase('da');
      const matches = (o: JobOrder) => !text || [o.title, o.position, o.description].some((f) => f?.toLocaleLowerCase('da').includes(text));
      const shown = [];
      for (const o of found.filter(matches)) shown.push(await infoFor(ctx, o));
      return { CompanyRecruitmentInfoCollection: { CompanyRecruitmentInfo: shown } };
    },
  },
  SetCompanyRecruitmentStatus: {
    access: orderAccess(true),
    async handle(req, ctx) {
      const before = await ownOrder(ctx, req.CompanyRecruitmentIdentifier);
      requireJobOrderCode('joborder-statuses', req.CompanyRecruitmentStatusTypeIdentifier, ctx, 'CompanyRecruitmentStatusTypeIdentifier');
      if (req.CompanyRecruitmentStatusTypeIdentifier === JobOrderStatus.Corrected && !sameAuthority(before.responsible, ctx.actor)) {
        throw fault('JobOrderReadOnly', "only the responsible authority sets status 4 'Fejlrettet' (R-JO-13)");
      }
      const after = { ...before, status: req.CompanyRecruitmentStatusTypeIdentifier, statusComment: req.CorrectionComment ?? null, version: before.version + 1 };
      await saveJobOrder(changeContext(ctx), after);
      return jobOrderReceipt(ctx, after.id);
    },
  },
  ShareCompanyRecruitment: {
    access: orderAccess(true),
    async handle(req, ctx) {
      const before = await ownOrder(ctx, req.CompanyRecruitmentIdentifier);
      const after = { ...before, availableToAll: true, version: before.version + 1 };
      enforceRules([availableToAll], await command(ctx, after), ctx.businessDate);
      await saveJobOrder(changeContext(ctx), after);
      return jobOrderReceipt(ctx, after.id);
    },
  },
  HandOverCompanyRecruitment: {
    access: orderAccess(true),
    async handle(req, ctx) {
      const before = await readableOrder(ctx, req.CompanyRecruitmentIdentifier);
      requireCodeListValue('joborder-handover-reasons', req.HandOverReasonTypeIdentifier, ctx.businessDate, 'HandOverReasonTypeIdentifier');
      const receiver = { organisationType: req.ReceivingAuthority.OrganisationTypeIdentifier, organisationCode: req.ReceivingAuthority.OrganisationCode };
      enforceRules([handOver], { order: before, actor: ctx.actor, receiver, reason: req.HandOverReasonTypeIdentifier }, ctx.businessDate);
      const after: JobOrder = { ...before, responsible: receiver, primary: [receiver], version: before.version + 1 };
      enforceRules(updateRules, await command(ctx, after), ctx.businessDate);
      await saveJobOrder(changeContext(ctx), after);
      return jobOrderReceipt(ctx, after.id);
    },
  },
  AddCandidateToCompanyRecruitment: {
    access: placementAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const order = await readableOrder(ctx, req.CompanyRecruitmentIdentifier);
      if (order.status !== JobOrderStatus.Open) throw fault('JobOrderNotOpen', `status ${order.status}`);
      requireJobOrderCode('placement-statuses', req.CandidateRecruitmentStatusTypeIdentifier, ctx, 'CandidateRecruitmentStatusTypeIdentifier');
      if (DFDG_PLACEMENT_STATUSES.has(req.CandidateRecruitmentStatusTypeIdentifier)) throw fault('InvalidCodeListItemIdentifier', 'statuses 10 and 11 are set by DFDG');
      const id = req.CandidateIdentifier.toLowerCase();
      if (await findCandidate(ctx.db, id)) throw fault('IdentifierInUse', `CandidateIdentifier ${id}`);
      const citizen = ctx.citizen!;
      if ((await candidatesOf(ctx.db, order.id)).some((c) => c.cpr === citizen.person.cpr && !c.removed)) throw fault('IdentifierInUse', 'the citizen is already a candidate on the job order');
      const candidate: Candidate = {
        id,
        jobOrderId: order.id,
        cpr: citizen.person.cpr,
        status: req.CandidateRecruitmentStatusTypeIdentifier,
        comment: req.CandidateComment ?? null,
        url: req.CandidateUrl ?? null,
        placedBy: { organisationType: ctx.actor.organisationType, organisationCode: ctx.actor.organisationCode },
        jobcenterCode: citizen.person.jobcenterCode,
        akasseCode: currentAkasse(citizen, ctx.businessDate),
        removed: false,
        changedAt: ctx.now,
        version: 1,
      };
      enforceRules(placementRules, { order, actor: ctx.actor, candidate, citizen }, ctx.businessDate);
      // Primary authorities place; on a shared order (R-JO-02, or any order before R-JO-01) every jobcentre does;
      // an outside reader does not (R-JO-03).
      const shared = sharedWithAllJobcentres(order, ctx.businessDate) && ctx.actor.organisationType === OrganisationType.Jobcenter;
      if (!isPrimary(order, ctx.actor) && !shared) throw fault('JobOrderReadOnly', `organisation ${ctx.actor.organisationType}/${ctx.actor.organisationCode}`);
      const reader = outsideJobcentre(order, candidate.jobcenterCode, ctx.businessDate);
      if (reader) await addReader(ctx.db, order.id, reader);
      await saveCandidateChange(changeContext(ctx), order, candidate);
      return jobOrderReceipt(ctx, order.id);
    },
  },
  UpdateCandidateOnCompanyRecruitment: {
    access: placementAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const order = await ownOrder(ctx, req.CompanyRecruitmentIdentifier);
      const before = await candidateOn(ctx, order, req.CandidateIdentifier);
      if (before.cpr !== req.PersonCivilRegistrationIdentifier || before.removed) throw fault('UnknownCandidate', `CandidateIdentifier ${req.CandidateIdentifier}`);
      requireJobOrderCode('placement-statuses', req.CandidateRecruitmentStatusTypeIdentifier, ctx, 'CandidateRecruitmentStatusTypeIdentifier');
      if (DFDG_PLACEMENT_STATUSES.has(req.CandidateRecruitmentStatusTypeIdentifier)) throw fault('InvalidCodeListItemIdentifier', 'statuses 10 and 11 are set by DFDG');
      const after = { ...before, status: req.CandidateRecruitmentStatusTypeIdentifier, comment: req.CandidateComment ?? null, url: req.CandidateUrl ?? null, changedAt: ctx.now, version: before.version + 1 };
      await saveCandidateChange(changeContext(ctx), order, after);
      return jobOrderReceipt(ctx, order.id);
    },
  },
  GetCandidateLog: {
    access: orderAccess(false),
    async handle(req, ctx) {
      const order = await readableOrder(ctx, req.CompanyRecruitmentIdentifier);
      const entries = await candidateLog(ctx.db, order.id);
      return {
        CandidateLogEntry: entries.map((e) => ({ Candidate: toCandidate(e.candidate), EventDate: e.eventDate, RegisteringAuthority: e.by ? toAuthorityHeader(e.by) : undefined })),
      };
    },
  },
  GetCandidatePlacementData: {
    access: { allowed: { AKasse: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier, writes: false },
    async handle(req, ctx) {
      const order = await ownOrder(ctx, req.CompanyRecruitmentIdentifier);
      const onOrder = (await candidatesOf(ctx.db, order.id)).some((c) => c.cpr === req.PersonCivilRegistrationIdentifier && !c.removed);
      if (!onOrder) throw fault('UnknownCandidate', 'the citizen is not a candidate on the job order');
      enforceRules([guestAccess], { comment: req.GuestAccessComment, dataArea: req.DataArea }, ctx.businessDate);
      log('info', 'guest-access', {
        akasse: ctx.actor.organisationCode,
        user: ctx.actor.userIdentifier,
        jobOrder: order.id,
        memberOf: currentAkasse(ctx.citizen!, ctx.businessDate),
        dataArea: req.DataArea,
      });
      const cv = await findCitizenCv(ctx.db, req.PersonCivilRegistrationIdentifier);
      return req.DataArea === 'CV'
        ? { Occupations: { ConceptUriDa: cv?.occupations ?? [] } }
        : { HealthLimitations: { HealthLimitation: cv?.healthLimitations ?? [] } };
    },
  },
};
