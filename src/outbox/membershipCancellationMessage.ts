// GetMembershipCancellationVersion1 (notifications-wsrm-wsb.md §4.1 [F]): an a-kasse membership cancelled — the
// giving a-kasse's side (medlemsafgang) of a member's transfer to another a-kasse (D-154). Its item
// MembershipCancellationRegistration carries MessageIdentifier and RequestUserMetadata inline (the older style);
// DFDG itself registers the cancellation, so the metadata names DFDG as a system user of STAR.
import { MembershipCancellationRegistrationElement } from '../contract/generated/services.ts';
import { toRequestUserMetadata } from '../contract/mapping/registeringUser.ts';
import { writeElement } from '../contract/xmlWriter.ts';
import { OrganisationType, type AkasseMembership } from '../domain/types.ts';
import type { OutboxMessage } from './outbox.ts';
import { newMessageId } from './outbox.ts';

export const MEMBERSHIP_CANCELLATION_MESSAGE = { type: 'GetMembershipCancellationVersion1', version: 1 } as const;

/** RequestUserTypeIdentifier 3 'System' (codelists/user-types.json). */
const SYSTEM_USER_TYPE = 3;

/** `ended` as stored after the cancellation (its end date set), to the a-kasse it belonged to. */
export function membershipCancellationMessage(
  ended: AkasseMembership & { endDate: string },
  now: string,
): OutboxMessage {
  const id = newMessageId();
  const payload = writeElement(
    {
      MessageIdentifier: id,
      RequestUserMetadata: toRequestUserMetadata({
        fullName: 'DFDG',
        userType: SYSTEM_USER_TYPE,
        userIdentifier: 'DFDG',
        email: null,
        organisationType: OrganisationType.STAR,
        organisationCode: 'STAR',
        registeredAt: now,
      }),
      PersonCivilRegistrationIdentifier: ended.cpr,
      MembershipEndDate: ended.endDate,
    },
    MembershipCancellationRegistrationElement,
  );
  return {
    id,
    messageType: MEMBERSHIP_CANCELLATION_MESSAGE.type,
    messageVersion: MEMBERSHIP_CANCELLATION_MESSAGE.version,
    receiver: { organisationType: OrganisationType.AKasse, organisationCode: ended.akasseCode, subQueue: null },
    citizenCpr: ended.cpr,
    entityKey: ended.id,
    payload,
  };
}
