// Notifications of a published jobplan (PlanService.PublishPlan), written in the publication's transaction to
// planPublicationReceivers: the WSRM message GetPlanVersion1 (the plan version's id, type, time and publisher) and
// the webservice message Plan (130001) identified by the citizen's CPR (IdentifikationstypeId 1), Aendringstype 1
// for the first published version and 2 for a later one, pushed to the receivers that subscribe to it.
import { GetPlanTypeElement } from '../contract/generated/services.ts';
import type { PlanVersion } from '../domain/plan.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const PLAN_MESSAGE = { type: 'GetPlanVersion1', version: 1 } as const;

/** `plan` as published; `firstVersion` when it is the citizen's first published plan. */
export function planPublicationMessages(
  plan: PlanVersion,
  firstVersion: boolean,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const content = {
    PersonCivilRegistrationIdentifier: plan.cpr,
    PlanVersionIdentifier: plan.id,
    PlanTypeIdentifier: plan.planType,
    PublishedTime: plan.publishedAt!,
    PublishingAuthority: {
      OrganisationTypeIdentifier: plan.publishedBy!.organisationType,
      OrganisationCode: plan.publishedBy!.organisationCode,
    },
  };
  const about = { cpr: plan.cpr, entityKey: plan.id };
  const wsrm = wsrmItems(PLAN_MESSAGE, GetPlanTypeElement, about, content, receivers, r);
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
