// The WSRM messages of a citizen's registration in the employment system (notifications-wsrm-wsb.md §3.1 names
// [F], content [I]): GetUnemploymentEnrollmentVersion4 for an enrollment (tilmelding),
// GetCancelUnemploymentEnrollmentVersion4 for its cancellation (afmelding), GetContactGroupVersion4 for every
// contact group opened or ended. One message per receiver, each the whole entity with its id and who registered it.
// A contact group opened or ended is also the webservice message Kontaktgruppe (100008, §5.4 [F]).
import {
  GetCancelUnemploymentEnrollmentTypeElement,
  GetContactGroupTypeElement,
  GetUnemploymentEnrollmentTypeElement,
} from '../contract/generated/services.ts';
import { asLocalDateTime } from '../domain/dates.ts';
import type { ContactGroupPeriod, Enrollment } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const REGISTRATION_MESSAGES = {
  enrollment: { type: 'GetUnemploymentEnrollmentVersion4', version: 4 },
  cancellation: { type: 'GetCancelUnemploymentEnrollmentVersion4', version: 4 },
  contactGroup: { type: 'GetContactGroupVersion4', version: 4 },
} as const;

export function enrollmentMessages(
  e: Enrollment,
  unemploymentStatus: number,
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  const content = {
    UnemploymentEnrollmentIdentifier: e.id,
    UnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: e.cpr,
      ClientCategoryTypeIdentifier: e.clientCategory,
      EnrollmentDate: asLocalDateTime(e.enrollmentDate),
      CurrentUnemploymentStatusTypeIdentifier: unemploymentStatus,
    },
  };
  const about = { cpr: e.cpr, entityKey: e.id };
  return wsrmItems(
    REGISTRATION_MESSAGES.enrollment,
    GetUnemploymentEnrollmentTypeElement,
    about,
    content,
    receivers,
    by,
  );
}

/** `e` as cancelled: its end date and reason set. */
export function cancellationMessages(
  e: Enrollment & { endDate: string; endReason: number },
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  const content = {
    UnemploymentEnrollmentIdentifier: e.id,
    CancelUnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: e.cpr,
      CancellationDate: asLocalDateTime(e.endDate),
      CancellationReasonTypeIdentifier: e.endReason,
    },
  };
  const about = { cpr: e.cpr, entityKey: e.id };
  const element = GetCancelUnemploymentEnrollmentTypeElement;
  return wsrmItems(REGISTRATION_MESSAGES.cancellation, element, about, content, receivers, by);
}

/** `group` as stored after the change: opened (no end date) or ended. */
export function contactGroupMessages(
  group: ContactGroupPeriod,
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  const content = {
    PersonCivilRegistrationIdentifier: group.cpr,
    ContactGroupIdentifier: group.id,
    ContactGroupTypeIdentifier: group.contactGroup,
    StartDate: group.startDate,
    ...(group.endDate !== null ? { EndDate: group.endDate } : {}),
  };
  const about = { cpr: group.cpr, entityKey: group.id };
  return wsrmItems(REGISTRATION_MESSAGES.contactGroup, GetContactGroupTypeElement, about, content, receivers, by);
}

/** Kontaktgruppe.WSB for `group` as stored: Create (1) when opened, Update (2) when ended. EksternIdentifier is
 *  kontaktgruppeId; the history is fetched by CPR (VersionIdentifier civilRegistrationIdentifier [Header]). */
export function contactGroupWsb(
  group: ContactGroupPeriod,
  opened: boolean,
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  return webserviceMessages(
    {
      type: WSB.Kontaktgruppe,
      externalIdentifier: group.id,
      versionIdentifier: group.cpr,
      identificationType: IdentificationType.Cpr,
      identification: group.cpr,
      changeType: opened ? ChangeType.Create : ChangeType.Update,
      occurredAt: by.now,
    },
    receivers,
    group.cpr,
  );
}
