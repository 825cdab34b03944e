// WsrmMessageService (Version 11): one Get<Name>Version<N> operation per WSRM message type; each answers
// the items of its type in the caller's open sequence (WsrmService.CreateSequence), in queue order
// (notifications-wsrm-wsb.md §4.1). An item is the payload its registration wrote to the outbox, sent as
// written: it was serialised once, in the registration's transaction, from the same schema.
import type { WsrmMessageServiceOperations } from '../../contract/generated/services.ts';
import type { GetAbsenceType, GetCompanyRecruitmentType, GetRehabilitationProcessNotificationType, GetIndkaldelseType, GetIndkaldelseshaendelseType, GetInterviewDeadlineType, WsrmRequestType } from '../../contract/generated/types.ts';
import { PreSerialized } from '../../contract/xmlWriter.ts';
import { alle } from '../../access/model.ts';
import { fault } from '../../faults/catalogue.ts';
import { ABSENCE_MESSAGE } from '../../outbox/absenceMessage.ts';
import { CONTACT_PROCESS_MESSAGES } from '../../outbox/contactProcessMessages.ts';
import { JOB_ORDER_MESSAGE } from '../../outbox/jobOrderMessages.ts';
import { REHABILITATION_MESSAGE } from '../../outbox/rehabilitationMessage.ts';
import { isOpenSequenceOf, sequencePayloads } from '../../outbox/wsrmQueue.ts';
import type { CallContext } from '../../soap/operation.ts';

/** Every organisation type that receives WSRM messages reads its own queue. */
export const queueAccess = {
  allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle] },
  citizen: null,
} as const;

/** The items of `messageType` in the caller's open sequence named by the request. */
async function itemsOf(request: WsrmRequestType, ctx: CallContext, messageType: string): Promise<PreSerialized[]> {
  if (!(await isOpenSequenceOf(ctx.db, request.Identifier, ctx.actor))) throw fault('UnknownWsrmSequence', `sequence ${request.Identifier}`);
  return (await sequencePayloads(ctx.db, request.Identifier, messageType)).map((xml) => new PreSerialized(xml));
}

export const operations: WsrmMessageServiceOperations = {
  GetAbsenceVersion7: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      // The stored items are GetAbsenceType elements written with GetAbsenceTypeElement (src/outbox/absenceMessage.ts).
      return { GetAbsenceType: (await itemsOf(req, ctx, ABSENCE_MESSAGE.type)) as unknown as GetAbsenceType[] };
    },
  },
  // The stored items of the next four were written with the elements in src/outbox/contactProcessMessages.ts.
  GetIndkaldelseVersion1: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      return { GetIndkaldelseType: (await itemsOf(req, ctx, CONTACT_PROCESS_MESSAGES.indkaldelse.type)) as unknown as GetIndkaldelseType[] };
    },
  },
  GetAkasseIndkaldelseVersion1: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      return { GetAkasseIndkaldelseType: (await itemsOf(req, ctx, CONTACT_PROCESS_MESSAGES.akasseIndkaldelse.type)) as unknown as GetIndkaldelseType[] };
    },
  },
  GetIndkaldelseshaendelseVersion1: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      const items = await itemsOf(req, ctx, CONTACT_PROCESS_MESSAGES.indkaldelseshaendelse.type);
      return { GetIndkaldelseshaendelseType: items as unknown as GetIndkaldelseshaendelseType[] };
    },
  },
  GetInterviewDeadlineVersion2: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      return { GetInterviewDeadlineType: (await itemsOf(req, ctx, CONTACT_PROCESS_MESSAGES.interviewDeadline.type)) as unknown as GetInterviewDeadlineType[] };
    },
  },
  GetCompanyRecruitmentVersion4: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      // Written with GetCompanyRecruitmentTypeElement (src/outbox/jobOrderMessages.ts).
      return { GetCompanyRecruitmentType: (await itemsOf(req, ctx, JOB_ORDER_MESSAGE.type)) as unknown as GetCompanyRecruitmentType[] };
    },
  },
  GetRehabilitationProcessNotification: {
    access: { ...queueAccess, writes: false },
    async handle(req, ctx) {
      // Written with GetRehabilitationProcessNotificationTypeElement (src/outbox/rehabilitationMessage.ts).
      const items = await itemsOf(req, ctx, REHABILITATION_MESSAGE.type);
      return { GetRehabilitationProcessNotificationType: items as unknown as GetRehabilitationProcessNotificationType[] };
    },
  },
};

/** The message types a sequence may carry: those a receiver can fetch here (operation name = message type). */
export const servedMessageTypes: readonly string[] = Object.keys(operations);
