// Min plan / jobplan (release-rules.md area PLAN) as plain data: plan versions (a draft, then published), their
// job goals, the job-search requirements (krav til jobsøgning) and the person-group markings of the
// job-directed trial.
import type { IsoDate } from './types.ts';

/** PlanTypeIdentifier 1 'Jobplan' (the only plan type this service registers, D-169). */
export const JOBPLAN = 1;

/** EducationReadinessTypeIdentifier of a young person in contact group 12 or 28 (R-PLAN-13). */
export const EducationReadiness = {
  AabenlystUddannelsesparat: 1,
  Uddannelsesparat: 2,
  Aktivitetsparat: 3,
} as const;

/** StateProjectIdentifier 1 'Forsøg med jobrettet indsats' (R-PLAN-15). */
export const JOB_DIRECTED_TRIAL = 1;

/** A job goal: an ESCO-STAR occupation (ConceptUriDa, optionally an alias, with its label as title) or free text. */
export interface JobGoal {
  conceptUri: string | null;
  aliasId: string | null;
  title: string | null;
  freeText: string | null;
}

export interface Authority {
  organisationType: number;
  organisationCode: string;
}

export interface PlanVersion {
  id: string;
  cpr: string;
  planType: number;
  status: 'draft' | 'published';
  jobGoals: JobGoal[];
  description: string | null;
  educationReadiness: number | null;
  /** An a-kasse's draft meant for the jobcentre ('Udkast til Min plan', R-PLAN-06). */
  draftForJobcenter: boolean;
  /** The authority that registered the draft. */
  registeredBy: Authority;
  createdAt: string;
  lastModified: string;
  publishedAt: string | null;
  publishedBy: Authority | null;
  /** The citizen's contact group on the day of publication (R-PLAN-09). */
  contactGroup: number | null;
}

export interface JobSearchRequirement {
  id: string;
  cpr: string;
  applications: number;
  periodWeeks: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  text: string | null;
  registeredBy: Authority;
  registeredAt: string;
}

export interface PersonGroupMarking {
  id: string;
  cpr: string;
  stateProject: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  registeredBy: Authority;
  registeredAt: string;
}
