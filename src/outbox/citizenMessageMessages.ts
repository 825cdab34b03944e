// The notifications of a dialog message to the authority it is for, written in the message's transaction
// (R-DLG-01: "Type 11 is a separate message type, so that jobcentre systems can create a task or alert when one
// arrives"). No WSRM or WSB type of the dialog module was found; both names are ours (docs/contract-decisions.md):
// - WSRM GetCitizenMessageVersion1, thin: the message's ids, type and parties, for the receiver's queue;
// - the webservice message Dialogbesked.WSB (EntitetId 140001, not 130001: PlanService took it), identified by the citizen's CPR, with the
//   message's type and thread in its body, pushed to a subscribed receiver.
// The receiver reads the message itself with CitizenMessageService.GetCitizenMessages. A message to the citizen
// only notifies no authority (the citizen reads it in the Jobnet message box).
import { GetCitizenMessageTypeElement } from '../contract/generated/services.ts';
import type { CitizenMessage, Organisation } from '../domain/citizenMessage.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItem, type Registration } from './wsrmMetadata.ts';

export const CITIZEN_MESSAGE_MESSAGE = { type: 'GetCitizenMessageVersion1', version: 1 } as const;

const header = (o: Organisation) => ({
  OrganisationTypeIdentifier: o.organisationType,
  OrganisationCode: o.organisationCode,
});

export function citizenMessageNotifications(m: CitizenMessage, by: Registration): OutboxMessage[] {
  if (!m.receiver) return [];
  const receiver = { ...m.receiver, subQueue: null };
  const content = {
    PersonCivilRegistrationIdentifier: m.cpr,
    CitizenMessageIdentifier: m.id,
    CitizenMessageThreadIdentifier: m.threadId,
    CitizenMessageTypeIdentifier: m.messageType,
    FromOrganisation: header(m.sender),
    ToOrganisation: header(m.receiver),
  };
  const about = { cpr: m.cpr, entityKey: m.id };
  const wsrm = wsrmItem(CITIZEN_MESSAGE_MESSAGE, GetCitizenMessageTypeElement, about, content, receiver, by);
  const wsb = webserviceMessages(
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
    [receiver],
    m.cpr,
  );
  return [wsrm, ...wsb];
}
