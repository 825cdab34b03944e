// Job orders between the CompanyRecruitment contract and the domain. The request's written fields become the
// application's input (src/app/jobOrder/jobOrders.ts) in JobOrderService's adapter, where that type can be named.
import type {
  CandidateType,
  CompanyRecruitmentInfoType,
  CreateCompanyRecruitmentRequestType,
} from '../generated/types.ts';
import type { Authority, Candidate, JobOrder } from '../../domain/jobOrder.ts';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const authority = (a: { OrganisationTypeIdentifier: number; OrganisationCode: string }): Authority => ({
  organisationType: a.OrganisationTypeIdentifier,
  organisationCode: a.OrganisationCode,
});
export const toAuthorityHeader = (a: Authority) => ({
  OrganisationTypeIdentifier: a.organisationType,
  OrganisationCode: a.organisationCode,
});

/** The authorities a request names as primary (besides the responsible one). */
export const namedPrimaries = (r: CreateCompanyRecruitmentRequestType): Authority[] =>
  (r.PrimaryRecruitmentAuthorities?.RecruitmentAuthority ?? []).map(authority);
export const namedResponsible = (r: CreateCompanyRecruitmentRequestType): Authority | null =>
  r.ResponsibleAuthority ? authority(r.ResponsibleAuthority) : null;

export function toCompanyRecruitment(o: JobOrder): CreateCompanyRecruitmentRequestType {
  return {
    CompanyRecruitmentIdentifier: o.id,
    CompanyRecruitmentTitle: opt(o.title),
    JobordreStilling: opt(o.position),
    ConceptUriDa: opt(o.conceptUri),
    AliasIdentifier: opt(o.aliasId),
    CompanyRecruitmentJobDescription: o.description,
    CompanyRecruitmentComment: opt(o.comment),
    CompanyRecruitmentTypeIdentifier: o.type,
    CompanyRecruitmentStatusTypeIdentifier: o.status,
    CompanyRecruitmentStartDate: opt(o.startDate),
    CompanyRecruitmentValidToDate: opt(o.validToDate),
    AntalStillinger: opt(o.positions),
    CompanyRecruitmentProvider: o.company
      ? { CVRnumberIdentifier: o.company.cvr, ProductionUnitIdentifier: opt(o.company.productionUnit) }
      : undefined,
    ResponsibleAuthority: toAuthorityHeader(o.responsible),
    PrimaryRecruitmentAuthorities: {
      RecruitmentAuthority: [...o.primary, ...(o.invited ?? [])].map(toAuthorityHeader),
    },
    AvailableToAllJobcenters: o.availableToAll,
  };
}

export function toCandidate(c: Candidate): CandidateType {
  return {
    CandidateIdentifier: c.id,
    PersonCivilRegistrationIdentifier: c.cpr,
    CandidateRecruitmentStatusTypeIdentifier: c.status,
    CandidateComment: opt(c.comment),
    CandidateUrl: opt(c.url),
    PlacingAuthority: toAuthorityHeader(c.placedBy),
    Removed: c.removed,
  };
}

/** The order as JobOrderService reads it: its current candidates only (removed ones are in the log). */
export function toCompanyRecruitmentInfo(o: JobOrder, candidates: readonly Candidate[]): CompanyRecruitmentInfoType {
  return {
    CompanyRecruitment: toCompanyRecruitment(o),
    CreatingAuthority: toAuthorityHeader(o.createdBy),
    VersionIdentifier: o.version,
    Candidates: { Candidate: candidates.filter((c) => !c.removed).map(toCandidate) },
  };
}
