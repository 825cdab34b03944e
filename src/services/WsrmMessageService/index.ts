// WsrmMessageService (Version 11): one Get<Name>Version<N> operation per WSRM message type; each answers
// the items of its type in the caller's open sequence (WsrmService.CreateSequence), in queue order
// (notifications-wsrm-wsb.md §4.1). An item is the payload its registration wrote to the outbox, sent as
// written: it was serialised once, in the registration's transaction, with the item element of the same
// schema (src/outbox/*Message*.ts), so it is passed through as PreSerialized where the typed item would go.
import type { WsrmRequestType } from '../../contract/generated/types.ts';
import { PreSerialized } from '../../contract/xmlWriter.ts';
import { alle, type AccessDeclaration } from '../../access/model.ts';
import { sequenceItems } from '../../app/notifications/wsrmQueue.ts';
import { ABSENCE_MESSAGE } from '../../outbox/absenceMessage.ts';
import { CITIZEN_MESSAGE_MESSAGE } from '../../outbox/citizenMessageMessages.ts';
import { NUPH_DIALOG_MESSAGE } from '../../outbox/nuphDialogMessages.ts';
import { ACTIVITY_MESSAGES } from '../../outbox/activityMessages.ts';
import { CONTACT_PROCESS_MESSAGES } from '../../outbox/contactProcessMessages.ts';
import { FORMER_FUND_MESSAGE } from '../../outbox/formerFundMessage.ts';
import { JOB_ORDER_MESSAGE } from '../../outbox/jobOrderMessages.ts';
import { MEMBERSHIP_CANCELLATION_MESSAGE } from '../../outbox/membershipCancellationMessage.ts';
import { NUPH_MESSAGES } from '../../outbox/nuphMessages.ts';
import { PLAN_MESSAGE } from '../../outbox/planMessages.ts';
import { REGISTRATION_MESSAGES } from '../../outbox/registrationMessages.ts';
import { REHABILITATION_MESSAGE } from '../../outbox/rehabilitationMessage.ts';
import { REHABILITATION_DOCUMENT_MESSAGE } from '../../outbox/rehabilitationDocumentMessages.ts';
import { TIDLIG_PENSION_MESSAGE } from '../../outbox/tidligPensionMessages.ts';
import { CV_MESSAGES } from '../../outbox/cvMessages.ts';
import type { WsrmMessageServiceOperations } from '../generated/operations.ts';
import type { ReadCall, ReadOperation } from '../operation.ts';

/** Every organisation type that receives WSRM messages reads its own queue. */
export const queueAccess: AccessDeclaration<unknown> = {
  allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle] },
  citizen: null,
};

/** The operation answering `messageType`'s items in the caller's open sequence under the response's item element `item`. */
function messageOperation<R>(messageType: string, item: string): ReadOperation<WsrmRequestType, R> {
  return {
    kind: 'read',
    access: queueAccess,
    async handle(req: WsrmRequestType, call: ReadCall): Promise<R> {
      const items = await sequenceItems(call.read, call.actor, req.Identifier, messageType);
      return { [item]: items.map((xml) => new PreSerialized(xml)) } as R;
    },
  };
}

export const operations: WsrmMessageServiceOperations = {
  GetAbsenceVersion7: messageOperation(ABSENCE_MESSAGE.type, 'GetAbsenceType'),
  GetIndkaldelseVersion1: messageOperation(CONTACT_PROCESS_MESSAGES.indkaldelse.type, 'GetIndkaldelseType'),
  GetAkasseIndkaldelseVersion1: messageOperation(
    CONTACT_PROCESS_MESSAGES.akasseIndkaldelse.type,
    'GetAkasseIndkaldelseType',
  ),
  GetIndkaldelseshaendelseVersion1: messageOperation(
    CONTACT_PROCESS_MESSAGES.indkaldelseshaendelse.type,
    'GetIndkaldelseshaendelseType',
  ),
  GetInterviewDeadlineVersion1: messageOperation(
    CONTACT_PROCESS_MESSAGES.interviewDeadlineV1.type,
    'GetInterviewDeadlineType',
  ),
  GetInterviewDeadlineVersion2: messageOperation(
    CONTACT_PROCESS_MESSAGES.interviewDeadline.type,
    'GetInterviewDeadlineType',
  ),
  GetCompanyRecruitmentVersion4: messageOperation(JOB_ORDER_MESSAGE.type, 'GetCompanyRecruitmentType'),
  GetBenefitsAccountFromFormerUnemploymentFundVersion3: messageOperation(
    FORMER_FUND_MESSAGE.type,
    'GetBenefitsAccountFromFormerUnemploymentFundType',
  ),
  GetRehabilitationProcessNotificationVersion1: messageOperation(
    REHABILITATION_MESSAGE.type,
    'GetRehabilitationProcessNotificationType',
  ),
  GetUnemploymentEnrollmentVersion4: messageOperation(
    REGISTRATION_MESSAGES.enrollment.type,
    'GetUnemploymentEnrollmentType',
  ),
  GetCancelUnemploymentEnrollmentVersion4: messageOperation(
    REGISTRATION_MESSAGES.cancellation.type,
    'GetCancelUnemploymentEnrollmentType',
  ),
  GetContactGroupVersion4: messageOperation(REGISTRATION_MESSAGES.contactGroup.type, 'GetContactGroupType'),
  GetMembershipCancellationVersion1: messageOperation(
    MEMBERSHIP_CANCELLATION_MESSAGE.type,
    'MembershipCancellationRegistration',
  ),
  GetPlanVersion1: messageOperation(PLAN_MESSAGE.type, 'GetPlanType'),
  GetCitizenMessageVersion1: messageOperation(CITIZEN_MESSAGE_MESSAGE.type, 'GetCitizenMessageType'),
  GetActivityGeneralEventVersion3: messageOperation(ACTIVITY_MESSAGES.general.type, 'GetActivityGeneralEventType'),
  GetActivitySpecielEventVersion3: messageOperation(ACTIVITY_MESSAGES.special.type, 'GetActivitySpecielEventType'),
  GetNuphVersion1: messageOperation(NUPH_MESSAGES.nuph.type, 'GetNuphType'),
  GetNuphAnswerVersion1: messageOperation(NUPH_MESSAGES.answer.type, 'GetNuphAnswerType'),
  GetTidligPensionVersion1: messageOperation(TIDLIG_PENSION_MESSAGE.type, 'GetTidligPensionType'),
  GetNuphDialogEventVersion1: messageOperation(NUPH_DIALOG_MESSAGE.type, 'GetNuphDialogEventType'),
  GetCVUpdatedVersion1: messageOperation(CV_MESSAGES.updated.type, 'CVUpdated'),
  GetCVStatusVersion7: messageOperation(CV_MESSAGES.status.type, 'CVStatus'),
  GetRehabilitationDocumentNotificationVersion1: messageOperation(
    REHABILITATION_DOCUMENT_MESSAGE.type,
    'GetRehabilitationDocumentNotificationType',
  ),
};

/** The message types a sequence may carry: those a receiver can fetch here (operation name = message type). */
export const servedMessageTypes: readonly string[] = Object.keys(operations);
