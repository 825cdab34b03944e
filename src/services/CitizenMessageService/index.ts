// CitizenMessageService (Version 2, 2024-2): the dialog module (conventions.md S42; R-DLG-01…06). CreateMessage
// [F name and FromUser] sends a message of codelist C-04 about a citizen — to the citizen only, or to the
// citizen's jobcentre or a-kasse, shown to the citizen in the Jobnet message box; SaveOfferRecommendationDecision
// [I] is the jobcentre's decision on an a-kasse's type-11 recommendation (R-DLG-02); GetCitizenMessages [I] an
// authority's view (the messages it sent or was sent; STAR all); GetJobnetCitizenMessages [I] the citizen's own
// message box (self-service, as DFDG's JobnetCitizenMessageService); GetCitizenMessageDocument [F] one
// attachment. Access: A-kasse and JobCenter egne for the writes; the reads as GetCitizenMessageDocument's
// documented matrix (A-kasse, JobCenter, Kommune egne; STAR alle) and the citizen's own CPR (D-123).
import { alle, CITIZEN_USER_TYPE, egne, selfService } from '../../access/model.ts';
import {
  citizenMessageDocument,
  citizenMessages,
  decideOfferRecommendation,
  sendCitizenMessage,
  type MessageContent,
  type MessageReader,
} from '../../app/dialog/citizenMessages.ts';
import type {
  CitizenMessageAttachmentType,
  CitizenMessageType,
  CitizenMessageUserType,
} from '../../contract/generated/types.ts';
import type { CitizenMessage, CitizenMessageAttachment } from '../../domain/citizenMessage.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import { citizenMessageReads } from '../../rules/index.ts';
import type { CitizenMessageServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const writeAccess = {
  allowed: { AKasse: [egne], Jobcenter: [egne] },
  citizen: (r: { PersonCivilRegistrationIdentifier: string }) => r.PersonCivilRegistrationIdentifier,
} as const;
const readAccess = {
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen: (r: { PersonCivilRegistrationIdentifier: string }) => r.PersonCivilRegistrationIdentifier,
} as const;

const attachmentOf = (a: CitizenMessageAttachmentType | undefined): CitizenMessageAttachment | null =>
  a
    ? {
        fileName: a.DocumentFileName,
        contentType: a.DocumentContentType,
        content: Buffer.from(a.DocumentContent, 'base64'),
      }
    : null;

const senderOf = (u: CitizenMessageUserType) => ({
  userType: u.UserTypeIdentifier,
  userIdentifier: u.UserIdentifier,
  fullName: u.FullName,
});

const readerOf = (actor: AuthorityActor): MessageReader =>
  actor.userType === CITIZEN_USER_TYPE ? { kind: 'citizen' } : { kind: 'authority', actor };

function toCitizenMessage(m: CitizenMessage): CitizenMessageType {
  return {
    CitizenMessageIdentifier: m.id,
    CitizenMessageThreadIdentifier: m.threadId,
    CitizenMessageTypeIdentifier: m.messageType,
    FromOrganisation: {
      OrganisationTypeIdentifier: m.sender.organisationType,
      OrganisationCode: m.sender.organisationCode,
    },
    FromUserFullName: m.senderUser.fullName,
    ToOrganisation: m.receiver
      ? { OrganisationTypeIdentifier: m.receiver.organisationType, OrganisationCode: m.receiver.organisationCode }
      : undefined,
    MessageHeadline: m.headline,
    MessageText: m.text,
    CreatedDateTime: m.createdAt,
    CitizenMessageDocumentInfo: m.document
      ? {
          CitizenMessageDocumentIdentifier: m.document.id,
          DocumentFileName: m.document.fileName,
          DocumentContentType: m.document.contentType,
          DocumentSize: m.document.sizeBytes,
        }
      : undefined,
    OfferDecision: m.offerDecision
      ? {
          OfferDecisionTypeIdentifier: m.offerDecision.decision,
          DecisionDateTime: m.offerDecision.decidedAt,
          DecidingOrganisation: {
            OrganisationTypeIdentifier: m.offerDecision.decidedBy.organisationType,
            OrganisationCode: m.offerDecision.decidedBy.organisationCode,
          },
          RejectionCopyMessageIdentifier: m.offerDecision.copyMessageId ?? undefined,
        }
      : undefined,
  };
}

export const operations: CitizenMessageServiceOperations = {
  CreateMessage: {
    kind: 'write',
    access: writeAccess,
    absenceTypes: citizenMessageReads,
    async handle(req, call) {
      const m = await sendCitizenMessage(call.write, call.citizen!, call.actor, {
        messageType: req.CitizenMessageTypeIdentifier,
        receiver: req.ToOrganisation
          ? {
              organisationType: req.ToOrganisation.OrganisationTypeIdentifier,
              organisationCode: req.ToOrganisation.OrganisationCode,
            }
          : null,
        threadId: req.CitizenMessageThreadIdentifier ?? null,
        senderUser: senderOf(req.FromUser),
        headline: req.MessageHeadline,
        text: req.MessageText,
        attachment: attachmentOf(req.CitizenMessageAttachment),
      });
      return {
        ...receipt(call.write, m.id),
        CitizenMessageIdentifier: m.id,
        CitizenMessageThreadIdentifier: m.threadId,
      };
    },
  },
  SaveOfferRecommendationDecision: {
    kind: 'write',
    access: { ...writeAccess, allowed: { Jobcenter: [egne] } },
    absenceTypes: citizenMessageReads,
    async handle(req, call) {
      const c = req.RejectionCopy;
      const copy: MessageContent | null = c
        ? {
            senderUser: senderOf(c.FromUser),
            headline: c.MessageHeadline,
            text: c.MessageText,
            attachment: attachmentOf(c.CitizenMessageAttachment),
          }
        : null;
      const copyId = await decideOfferRecommendation(
        call.write,
        call.citizen!,
        call.actor,
        req.CitizenMessageIdentifier,
        req.OfferDecisionTypeIdentifier,
        copy,
      );
      return { ...receipt(call.write), RejectionCopyMessageIdentifier: copyId ?? undefined };
    },
  },
  GetCitizenMessages: {
    kind: 'read',
    access: readAccess,
    async handle(req, call) {
      const shown = await citizenMessages(
        call.read,
        req.PersonCivilRegistrationIdentifier,
        { kind: 'authority', actor: call.actor },
        req.CitizenMessageThreadIdentifier ?? null,
      );
      return { CitizenMessageCollection: { CitizenMessage: shown.map(toCitizenMessage) } };
    },
  },
  GetJobnetCitizenMessages: {
    kind: 'read',
    access: { ...readAccess, allowed: { STAR: [alle] }, selfService: selfService() },
    async handle(req, call) {
      const box = await citizenMessages(call.read, req.PersonCivilRegistrationIdentifier, { kind: 'citizen' });
      return { CitizenMessageCollection: { CitizenMessage: box.map(toCitizenMessage) } };
    },
  },
  GetCitizenMessageDocument: {
    kind: 'read',
    access: { ...readAccess, selfService: selfService() },
    async handle(req, call) {
      const content = await citizenMessageDocument(
        call.read,
        req.PersonCivilRegistrationIdentifier,
        req.CitizenMessageDocumentIdentifier,
        readerOf(call.actor),
      );
      return { CitizenMessageDocument: content.toString('base64') };
    },
  },
};
