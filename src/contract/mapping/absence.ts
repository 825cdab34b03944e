// Absence ⇄ contract. Absence dates are xs:dateTime on the wire and Danish calendar dates in the
// domain: a date goes out as local midnight without offset (docs/contract-decisions.md).
import type { AbsenceRegistrationType } from '../generated/types.ts';
import { asLocalDateTime as asDateTime } from '../../domain/dates.ts';
import type { Absence } from '../../domain/types.ts';

export function toAbsenceRegistration(a: Absence): AbsenceRegistrationType {
  return {
    AbsenceIdentifier: a.id,
    PersonCivilRegistrationIdentifier: a.cpr,
    AbsenceTypeIdentifier: a.absenceType,
    StartDate: asDateTime(a.startDate),
    ...(a.endDate ? { EndDate: asDateTime(a.endDate) } : {}),
    ...(a.comment !== null ? { AbsenceComment: a.comment } : {}),
    NotificationDate: asDateTime(a.notificationDate),
    ...(a.endReason !== null ? { AbsenceCauseTypeIdentifier: a.endReason } : {}),
    Active: a.active,
    RegisteredByDfdg: a.createdByDfdg,
    ...(a.registeredBy.kind === 'authority'
      ? {
          RegisteringAuthority: {
            OrganisationTypeIdentifier: a.registeredBy.organisationType,
            OrganisationCode: a.registeredBy.organisationCode,
          },
        }
      : {}),
    RegistrationDate: a.registeredOn,
  };
}
