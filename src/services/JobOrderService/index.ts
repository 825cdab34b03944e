// JobOrderService (Version 4): job orders in the CompanyRecruitment contract (joborder.md), with job-centre and
// a-kasse responsibility (R-JO-05, R-JO-14), internal orders and sharing (R-JO-01..03), placements with their
// log (R-JO-06, R-JO-07), hand-over (R-JO-08), status 4 (R-JO-13), the company's view (R-JO-12) and a-kasse
// guest access to candidates' placement data (R-CV-02). Access [I] (joborder.md §8): jobcentres, a-kasser,
// municipalities and STAR call every operation and see what R-JO-01 lets them; companies (JobAG, organisation
// type 24 with their CVR) create and read their own orders. Citizens' scope is checked by the rules, not by
// egne borgere: placing outside citizens and other a-kasser's members is what R-JO-03 and R-JO-06 regulate.
import { alle, type AccessDeclaration } from '../../access/model.ts';
import { changeCandidate, changePlacementOf, placeCandidate, type Placement } from '../../app/jobOrder/candidates.ts';
import { companyJobcentre } from '../../app/jobOrder/companyJobcentre.ts';
import { guestPlacementData } from '../../app/jobOrder/guestAccess.ts';
import {
  candidateLogFor,
  findJobOrdersFor,
  jobOrderFor,
  type ShownJobOrder,
} from '../../app/jobOrder/jobOrderQueries.ts';
import {
  changeJobOrder,
  createJobOrder,
  setJobOrderStatus,
  type JobOrderRequest,
} from '../../app/jobOrder/jobOrders.ts';
import { handOverJobOrder, shareJobOrder } from '../../app/jobOrder/sharing.ts';
import type { CandidateRequestType, CreateCompanyRecruitmentRequestType } from '../../contract/generated/types.ts';
import {
  namedPrimaries,
  namedResponsible,
  toAuthorityHeader,
  toCandidate,
  toCompanyRecruitmentInfo,
} from '../../contract/mapping/jobOrder.ts';
import type { JobOrderServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const orderAccess: AccessDeclaration<unknown> = {
  allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle], Virksomhed: [alle] },
  citizen: null,
};
const placementAccess = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { Jobcenter: [alle], AKasse: [alle] },
  citizen,
});

/** UpdateJobordreFormidling (joborder.md §4.3, §8): A-kasse, JobCenter and STAR (Alle borgere) [F]; the
 *  Fagforbund row has no organisation type in the facade (D-98, D-118). */
const placementChangeAccess = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { Jobcenter: [alle], AKasse: [alle], STAR: [alle] },
  citizen,
});

const jobOrderReceipt = (at: { now: string }, id: string) => ({ CompanyRecruitmentIdentifier: id, ...receipt(at) });

function jobOrderRequest(r: CreateCompanyRecruitmentRequestType): JobOrderRequest {
  return {
    id: r.CompanyRecruitmentIdentifier ?? null,
    fields: {
      title: r.CompanyRecruitmentTitle ?? null,
      position: r.JobordreStilling ?? null,
      conceptUri: r.ConceptUriDa ?? null,
      aliasId: r.AliasIdentifier ?? null,
      description: r.CompanyRecruitmentJobDescription,
      comment: r.CompanyRecruitmentComment ?? null,
      type: r.CompanyRecruitmentTypeIdentifier,
      status: r.CompanyRecruitmentStatusTypeIdentifier,
      startDate: r.CompanyRecruitmentStartDate ?? null,
      validToDate: r.CompanyRecruitmentValidToDate ?? null,
      positions: r.AntalStillinger ?? null,
    },
    company: r.CompanyRecruitmentProvider
      ? {
          cvr: r.CompanyRecruitmentProvider.CVRnumberIdentifier,
          productionUnit: r.CompanyRecruitmentProvider.ProductionUnitIdentifier ?? null,
        }
      : null,
    availableToAll: r.AvailableToAllJobcenters ?? false,
    responsible: namedResponsible(r),
    primaries: namedPrimaries(r),
  };
}

const placement = (
  r: Pick<CandidateRequestType, 'CandidateRecruitmentStatusTypeIdentifier' | 'CandidateComment' | 'CandidateUrl'>,
): Placement => ({
  status: r.CandidateRecruitmentStatusTypeIdentifier,
  comment: r.CandidateComment ?? null,
  url: r.CandidateUrl ?? null,
});
const candidateIds = (r: CandidateRequestType) => ({
  jobOrderId: r.CompanyRecruitmentIdentifier,
  candidateId: r.CandidateIdentifier,
});
const info = (s: ShownJobOrder) => toCompanyRecruitmentInfo(s.order, s.candidates);

