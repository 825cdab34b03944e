// The WSRMMetadata of every WSRM item ("Den gode WSRM besked", notifications-wsrm-wsb.md §2.2): the message id,
// and who registered the change — the authority and its user, left out when DFDG itself did.
import type { WSRMMetadataType } from '../contract/generated/types.ts';
import { toRequestUserMetadata } from '../contract/mapping/registeringUser.ts';
import type { Actor, RegisteringUser } from '../domain/types.ts';

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
