// The WSRMMetadata of every WSRM item ("Den gode WSRM besked", notifications-wsrm-wsb.md §2.2): the message id,
// and who registered the change — the authority and its user, left out when DFDG itself did.
import type { RequestUserMetadataType, WSRMMetadataType } from '../contract/generated/types.ts';
import type { Actor } from '../domain/types.ts';

export function wsrmMetadata(messageId: string, by: Actor, user: RequestUserMetadataType | null): WSRMMetadataType {
  return {
    MessageIdentifier: messageId,
    ...(by.kind === 'authority' ? { RegisteringAuthority: { OrganisationTypeIdentifier: by.organisationType, OrganisationCode: by.organisationCode } } : {}),
    ...(user ? { RegisteringUser: user } : {}),
  };
}
