// What the MTG rules look at: the citizen's state, their contact process, who acts and the date the
// command concerns (the interview's day, the deadline's first day). Pure data; the handlers build it.
import type {
  ContactProcessState,
  Deadline,
  HeldInterview,
  OnlineOffer,
  Summons,
} from '../../domain/contactProcess.ts';
import type { Actor, CitizenState, IsoDate } from '../../domain/types.ts';

export interface ContactCommand {
  citizen: CitizenState;
  process: ContactProcessState;
  actor: Extract<Actor, { kind: 'authority' }>;
  /** The day the command concerns. */
  date: IsoDate;
}

export interface SummonsCommand extends ContactCommand {
  summons: Summons;
}
export interface BookingCommand extends ContactCommand {
  offer: OnlineOffer;
}
export interface DeadlineCommand extends ContactCommand {
  deadline: Deadline;
}
export interface HeldInterviewCommand extends ContactCommand {
  interview: HeldInterview;
}
