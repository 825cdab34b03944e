// R-NOT-10 — 004 §1.1: for each summons or booked interview DFDG cancels automatically (R-MTG-15), the
// citizen is told through DFDG's SMS and e-mail service if signed up for it.
import type { NotificationSignup, Summons } from '../../domain/contactProcess.ts';
import { wallClockOf } from '../../domain/dates.ts';
import type { RuleMeta } from '../engine.ts';

export const cancellationNotice: RuleMeta = {
  id: 'R-NOT-10',
  title: 'SMS and e-mail to the citizen when a summons or booking is cancelled automatically',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
};

export interface Notice {
  channel: 'sms' | 'email';
  text: string;
}

/** The notices for one automatically cancelled interview: one per channel the citizen signed up for. */
export function cancellationNotices(signup: NotificationSignup | null, summons: Summons): Notice[] {
  if (!signup) return [];
  const when = wallClockOf(summons.startTime).replace('T', ' kl. ');
  const text = `Din samtale ${when}${summons.title ? ` (${summons.title})` : ''} er aflyst.`;
  return [
    ...(signup.sms ? [{ channel: 'sms' as const, text }] : []),
    ...(signup.email ? [{ channel: 'email' as const, text }] : []),
  ];
}
