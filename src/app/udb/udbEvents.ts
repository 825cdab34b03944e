// The events UDB reports about a young citizen (an inbound feed, src/app/feeds/feedEvents.ts, once per UDB event
// id): an admission (optagelse) is kept for R-BAT-09; a completed vocational education closes the subscription
// (R-BAT-10) and alerts the jobcentre with a webservice message (R-NOT-14); a contact at an educational
// institution is kept with the CVR and P-number of the institution's entry in STIL's register (R-OTH-11).
import type { FeedAnswer } from '../../domain/feedEvent.ts';
import type { CitizenState } from '../../domain/types.ts';
import type { UdbEvent } from '../../domain/udb.ts';
import { completedEducationMessages } from '../../outbox/udbMessages.ts';
import {
  completedEducationAlert,
  completedEducationReceivers,
  institutionContactCvr,
  institutionIdentifiers,
  udbCompletedEducationClosing,
  whileInForce,
} from '../../rules/index.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { insertInstitutionContact, insertUdbEvent, institutionByNumber } from '../../store/udbRepository.ts';
import type { WriteContext } from '../context.ts';
import { closeUdbSubscriptionOf } from './subscriptions.ts';

export async function applyUdbEvent(
  w: WriteContext,
  citizen: CitizenState,
  eventId: string,
  e: UdbEvent,
): Promise<FeedAnswer> {
  const cpr = citizen.person.cpr;
  await insertUdbEvent(w.trx, timeOrderedUuid(), cpr, e);
  switch (e.kind) {
    case 'optagelse':
      return { changed: true, cpr, effects: [`admission on ${e.date} at institution ${e.institutionNumber}`] };
    case 'gennemfoert': {
      const closed = await closeUdbSubscriptionOf(w, citizen, udbCompletedEducationClosing(e.date));
      const receivers = whileInForce(completedEducationAlert, w.businessDate, [], () =>
        completedEducationReceivers(citizen),
      );
      await w.outbox.enqueue(completedEducationMessages(cpr, eventId, e.date, e.institutionNumber, receivers, w.now));
      return {
        changed: true,
        cpr,
        effects: [
          closed ? `UDB subscription closed on ${e.date}` : 'no open UDB subscription',
          `jobcentre ${citizen.person.jobcenterCode} alerted`,
        ],
      };
    }
    case 'institutionskontakt': {
      const institution = await institutionByNumber(w.trx, e.institutionNumber);
      const ids = whileInForce(institutionContactCvr, w.businessDate, { cvr: null, pNumber: null }, () =>
        institutionIdentifiers(institution),
      );
      await insertInstitutionContact(w.trx, {
        id: timeOrderedUuid(),
        cpr,
        institutionNumber: e.institutionNumber,
        name: e.contactName,
        cvr: ids.cvr,
        pNumber: ids.pNumber,
        receivedOn: e.date,
      });
      return {
        changed: true,
        cpr,
        effects: [
          `institution contact at ${e.institutionNumber}${ids.cvr ? ` (CVR ${ids.cvr}, P ${ids.pNumber})` : ''}`,
        ],
      };
    }
  }
}
