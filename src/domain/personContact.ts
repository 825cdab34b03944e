// A citizen's contact persons (PersonContactService, conventions.md S40): who the citizen's koordinerende
// sagsbehandler, personlig jobformidler, fastholdelseskonsulent … is, of a type of codelist C-10
// (codelists/person-contact-types.json), from a start date, with the authority that registered them. A contact
// that belongs to an activity (ActivityService) carries the activity's id and is changed only through the
// activity (R-OTH-07).
import type { IsoDate } from './types.ts';

/** The C-10 ids the facade treats specially. */
export const PersonContactTypes = {
  Udslusningskoordinator: 2,
  PersonligJobformidler: 3,
  Mentor: 15,
  Jobcenterkontaktperson: 32,
  Fastholdelseskonsulent: 33,
} as const;

/** Types whose data come from an activity (C-10, R-DEL-09): registered through ActivityService only. */
export const ACTIVITY_CONTACT_TYPES: ReadonlySet<number> = new Set([
  PersonContactTypes.Udslusningskoordinator,
  PersonContactTypes.PersonligJobformidler,
  PersonContactTypes.Mentor,
]);

/** What a caller registers about a contact person. */
export interface PersonContactFields {
  contactType: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  externalCaseWorkerId: string | null;
  givenName: string | null;
  surname: string | null;
  phone: string | null;
  email: string | null;
}

export interface PersonContact extends PersonContactFields {
  id: string;
  cpr: string;
  /** The activity the contact belongs to (registered through ActivityService); null for PersonContactService's own. */
  activityId: string | null;
  /** The authority that registered the contact (ResponsibleAuthority). */
  authority: { organisationType: number; organisationCode: string };
}
