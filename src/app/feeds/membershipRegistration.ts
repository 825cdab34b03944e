// DFDG's documented a-kasse registration (UnemploymentFundMembershipService.MembershipRegistration) as an event of
// the a-kasse feed (src/app/feeds/membershipEvents.ts).
import type { FeedAnswer } from '../../domain/feedEvent.ts';
import type { IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { processFeedEvent } from './feedEvents.ts';

/** An a-kasse's MembershipRegistration (UnemploymentFundMembershipService Version 4, D-247): the calling a-kasse
 *  admits the citizen from `date` — the feed's Indmeldelse/Overflytning under an event id made of the
 *  registration itself, so the same registration sent again is answered as the first and changes nothing. A
 *  start after the business date is 5188; the insurance category must be a codelist value (2002). */
export async function registerMembership(
  w: WriteContext,
  r: { cpr: string; date: IsoDate; insuranceType: number },
): Promise<FeedAnswer> {
  if (w.actor.kind !== 'authority') throw new Error('a membership registration comes from an a-kasse');
  requireCodeListValue(
    'insurance-types',
    r.insuranceType,
    w.businessDate,
    'UnemploymentInsuranceCategoryTypeIdentifier',
  );
  if (r.date > w.businessDate) throw fault('MembershipStartInFuture', `membership from ${r.date}`);
  const akasseCode = w.actor.organisationCode;
  return processFeedEvent(w, {
    source: 'AKASSE',
    eventId: `MembershipRegistration:${akasseCode}:${r.cpr}:${r.date}`,
    cpr: r.cpr,
    event: { kind: 'overflytning', date: r.date, akasseCode },
  });
}
