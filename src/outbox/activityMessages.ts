// Notifications of an activity, written in the registration's transaction (D-193): the legacy WSRM messages
// GetActivityGeneralEventVersion3 (to the citizen's jobcentre and a-kasse) and GetActivitySpecielEventVersion3 (to
// the citizen's municipality), each item the activity with its id and version and the WSRM metadata of who
// registered it ("Den gode WSRM besked"); and the webservice message Aktivitet.WSB (D-194) to the subscribed
// ones of all three: Create (1) on a new activity, Update (2) on a change.
import {
  GetActivityGeneralEventTypeElement,
  GetActivitySpecielEventTypeElement,
} from '../contract/generated/services.ts';
import { toActivityItem } from '../contract/mapping/activity.ts';
import type { ElementDescriptor } from '../contract/schemaModel.ts';
import { SharedValue } from '../contract/xmlWriter.ts';
import type { Activity } from '../domain/activity.ts';
import { uniqueReceivers, type ActivityReceivers, type Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const ACTIVITY_MESSAGES = {
  general: { type: 'GetActivityGeneralEventVersion3', version: 3, element: GetActivityGeneralEventTypeElement },
  special: { type: 'GetActivitySpecielEventVersion3', version: 3, element: GetActivitySpecielEventTypeElement },
} as const satisfies Record<string, { type: string; version: number; element: ElementDescriptor }>;

function wsrm(
  kind: keyof typeof ACTIVITY_MESSAGES,
  activity: Activity,
  content: SharedValue,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const m = ACTIVITY_MESSAGES[kind];
  const item = {
    PersonCivilRegistrationIdentifier: activity.cpr,
    ActivityItem: content,
    VersionIdentifier: activity.version,
  };
  return wsrmItems(m, m.element, { cpr: activity.cpr, entityKey: activity.id }, item, receivers, r);
}

/** The activity as created (version 1) or changed: WSRM to each receiver, Aktivitet.WSB to the subscribed. */
export function activityMessages(activity: Activity, to: ActivityReceivers, r: Registration): OutboxMessage[] {
  const content = new SharedValue(toActivityItem(activity)); // serialised once for every receiver
  return [
    ...wsrm('general', activity, content, to.general, r),
    ...wsrm('special', activity, content, to.special, r),
    ...webserviceMessages(
      {
        type: WSB.Aktivitet,
        externalIdentifier: activity.id,
        versionIdentifier: String(activity.version),
        identificationType: IdentificationType.Cpr,
        identification: activity.cpr,
        changeType: activity.version === 1 ? ChangeType.Create : ChangeType.Update,
        occurredAt: r.now,
      },
      uniqueReceivers([...to.general, ...to.special]),
      activity.cpr,
    ),
  ];
}
