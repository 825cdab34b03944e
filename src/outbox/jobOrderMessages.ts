// Notifications of a job order, written in the registration's transaction to every party of the order
// (R-NOT-08, R-NOT-11): the legacy WSRM message GetCompanyRecruitmentVersion4 carrying the order as
// JobOrderService reads it, and the webservice message that replaced it — Jobordre (120001) for the order,
// Jobordreformidling (120002) for a candidate — identified by the job order's id (IdentifikationstypeId 2),
// Aendringstype 1 create / 2 update; job orders are never deleted (joborder.md §6). The WSRM item carries no
// registration type (notifications §2.2): its VersionIdentifier tells a create (1) from an update.
import { GetCompanyRecruitmentTypeElement } from '../contract/generated/services.ts';
import { toCompanyRecruitmentInfo } from '../contract/mapping/jobOrder.ts';
import { SharedValue } from '../contract/xmlWriter.ts';
import type { Candidate, JobOrder } from '../domain/jobOrder.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';
import { IdentificationType, WSB, webserviceMessages, type ChangeTypeId } from './webserviceMessage.ts';

export const JOB_ORDER_MESSAGE = { type: 'GetCompanyRecruitmentVersion4', version: 4 } as const;

/** The WSRM message to each party of the order (`receivers`) and the webservice message to `wsbReceivers`. */
export function jobOrderMessages(
  order: JobOrder,
  candidates: readonly Candidate[],
  change: ChangeTypeId,
  what: 'Jobordre' | 'Jobordreformidling',
  receivers: readonly Receiver[],
  wsbReceivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const info = new SharedValue(toCompanyRecruitmentInfo(order, candidates)); // serialised once for every party
  const about = { cpr: null, entityKey: order.id };
  const content = { CompanyRecruitmentInfo: info };
  const wsrm = wsrmItems(JOB_ORDER_MESSAGE, GetCompanyRecruitmentTypeElement, about, content, receivers, r);
  const wsb = webserviceMessages(
    {
      type: WSB[what],
      externalIdentifier: order.id,
      versionIdentifier: order.id,
      identificationType: IdentificationType.Identifier,
      identification: order.id,
      changeType: change,
      occurredAt: r.now,
    },
    wsbReceivers,
    null,
  );
  return [...wsrm, ...wsb];
}
