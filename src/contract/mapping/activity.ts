// Activity ⇄ contract (ActivityService, the activity WSRM items). Dates are xs:dateTime on the wire and Danish
// calendar dates in the domain, as for absences: a date goes out as local midnight without offset.
import type { ActivityFields, ResponsibleAuthority } from '../../domain/activity.ts';
import type { Activity } from '../../domain/activity.ts';
import { asLocalDateTime, calendarDateOf } from '../../domain/dates.ts';
import type { ActivityRegistrationType, ActivityType, ResponsibleAuthorityType } from '../generated/types.ts';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function toResponsibleAuthority(r: ResponsibleAuthorityType): ResponsibleAuthority {
  return {
    authorityCode: r.AuthorityStructure.AuthorityCode,
    authorityName: r.AuthorityStructure.AuthorityName,
    organisationType: orNull(r.AuthorityStructure.OrganisationTypeIdentifier),
    caseWorker: {
      givenName: r.CaseWorker.CaseWorkerGivenName,
      middleName: orNull(r.CaseWorker.CaseWorkerMiddleName),
      surname: r.CaseWorker.CaseWorkerSurname,
      telephone: orNull(r.CaseWorker.TelephoneNumberIdentifier),
    },
  };
}

function fromResponsibleAuthority(r: ResponsibleAuthority): ResponsibleAuthorityType {
  return {
    AuthorityStructure: {
      AuthorityCode: r.authorityCode,
      AuthorityName: r.authorityName,
      ...(r.organisationType !== null ? { OrganisationTypeIdentifier: r.organisationType } : {}),
    },
    CaseWorker: {
      CaseWorkerGivenName: r.caseWorker.givenName,
      ...(r.caseWorker.middleName !== null ? { CaseWorkerMiddleName: r.caseWorker.middleName } : {}),
      CaseWorkerSurname: r.caseWorker.surname,
      ...(r.caseWorker.telephone !== null ? { TelephoneNumberIdentifier: r.caseWorker.telephone } : {}),
    },
  };
}

/** The fields a CreateActivity or UpdateActivity request writes. */
export function toActivityFields(a: ActivityType): ActivityFields {
  const c = a.ActivityContact;
  return {
    activationType: a.ActivationTypeIdentifier,
    courseCategory: orNull(a.CourseCategoryIdentifier),
    healthType: orNull(a.HealthActivityTypeIdentifier),
    socialType: orNull(a.SocialActivityTypeIdentifier),
    grantFrame: orNull(a.GrantFrameIdentifier),
    hourlySubsidyRate: orNull(a.HourlySubsidyRateIdentifier),
    startDate: calendarDateOf(a.StartDate),
    endDate: a.EndDate === undefined ? null : calendarDateOf(a.EndDate),
    status: orNull(a.ActivityStatusTypeIdentifier),
    statusReason: orNull(a.ActivityStatusReasonTypeIdentifier),
    reasonRemark: orNull(a.ReasonRemark),
    responsibleAuthority: a.ResponsibleAuthority ? toResponsibleAuthority(a.ResponsibleAuthority) : null,
    contact: c
      ? {
          contactType: c.ContactPersonTypeIdentifier,
          name: c.ContactPersonName,
          telephone: orNull(c.TelephoneNumberIdentifier),
          email: orNull(c.EmailAddressIdentifier),
        }
      : null,
  };
}

/** The activity as a request would carry it. */
export function toActivityType(a: Activity): ActivityType {
  const opt = <K extends string, V>(k: K, v: V | null) => (v === null ? {} : ({ [k]: v } as Record<K, V>));
  return {
    PersonCivilRegistrationIdentifier: a.cpr,
    ActivationTypeIdentifier: a.activationType,
    ...opt('CourseCategoryIdentifier', a.courseCategory),
    ...opt('HealthActivityTypeIdentifier', a.healthType),
    ...opt('SocialActivityTypeIdentifier', a.socialType),
    ...opt('GrantFrameIdentifier', a.grantFrame),
    ...opt('HourlySubsidyRateIdentifier', a.hourlySubsidyRate),
    StartDate: asLocalDateTime(a.startDate),
    ...opt('EndDate', a.endDate === null ? null : asLocalDateTime(a.endDate)),
    ...opt('ActivityStatusTypeIdentifier', a.status),
    ...opt('ActivityStatusReasonTypeIdentifier', a.statusReason),
    ...opt('ReasonRemark', a.reasonRemark),
    ...opt('ResponsibleAuthority', a.responsibleAuthority && fromResponsibleAuthority(a.responsibleAuthority)),
    ...opt(
      'ActivityContact',
      a.contact && {
        ContactPersonTypeIdentifier: a.contact.contactType,
        ContactPersonName: a.contact.name,
        ...opt('TelephoneNumberIdentifier', a.contact.telephone),
        ...opt('EmailAddressIdentifier', a.contact.email),
      },
    ),
  };
}

export function toActivityRegistration(a: Activity): ActivityRegistrationType {
  return {
    ActivityIdentifier: a.id,
    Activity: toActivityType(a),
    VersionIdentifier: a.version,
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
