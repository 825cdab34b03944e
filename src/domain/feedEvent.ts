// The events other registers report to DFDG (inbound feeds): CPR (moves, CPR-number changes, emigration or
// disappearance, deaths), the benefit system KY ('Ydelse er givet'), the a-kasser (membership joined, left,
// moved) and Ungedatabasen (admission, completed education, institution contact). Each carries its source's own
// event id: DFDG processes an event once and answers a repeat as it answered the first (src/app/feeds/feedEvents.ts).
import type { IsoDate } from './types.ts';
import type { UdbEvent } from './udb.ts';

export type FeedSource = 'CPR' | 'KY' | 'AKASSE' | 'UDB';

export type CprEvent =
  | { kind: 'flytning'; date: IsoDate; municipalityCode: string; jobcenterCode: string }
  | { kind: 'personnummerskift'; date: IsoDate; newCpr: string }
  /** Udrejst (emigrated) or forsvundet (missing). */
  | { kind: 'udrejse' | 'forsvundet'; date: IsoDate }
  | { kind: 'doedsfald'; date: IsoDate };

export type KyEvent = { kind: 'ydelseGivet'; date: IsoDate };

export type MembershipEvent =
  | { kind: 'indmeldelse' | 'overflytning'; date: IsoDate; akasseCode: string }
  | { kind: 'udmeldelse'; date: IsoDate; akasseCode: string };

export type FeedEvent =
  | { source: 'CPR'; eventId: string; cpr: string; event: CprEvent }
  | { source: 'KY'; eventId: string; cpr: string; event: KyEvent }
  | { source: 'AKASSE'; eventId: string; cpr: string; event: MembershipEvent }
  | { source: 'UDB'; eventId: string; cpr: string; event: UdbEvent };

/** What DFDG did with an event (the answer; a repeat of the event gets the same one back). */
export interface FeedAnswer {
  /** Whether the event changed anything (false: it found the state it reports already in place). */
  changed: boolean;
  /** The CPR the citizen is known by after the event. */
  cpr: string;
  /** What the event did, in a few words each (for the log and the answer). */
  effects: string[];
}
