// The notifications of a document uploaded to a rehabilitation process (R-PLAN-18), written in the upload's
// transaction: the citizen's jobcentre (Nr 2) and municipality (Nr 4) get the WSRM message
// GetRehabilitationDocumentNotificationVersion1 (WsrmMessageService Version 10, 2023-1; thin: the document and its
// process) and, when subscribed, the webservice message Rehabiliteringsdokument.WSB (EntitetId 110004,
// EksternIdentifier the document's id, Aendringstype 1 Create). Names, id and receivers are the type's page's
// (notifications-wsrm-wsb.md §4.2, §5.4); the page says the WSB carries a body ("Ja") without listing its fields,
// so the body is the process's id and the file's name [I] (docs/contract-decisions.md). The receiver reads the
// document with Borgerindsats.RehabiliteringsforloebService.GetRehabiliteringsdokument.
import { GetRehabilitationDocumentNotificationTypeElement } from '../contract/generated/services.ts';
import type { NuphDocument } from '../domain/nuphDialog.ts';
import type { RehabilitationProcess } from '../domain/personMove.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const REHABILITATION_DOCUMENT_MESSAGE = {
  type: 'GetRehabilitationDocumentNotificationVersion1',
  version: 1,
} as const;

/** A document uploaded to `process`, for each of `receivers` (WSRM, then the subscribed ones' WSB). */
export function rehabilitationDocumentNotifications(
  process: RehabilitationProcess,
  document: NuphDocument,
  receivers: readonly Receiver[],
  by: Registration,
): OutboxMessage[] {
  const content = {
    PersonCivilRegistrationIdentifier: process.cpr,
    RehabilitationProcessIdentifier: process.id,
    DocumentIdentifier: document.id,
    DocumentFileName: document.fileName,
  };
  const about = { cpr: process.cpr, entityKey: document.id };
  const element = GetRehabilitationDocumentNotificationTypeElement;
  const wsrm = wsrmItems(REHABILITATION_DOCUMENT_MESSAGE, element, about, content, receivers, by);
  const wsb = webserviceMessages(
    {
      type: WSB.Rehabiliteringsdokument,
      externalIdentifier: document.id,
      versionIdentifier: document.id,
      identificationType: IdentificationType.Cpr,
      identification: process.cpr,
      changeType: ChangeType.Create,
      body: { RehabiliteringsforloebId: process.id, Filnavn: document.fileName },
      occurredAt: document.storedAt,
    },
    receivers,
    process.cpr,
  );
  return [...wsrm, ...wsb];
}
