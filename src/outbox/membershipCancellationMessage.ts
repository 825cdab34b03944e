// GetMembershipCancellationVersion1 (notifications-wsrm-wsb.md §4.1 [F]): an a-kasse membership cancelled. Its item
// MembershipCancellationRegistration carries MessageIdentifier and RequestUserMetadata inline (the older style).
// No change in the facade ends a membership yet (memberships come from scenarios; DFDG's membership registration,
// GetPersonUnemploymentFundSaveMembershipVersion5's source, is not built), so no row of this type is written and
// the operation answers an empty collection (docs/contract-decisions.md).
export const MEMBERSHIP_CANCELLATION_MESSAGE = { type: 'GetMembershipCancellationVersion1', version: 1 } as const;
