// conventions.md §1.3 [F]: "When SelfBooked is true, UserIdentifier has to be citizen's CPR and UserType
// has to be 1 - Citizen" — a self-booked interview is registered on the citizen's own behalf.
import { CITIZEN_USER_TYPE } from '../../access/model.ts';
import type { Actor } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';

export function requireSelfBookingUser(actor: Actor, cpr: string): void {
  if (actor.kind === 'authority' && actor.userType === CITIZEN_USER_TYPE && actor.userIdentifier === cpr) return;
  throw fault('SelfBookedUserMismatch');
}

/** A citizen user registers only their own self-booked interview: anything else is not self-service (4575, D-123). */
export function refuseCitizenUser(actor: Actor): void {
  if (actor.kind === 'authority' && actor.userType === CITIZEN_USER_TYPE)
    throw fault('NotAuthorized', 'user type 1 (citizen) registers only a self-booked interview (SelfBooked true)');
}
