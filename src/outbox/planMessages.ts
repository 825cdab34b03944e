// Notifications of a published jobplan (PlanService.PublishPlan), written in the publication's transaction to
// planPublicationReceivers: the WSRM message GetPlanVersion1 (the plan version's id, type, time and publisher) and
// the webservice message Plan (130001) identified by the citizen's CPR (IdentifikationstypeId 1), Aendringstype 1
// for the first published version and 2 for a later one, pushed to the receivers that subscribe to it.
import { GetPlanTypeElement } from '../contract/generated/services.ts';
import { writeElement } from '../contract/xmlWriter.ts';
import type { PlanVersion } from '../domain/plan.ts';
import type { Receiver } from '../rules/index.ts';
import { newMessageId, type OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmMetadata, type Registration } from './wsrmMetadata.ts';

export const PLAN_MESSAGE = { type: 'GetPlanVersion1', version: 1 } as const;

/** `plan` as published; `firstVersion` when it is the citizen's first published plan. */
export function planPublicationMessages(
  plan: PlanVersion,
  firstVersion: boolean,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const wsrm = receivers.map((receiver): OutboxMessage => {
    const id = newMessageId();
    const payload = writeElement(
      {
        WSRMMetadata: wsrmMetadata(id, r.actor, r.user),
        PersonCivilRegistrationIdentifier: plan.cpr,
        PlanVersionIdentifier: plan.id,
        PlanTypeIdentifier: plan.planType,
        PublishedTime: plan.publishedAt!,
        PublishingAuthority: {
          OrganisationTypeIdentifier: plan.publishedBy!.organisationType,
          OrganisationCode: plan.publishedBy!.organisationCode,
        },
      },
      GetPlanTypeElement,
    );
    return {
      id,
      messageType: PLAN_MESSAGE.type,
      messageVersion: PLAN_MESSAGE.version,
      receiver,
      citizenCpr: plan.cpr,
      entityKey: plan.id,
      payload,
    };
  });
  const wsb = webserviceMessages(
    {
      type: WSB.Plan,
      externalIdentifier: plan.id,
      versionIdentifier: plan.id,
      identificationType: IdentificationType.Cpr,
      identification: plan.cpr,
      changeType: firstVersion ? ChangeType.Create : ChangeType.Update,
      occurredAt: r.now,
    },
    receivers,
    plan.cpr,
  );
  return [...wsrm, ...wsb];
}
