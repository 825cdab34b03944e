// An activity (aktivitet / indsats) of a citizen, registered through ActivityService (conventions.md S38/S39):
// its type (ActivationTypeIdentifier) and, by kind, the course category (C-13), health type (C-11) or social
// type (C-12); the grant frame (bevillingsramme) and hourly subsidy rate (timetilskudssats); its period; its
// status with the status reason and the reason remark (årsagsbemærkning, R-PLAN-11/12); the responsible
// authority (ResponsibleAuthorityType, indkaldelse.md §4.4); and the professional contact it carries (a
// 'Personlig jobformidler', contact person type 3, R-OTH-07), which the contact-person part records.
import type { Actor, IsoDate } from './types.ts';

/** ActivationTypeIdentifier values the rules name (codelists/activation-types.json; 9001–9004 are facade ids, D-190). */
export const ActivationType = {
  Kursus: 9001,
  Sundhedsindsats: 9002,
  Socialindsats: 9003,
  Virksomhedspraktik: 9004,
} as const;

/** Grant frame (bevillingsramme) 16 'A-kasse aktivitet' (release-rules.md C-17, R-PLAN-08). */
export const GRANT_FRAME_AKASSE_ACTIVITY = 16;
/** Course category (afholdelseskategori) 52 'A-kasse aktivitet' (C-13, R-PLAN-08). */
export const COURSE_CATEGORY_AKASSE_ACTIVITY = 52;

/** Contact person types an activity can carry (C-10): 2 Udslusningskoordinator, 3 Personlig jobformidler, 15 Mentor. */
export const ActivityContactType = { Udslusningskoordinator: 2, PersonligJobformidler: 3, Mentor: 15 } as const;

export interface ResponsibleAuthority {
  authorityCode: string;
  authorityName: string;
  organisationType: number | null;
  caseWorker: {
    givenName: string;
    middleName: string | null;
    surname: string;
    telephone: string | null;
  };
}

/** The professional contact an activity names (mentor, personlig jobformidler, udslusningskoordinator). */
export interface ActivityContact {
  contactType: number;
  givenName: string | null;
  surname: string;
  telephone: string | null;
  email: string | null;
}

/** The fields a create or update writes. */
export interface ActivityFields {
  /** ActivationTypeIdentifier: optional on the wire (S38); an activity without one is none of the kinds. */
  activationType: number | null;
  bottleneckSector: number | null;
  hoursPerWeek: number | null;
  minutesPerWeek: number | null;
  courseCategory: number | null;
  healthType: number | null;
  socialType: number | null;
  grantFrame: number | null;
  hourlySubsidyRate: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  status: number | null;
  statusReason: number | null;
  reasonRemark: string | null;
  /** ResponsibleAuthority: required on the wire (S38). */
  responsibleAuthority: ResponsibleAuthority;
  contact: ActivityContact | null;
}

export interface Activity extends ActivityFields {
  id: string;
  cpr: string;
  /** Whether a NUPH to the a-kasse stands from this activity's status/reason (R-AK-02; withdrawn, R-AK-04). */
  nuphOpen: boolean;
  registeredBy: Actor;
  registeredOn: IsoDate;
  /** The version, 1 on create, + 1 per update (the WSRM/WSB VersionIdentifier). */
  version: number;
}

/** The contact person an activity carries, as the contact-person part records it (R-OTH-07: such a type-3
 *  contact can then only be changed through ActivityService). */
export interface ActivityContactRegistration {
  activityId: string;
  cpr: string;
  contact: ActivityContact;
  /** The contact's period: the activity's. */
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** The activity's contact to record in the contact-person register, or null when it carries none. */
export function activityContactOf(a: Activity): ActivityContactRegistration | null {
  return a.contact === null
    ? null
    : { activityId: a.id, cpr: a.cpr, contact: a.contact, startDate: a.startDate, endDate: a.endDate };
}
