// The inbound feeds as one entry of the application layer: an event from CPR, KY or an a-kasse is processed in
// one unit of work about the citizen it names, once per source event id. The citizen is held first, then the
// feed log is read: a repeated event id (a source's retry, a harness sending twice) finds the answer of the
// first processing and changes nothing; an id reused for another citizen or kind of event is refused (5186).
// The change itself is DFDG's own (actor 'dfdg', no registering user), whoever delivered the event: an
// authority's write refusal about a deceased citizen (4405) does not apply to CPR telling DFDG of the death.
// Entry points: Indberetning.HaendelseService (src/services/IndberetningHaendelseService), the CLI commands
// `cpr-event`, `ky-event`, `akasse-event` and `cpr-move`, and tests.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import type { FeedAnswer, FeedEvent } from '../../domain/feedEvent.ts';
import type { CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { findFeedEventRow, insertFeedEvent } from '../../store/feedRepository.ts';
import { dfdgCaller, type WriteContext } from '../context.ts';
import { aboutCitizen, inTransaction } from '../unitOfWork.ts';
import { applyBenefitGranted } from './benefitGranted.ts';
import { applyCprEvent } from './cprEvents.ts';
import { applyMembershipEvent, checkReportingFund } from './membershipEvents.ts';
import { applyUdbEvent } from '../udb/udbEvents.ts';

/** DFDG's process name per source (the actor of the changes, in logs and WSRM metadata). */
const PROCESS = {
  CPR: 'cpr-haendelse',
  KY: 'ky-haendelse',
  AKASSE: 'akasse-haendelse',
  UDB: 'udb-haendelse',
} as const;

/** Processes `e` in the unit of work `w` (a SOAP call's, or one `applyFeedEvent` opens). */
export async function processFeedEvent(w: WriteContext, e: FeedEvent): Promise<FeedAnswer> {
  if (e.source === 'AKASSE' && w.actor.kind === 'authority') checkReportingFund(w.actor, e.event.akasseCode);
  const dfdg: WriteContext = { ...w, actor: { kind: 'dfdg', process: PROCESS[e.source] }, user: null };
  return aboutCitizen(
    dfdg,
    e.cpr,
    () => {},
    async (d, citizen) => {
      const seen = await findFeedEventRow(d.trx, e.source, e.eventId);
      if (seen) {
        if (seen.cpr !== e.cpr || seen.kind !== e.event.kind)
          throw fault('EventIdReused', `${e.source} event ${e.eventId} was ${seen.kind} about another citizen or kind`);
        return seen.answer;
      }
      const answer = await applyEvent(d, citizen, e);
      await insertFeedEvent(d.trx, {
        source: e.source,
        eventId: e.eventId,
        cpr: e.cpr,
        kind: e.event.kind,
        receivedAt: Date.parse(d.now),
        answer,
      });
      return answer;
    },
  );
}

function applyEvent(w: WriteContext, citizen: CitizenState, e: FeedEvent): Promise<FeedAnswer> {
  switch (e.source) {
    case 'CPR':
      return applyCprEvent(w, citizen, e.event);
    case 'KY':
      return applyBenefitGranted(w, citizen, e.event);
    case 'AKASSE':
      return applyMembershipEvent(w, citizen, e.event);
    case 'UDB':
      return applyUdbEvent(w, citizen, e.eventId, e.event);
  }
}

/** One event in a unit of work of its own (the CLI, tests, DFDG's own feeds). */
export function applyFeedEvent(db: Knex, clock: Clock, e: FeedEvent): Promise<FeedAnswer> {
  return inTransaction(db, dfdgCaller(PROCESS[e.source], clock.today(), clock.nowDateTime()), (w) =>
    processFeedEvent(w, e),
  );
}
