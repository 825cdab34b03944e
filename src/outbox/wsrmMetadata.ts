// The WSRMMetadata of every WSRM item ("Den gode WSRM besked", notifications-wsrm-wsb.md §2.2): the message id,
// and who registered the change — the authority and its user, left out when DFDG itself did; and the outbox row of
// an item, which every WSRM message builder makes the same way.
import type { WSRMMetadataType } from '../contract/generated/types.ts';
import { toRequestUserMetadata } from '../contract/mapping/registeringUser.ts';
import type { ElementDescriptor } from '../contract/schemaModel.ts';
import { writeElement } from '../contract/xmlWriter.ts';
import type { Actor, RegisteringUser } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import { newMessageId, type OutboxMessage } from './outbox.ts';

export function wsrmMetadata(messageId: string, by: Actor, user: RegisteringUser | null): WSRMMetadataType {
  return {
    MessageIdentifier: messageId,
    ...(by.kind === 'authority'
      ? {
          RegisteringAuthority: {
            OrganisationTypeIdentifier: by.organisationType,
            OrganisationCode: by.organisationCode,
          },
        }
      : {}),
    ...(user ? { RegisteringUser: toRequestUserMetadata(user) } : {}),
  };
}

/** Who registered a change and when: what every notification of the change says about its origin. */
export interface Registration {
  actor: Actor;
  user: RegisteringUser | null;
  now: string;
}

/** A WSRM message type as the outbox stores it (e.g. GetCVStatusVersion7, 7). */
export interface WsrmMessageType {
  readonly type: string;
  readonly version: number;
}

/** What a WSRM item is about: the citizen (null for none) and the entity whose messages it keys. */
export interface WsrmSubject {
  readonly cpr: string | null;
  readonly entityKey: string;
}

/** The item of `message` for `receiver`: `content` under fresh WSRMMetadata (its own message id), written with
 *  `element`. */
export function wsrmItem(
  message: WsrmMessageType,
  element: ElementDescriptor,
  about: WsrmSubject,
  content: Record<string, unknown>,
  receiver: Receiver,
  by: Pick<Registration, 'actor' | 'user'>,
): OutboxMessage {
  const id = newMessageId();
  return {
    id,
    messageType: message.type,
    messageVersion: message.version,
    receiver,
    citizenCpr: about.cpr,
    entityKey: about.entityKey,
    payload: writeElement({ WSRMMetadata: wsrmMetadata(id, by.actor, by.user), ...content }, element),
  };
}

/** `wsrmItem` for each receiver, written once: the items differ only in their message id, so each further item is
 *  the first with its own id in place of the first's (a fresh time-ordered UUID occurs nowhere else in an item). */
export function wsrmItems(
  message: WsrmMessageType,
  element: ElementDescriptor,
  about: WsrmSubject,
  content: Record<string, unknown>,
  receivers: readonly Receiver[],
  by: Pick<Registration, 'actor' | 'user'>,
): OutboxMessage[] {
  if (receivers.length === 0) return [];
  const first = wsrmItem(message, element, about, content, receivers[0]!, by);
  return [
    first,
    ...receivers.slice(1).map((receiver) => {
      const id = newMessageId();
      return { ...first, id, receiver, payload: first.payload.replace(first.id!, id) };
    }),
  ];
}
