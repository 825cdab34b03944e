// The WSRM messages of the JobSearch domain (notifications-wsrm-wsb.md §4.2): GetCVStatusVersion7 when a CV status
// is registered (its item CVStatus as the page documents it, IsNUPH by R-CV-01) and GetCVUpdatedVersion1 when the
// citizen's CV is saved, one item per receiver, written in the registration's transaction. No webservice message
// (WSB) is documented for either (D-276).
import { CVStatusElement, CVUpdatedElement } from '../contract/generated/services.ts';
import type { Receiver } from '../rules/index.ts';
import type { CvSource, CvStatus } from '../store/cvRepository.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const CV_MESSAGES = {
  status: { type: 'GetCVStatusVersion7', version: 7 },
  updated: { type: 'GetCVUpdatedVersion1', version: 1 },
} as const;

/** CvChangeTypeIdentifier and Operation of a status registration: ours, the codelists were not found (D-276). */
export const CV_STATUS_CHANGE = { changeType: 1, operationCreate: 1 } as const;

export function cvStatusMessages(
  status: CvStatus,
  isNuph: boolean,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const content = {
    PersonCivilRegistrationIdentifier: status.cpr,
    CvStatusIdentifier: status.status,
    CvComment: status.comment === null ? undefined : status.comment.slice(0, 375),
    IsNUPH: isNuph,
    CVEvent: {
      CvChangeTypeIdentifier: CV_STATUS_CHANGE.changeType,
      Operation: CV_STATUS_CHANGE.operationCreate,
      EventCretedDateTime: r.now,
    },
  };
  const about = { cpr: status.cpr, entityKey: status.id };
  return wsrmItems(CV_MESSAGES.status, CVStatusElement, about, content, receivers, r);
}

export function cvUpdatedMessages(
  cpr: string,
  source: CvSource,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const content = { PersonCivilRegistrationIdentifier: cpr, CVSource: source, CVUpdatedDateTime: r.now };
  return wsrmItems(CV_MESSAGES.updated, CVUpdatedElement, { cpr, entityKey: cpr }, content, receivers, r);
}
