// What the DLG rules look at: the message being sent (its type, receiver, sender, day) with the citizen's state,
// or the jobcentre's decision on a type-11 recommendation. Pure data; src/app/dialog builds it.
import type { CitizenMessage, Organisation } from '../../domain/citizenMessage.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';

export interface CitizenMessageCommand {
  citizen: CitizenState;
  actor: AuthorityActor;
  messageType: number;
  /** The authority the message is for (after DFDG's defaulting); null for a message to the citizen only. */
  receiver: Organisation | null;
  date: IsoDate;
}

export interface OfferDecisionCommand {
  citizen: CitizenState;
  actor: AuthorityActor;
  recommendation: CitizenMessage;
  decision: number;
  /** Whether the request carries the rejection copy for the a-kasse. */
  withCopy: boolean;
}
