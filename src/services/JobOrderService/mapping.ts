// Job orders between the CompanyRecruitment contract and the domain.
import type { CandidateType, CompanyRecruitmentInfoType, CompanyRecruitmentType } from '../../contract/generated/types.ts';
import type { Authority, Candidate, JobOrder } from '../../domain/jobOrder.ts';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const authority = (a: { OrganisationTypeIdentifier: number; OrganisationCode: string }): Authority => ({ organisationType: a.OrganisationTypeIdentifier, organisationCode: a.OrganisationCode });
export const toAuthorityHeader = (a: Authority) => ({ OrganisationTypeIdentifier: a.organisationType, OrganisationCode: a.organisationCode });

/** The authorities a request names as primary (besides the responsible one). */
export const namedPrimaries = (r: CompanyRecruitmentType): Authority[] => (r.PrimaryRecruitmentAuthorities?.RecruitmentAuthority ?? []).map(authority);
export const namedResponsible = (r: CompanyRecruitmentType): Authority | null => (r.ResponsibleAuthority ? authority(r.ResponsibleAuthority) : null);

/** The written fields of a job order; identity, parties and history come from `base`. */
export function jobOrderFrom(r: CompanyRecruitmentType, base: Pick<JobOrder, 'id' | 'responsible' | 'primary' | 'createdBy' | 'createdAt' | 'version' | 'statusComment' | 'availableToAll' | 'company'>): JobOrder {
  return {
    ...base,
    title: r.CompanyRecruitmentTitle ?? null,
    position: r.JobordreStilling ?? null,
    conceptUri: r.ConceptUriDa ?? null,
    aliasId: r.AliasIdentifier?.toLowerCase() ?? null,
    description: r.CompanyRecruitmentJobDescription,
    comment: r.CompanyRecruitmentComment ?? null,
    type: r.CompanyRecruitmentTypeIdentifier,
    status: r.CompanyRecruitmentStatusTypeIdentifier,
    startDate: r.CompanyRecruitmentStartDate ?? null,
    validToDate: r.CompanyRecruitmentValidToDate ?? null,
    positions: r.AntalStillinger,
  };
}

export function toCompanyRecruitment(o: JobOrder): CompanyRecruitmentType {
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
    AntalStillinger: o.positions,
    CompanyRecruitmentProvider: { CVRnumberIdentifier: o.company.cvr, ProductionUnitIdentifier: opt(o.company.productionUnit) },
    ResponsibleAuthority: toAuthorityHeader(o.responsible),
    PrimaryRecruitmentAuthorities: { RecruitmentAuthority: o.primary.map(toAuthorityHeader) },
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

