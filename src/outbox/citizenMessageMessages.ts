// The notification of a dialog message to the authority it is for (R-DLG-01: "Type 11 is a separate message type,
// so that jobcentre systems can create a task or alert when one arrives"): the webservice message Dialogbesked.WSB
// (EntitetId 130001, of our choosing), identified by the citizen's CPR, with the message's type and thread in its
// body so a receiver can tell a type-11 recommendation or a rejection copy without fetching it first; the receiver
// fetches the message with CitizenMessageService.GetCitizenMessages. A message to the citizen only notifies no
// authority (the citizen reads it in the Jobnet message box).
import type { CitizenMessage } from '../domain/citizenMessage.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';

export function citizenMessageNotifications(m: CitizenMessage): OutboxMessage[] {
  if (!m.receiver) return [];
  return webserviceMessages(
    {
      type: WSB.Dialogbesked,
      externalIdentifier: m.id,
      versionIdentifier: m.id,
      identificationType: IdentificationType.Cpr,
      identification: m.cpr,
      changeType: ChangeType.Create,
      body: { BeskedtypeId: m.messageType, TraadId: m.threadId },
      occurredAt: m.createdAt,
    },
    [{ ...m.receiver, subQueue: null }],
    m.cpr,
  );
}
