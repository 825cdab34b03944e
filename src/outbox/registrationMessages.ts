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
import type { ElementDescriptor } from '../contract/schemaModel.ts';
import { writeElement } from '../contract/xmlWriter.ts';
import { asLocalDateTime } from '../domain/dates.ts';
import type { ContactGroupPeriod, Enrollment } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { newMessageId } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmMetadata, type Registration } from './wsrmMetadata.ts';

export const REGISTRATION_MESSAGES = {
  enrollment: { type: 'GetUnemploymentEnrollmentVersion4', version: 4 },
  cancellation: { type: 'GetCancelUnemploymentEnrollmentVersion4', version: 4 },
  contactGroup: { type: 'GetContactGroupVersion4', version: 4 },
} as const;

type Kind = keyof typeof REGISTRATION_MESSAGES;

/** One message of `kind` per receiver: the item `content` under fresh WSRMMetadata, written with `element`. */
function perReceiver(
  kind: Kind,
  element: ElementDescriptor,
  cpr: string,
  entityKey: string,
  content: Record<string, unknown>,
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  return receivers.map((receiver) => {
    const id = newMessageId();
    return {
      id,
      messageType: REGISTRATION_MESSAGES[kind].type,
      messageVersion: REGISTRATION_MESSAGES[kind].version,
      receiver,
      citizenCpr: cpr,
      entityKey,
      payload: writeElement({ WSRMMetadata: wsrmMetadata(id, by.actor, by.user), ...content }, element),
    };
  });
}

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
  return perReceiver('enrollment', GetUnemploymentEnrollmentTypeElement, e.cpr, e.id, content, receivers, by);
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
  return perReceiver('cancellation', GetCancelUnemploymentEnrollmentTypeElement, e.cpr, e.id, content, receivers, by);
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
  return perReceiver('contactGroup', GetContactGroupTypeElement, group.cpr, group.id, content, receivers, by);
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
