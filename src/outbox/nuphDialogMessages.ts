// The notifications of the NUPH dialog (R-AK-06), written in the question's or reply's transaction: the other
// party of the NUPH gets the WSRM message GetNuphDialogEventVersion1 (thin: the NUPH, question and reply ids and
// the parties) and, when subscribed, the webservice message NuphDialog.WSB (EntitetId 150101; Aendringstype 1 for
// a question, 2 for its reply; identified by the citizen's CPR). Neither type was found in DFDG's documentation;
// the names are ours (docs/contract-decisions.md). The receiver reads the text with GetNuphDialog.
import { GetNuphDialogEventTypeElement } from '../contract/generated/services.ts';
import type { NuphQuestion, NuphQuestionReply, Party } from '../domain/nuphDialog.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItem, type Registration } from './wsrmMetadata.ts';

export const NUPH_DIALOG_MESSAGE = { type: 'GetNuphDialogEventVersion1', version: 1 } as const;

const header = (p: Party) => ({ OrganisationTypeIdentifier: p.organisationType, OrganisationCode: p.organisationCode });

/** A question (reply null) or a reply to it, from `from` to `to`. */
export function nuphDialogNotifications(
  question: NuphQuestion,
  reply: NuphQuestionReply | null,
  from: Party,
  to: Party,
  by: Registration,
): OutboxMessage[] {
  const receiver = { ...to, subQueue: null };
  const content = {
    PersonCivilRegistrationIdentifier: question.cpr,
    NuphIdentifier: question.nuphId,
    SpoergsmaalIdentifier: question.id,
    SpoergsmaalSvarIdentifier: reply?.id,
    FromOrganisation: header(from),
    ToOrganisation: header(to),
  };
  const about = { cpr: question.cpr, entityKey: reply?.id ?? question.id };
  const wsrm = wsrmItem(NUPH_DIALOG_MESSAGE, GetNuphDialogEventTypeElement, about, content, receiver, by);
  const wsb = webserviceMessages(
    {
      type: WSB.NuphDialog,
      externalIdentifier: question.id,
      versionIdentifier: reply?.id ?? question.id,
      identificationType: IdentificationType.Cpr,
      identification: question.cpr,
      changeType: reply ? ChangeType.Update : ChangeType.Create,
      body: { NuphId: question.nuphId, SpoergsmaalId: question.id, ...(reply ? { SvarId: reply.id } : {}) },
      occurredAt: reply?.repliedAt ?? question.askedAt,
    },
    [receiver],
    question.cpr,
  );
  return [wsrm, ...wsb];
}
