// Job orders (jobordrer) as plain data: what a company wants filled, who runs the recruitment (the
// responsible authority, tovholder, and the primary authorities of a recruitment collaboration), whether
// it is shared with every jobcentre, and its candidates with their placement status (formidling). Rules of
// area JO read these shapes; the store saves them; JobOrderService maps the CompanyRecruitment contract.
import type { IsoDate } from './types.ts';

/** An organisation (type + code), as in ActiveOrganisationHeader. */
export interface Authority {
  organisationType: number;
  organisationCode: string;
}

export const sameAuthority = (a: Authority, b: Authority) =>
  a.organisationType === b.organisationType && a.organisationCode === b.organisationCode;

/** JobordreStatusType (codelists/joborder-statuses.json). */
export const JobOrderStatus = { Open: 1, TemporarilyInactive: 2, Closed: 3, Corrected: 4 } as const;
/** JobordreType 1 'Ordinær job', the only type an a-kasse may be responsible for (R-JO-05). */
export const ORDINARY_JOB = 1;
/** FormidlingsStatusType values DFDG sets itself (codelists/placement-statuses.json). */
export const PlacementStatus = { RemovedAkasseChange: 10, RemovedContactGroupClosed: 11 } as const;

export interface JobOrder {
  id: string;
  /** CompanyRecruitmentTitle (1–100). */
  title: string | null;
  /** JobordreStilling: free-text position when no ESCO-STAR title fits (R-JO-11). */
  position: string | null;
  /** ConceptUriDa: the ESCO-STAR occupation (stillingsbetegnelse); AliasIdentifier: one of its aliases. */
  conceptUri: string | null;
  aliasId: string | null;
  description: string;
  comment: string | null;
  type: number;
  status: number;
  statusComment: string | null;
  startDate: IsoDate | null;
  validToDate: IsoDate | null;
  /** AntalStillinger: how many positions the company wants filled (R-JO-04), when the request gives it. */
  positions: number | null;
  /** The company (CompanyRecruitmentProvider); a company's own order always names it (its CVR). */
  company: { cvr: string; productionUnit: string | null } | null;
  /** The tovholder: the one authority responsible for the order. */
  responsible: Authority;
  /** Every primary authority, the responsible one included (a recruitment collaboration has several). */
  primary: Authority[];
  /** Authorities another primary named in PrimaryRecruitmentAuthorities that have not accepted yet: they read
   *  the order and are told of it, but have no primary authority's rights until they name themselves (D-121).
   *  Absent on orders stored before invitations existed: none. */
  invited?: Authority[];
  /** Made available to all jobcentres (R-JO-02); otherwise internal (R-JO-01). */
  availableToAll: boolean;
  createdBy: Authority;
  createdAt: string;
  version: number;
}

export interface Candidate {
  id: string;
  jobOrderId: string;
  cpr: string;
  /** FormidlingsStatusType (CandidateRecruitmentStatusTypeIdentifier). */
  status: number;
  comment: string | null;
  url: string | null;
  placedBy: Authority;
  /** The candidate's jobcentre and a-kasse when placed: whom to tell (R-NOT-08, R-NOT-11) and what changed (R-JO-09). */
  jobcenterCode: string;
  akasseCode: string | null;
  removed: boolean;
  changedAt: string;
  version: number;
}