export const operations: JobOrderServiceOperations = {
  CreateCompanyRecruitment: {
    kind: 'write',
    access: orderAccess,
    async handle(req, call) {
      return jobOrderReceipt(call.write, await createJobOrder(call.write, call.actor, jobOrderRequest(req)));
    },
  },
  UpdateCompanyRecruitment: {
    kind: 'write',
    access: orderAccess,
    async handle(req, call) {
      return jobOrderReceipt(call.write, await changeJobOrder(call.write, call.actor, jobOrderRequest(req)));
    },
  },
  GetCompanyRecruitment: {
    kind: 'read',
    access: orderAccess,
    async handle(req, call) {
      return {
        CompanyRecruitmentInfo: info(await jobOrderFor(call.read, call.actor, req.CompanyRecruitmentIdentifier)),
      };
    },
  },
  SearchCompanyRecruitment: {
    kind: 'read',
    access: orderAccess,
    async handle(req, call) {
      const found = await findJobOrdersFor(call.read.db, call.actor, {
        cvr: req.CVRnumberIdentifier,
        type: req.CompanyRecruitmentTypeIdentifier,
        status: req.CompanyRecruitmentStatusTypeIdentifier,
        freeText: req.FreeText,
      });
      return { CompanyRecruitmentInfoCollection: { CompanyRecruitmentInfo: found.map(info) } };
    },
  },
  SetCompanyRecruitmentStatus: {
    kind: 'write',
    access: orderAccess,
    async handle(req, call) {
      const id = await setJobOrderStatus(
        call.write,
        call.actor,
        req.CompanyRecruitmentIdentifier,
        req.CompanyRecruitmentStatusTypeIdentifier,
        req.CorrectionComment ?? null,
      );
      return jobOrderReceipt(call.write, id);
    },
  },
  ShareCompanyRecruitment: {
    kind: 'write',
    access: orderAccess,
    async handle(req, call) {
      return jobOrderReceipt(call.write, await shareJobOrder(call.write, call.actor, req.CompanyRecruitmentIdentifier));
    },
  },
  HandOverCompanyRecruitment: {
    kind: 'write',
    access: orderAccess,
    async handle(req, call) {
      const receiver = {
        organisationType: req.ReceivingAuthority.OrganisationTypeIdentifier,
        organisationCode: req.ReceivingAuthority.OrganisationCode,
      };
      const id = await handOverJobOrder(
        call.write,
        call.actor,
        req.CompanyRecruitmentIdentifier,
        receiver,
        req.HandOverReasonTypeIdentifier,
      );
      return jobOrderReceipt(call.write, id);
    },
  },
  AddCandidateToCompanyRecruitment: {
    kind: 'write',
    access: placementAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      return jobOrderReceipt(
        call.write,
        await placeCandidate(call.write, call.citizen!, call.actor, candidateIds(req), placement(req)),
      );
    },
  },
  // The facade's name of UpdateJobordreFormidling with a CandidateIdentifier: the same access as the Event (D-98).
  UpdateCandidateOnCompanyRecruitment: {
    kind: 'write',
    access: placementChangeAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      return jobOrderReceipt(
        call.write,
        await changeCandidate(call.write, call.citizen!, call.actor, candidateIds(req), placement(req)),
      );
    },
  },
  UpdateCandidateOnCompanyRecruitmentEvent: {
    kind: 'write',
    access: placementChangeAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const id = await changePlacementOf(
        call.write,
        call.citizen!,
        call.actor,
        req.CompanyRecruitmentIdentifier,
        placement(req),
      );
      return jobOrderReceipt(call.write, id);
    },
  },
  GetCandidateLog: {
    kind: 'read',
    access: orderAccess,
    async handle(req, call) {
      const entries = await candidateLogFor(call.read, call.actor, req.CompanyRecruitmentIdentifier);
      return {
        CandidateLogEntry: entries.map((e) => ({
          Candidate: toCandidate(e.candidate),
          EventDate: e.eventDate,
          RegisteringAuthority: e.by ? toAuthorityHeader(e.by) : undefined,
        })),
      };
    },
  },
  // joborder.md §4.4: A-kasse, JobCenter and STAR [F]; the Fagforbund row has no organisation type (D-103).
  GetCompanyJobcenterAffiliation: {
    kind: 'read',
    access: { allowed: { Jobcenter: [alle], AKasse: [alle], STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const found = await companyJobcentre(call.read, req.CVRnumberIdentifier, req.ProductionUnitIdentifier);
      return {
        CVRnumberIdentifier: found.cvr,
        ProductionUnitIdentifier: found.productionUnit,
        JobcenterCode: found.jobcenterCode,
      };
    },
  },
  GetCandidatePlacementData: {
    kind: 'read',
    access: { allowed: { AKasse: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const data = await guestPlacementData(call.read, call.citizen!, call.actor, {
        jobOrderId: req.CompanyRecruitmentIdentifier,
        dataArea: req.DataArea,
        comment: req.GuestAccessComment,
      });
      return data.area === 'CV'
        ? { Occupations: { ConceptUriDa: data.occupations } }
        : { HealthLimitations: { HealthLimitation: data.healthLimitations } };
    },
  },
};
