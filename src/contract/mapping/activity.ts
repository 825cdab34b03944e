// Activity ⇄ contract (ActivityService, the activity WSRM items): ActivityItem {ActivityCoreItem, …} as the
// request carries it, the domain's ActivityFields; dates are xs:date on both sides.
import type { Activity, ActivityFields, ResponsibleAuthority } from '../../domain/activity.ts';
import type { ActivityItemType, ActivityRegistrationType, ResponsibleAuthorityType } from '../generated/types.ts';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const opt = <K extends string, V>(k: K, v: V | null) => (v === null ? {} : ({ [k]: v } as Record<K, V>));

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
      ...opt('OrganisationTypeIdentifier', r.organisationType),
    },
    CaseWorker: {
      CaseWorkerGivenName: r.caseWorker.givenName,
      ...opt('CaseWorkerMiddleName', r.caseWorker.middleName),
      CaseWorkerSurname: r.caseWorker.surname,
      ...opt('TelephoneNumberIdentifier', r.caseWorker.telephone),
    },
  };
}

/** The ActivityIdentifier the request's ActivityCoreItem names (the client's id on create; the activity on update). */
export const activityIdentifierOf = (item: ActivityItemType): string | null =>
  orNull(item.ActivityCoreItem.ActivityIdentifier);

/** The fields a CreateActivity or UpdateActivity request writes. */
export function toActivityFields(item: ActivityItemType): ActivityFields {
  const core = item.ActivityCoreItem;
  const c = item.ActivityContact;
  return {
    activationType: orNull(core.ActivationTypeIdentifier),
    bottleneckSector: orNull(core.BottleneckSector),
    hoursPerWeek: orNull(core.HoursPerWeek),
    minutesPerWeek: orNull(core.MinutesPerWeek),
    courseCategory: orNull(item.CourseCategoryIdentifier),
    healthType: orNull(item.HealthActivityTypeIdentifier),
    socialType: orNull(item.SocialActivityTypeIdentifier),
    grantFrame: orNull(item.GrantFrameIdentifier),
    hourlySubsidyRate: orNull(item.HourlySubsidyRateIdentifier),
    startDate: core.StartDate,
    endDate: orNull(core.EndDate),
    status: orNull(item.ActivityStatusTypeIdentifier),
    statusReason: orNull(item.ActivityStatusReasonTypeIdentifier),
    reasonRemark: orNull(item.ReasonRemark),
    responsibleAuthority: toResponsibleAuthority(core.ResponsibleAuthority),
    contact: c
      ? {
          contactType: c.ContactPersonTypeIdentifier,
          givenName: c.ContactPersonGivenName ?? null,
          surname: c.ContactPersonSurname,
          telephone: orNull(c.TelephoneNumberIdentifier),
          email: orNull(c.EmailAddressIdentifier),
        }
      : null,
  };
}

/** The activity as a request would carry it, with its id. */
export function toActivityItem(a: Activity): ActivityItemType {
  return {
    ActivityCoreItem: {
      ActivityIdentifier: a.id,
      StartDate: a.startDate,
      ...opt('EndDate', a.endDate),
      ...opt('ActivationTypeIdentifier', a.activationType),
      ...opt('BottleneckSector', a.bottleneckSector),
      ...opt('HoursPerWeek', a.hoursPerWeek),
      ...opt('MinutesPerWeek', a.minutesPerWeek),
      ResponsibleAuthority: fromResponsibleAuthority(a.responsibleAuthority),
    },
    ...opt('CourseCategoryIdentifier', a.courseCategory),
    ...opt('HealthActivityTypeIdentifier', a.healthType),
    ...opt('SocialActivityTypeIdentifier', a.socialType),
    ...opt('GrantFrameIdentifier', a.grantFrame),
    ...opt('HourlySubsidyRateIdentifier', a.hourlySubsidyRate),
    ...opt('ActivityStatusTypeIdentifier', a.status),
    ...opt('ActivityStatusReasonTypeIdentifier', a.statusReason),
    ...opt('ReasonRemark', a.reasonRemark),
    ...opt(
      'ActivityContact',
      a.contact && {
        ContactPersonTypeIdentifier: a.contact.contactType,
        ...opt('ContactPersonGivenName', a.contact.givenName),
        ContactPersonSurname: a.contact.surname,
        ...opt('TelephoneNumberIdentifier', a.contact.telephone),
        ...opt('EmailAddressIdentifier', a.contact.email),
      },
    ),
  };
}

export function toActivityRegistration(a: Activity): ActivityRegistrationType {
  return {
    PersonCivilRegistrationIdentifier: a.cpr,
    ActivityItem: toActivityItem(a),
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
