// A move between municipalities as CPR reports it (`npm run cli -- cpr-move <cpr> <date> <municipality>
// <jobcentre>`): in one transaction DFDG moves the citizen to the new municipality and jobcentre, files the
// move notifications for PersonNotificationService (R-NOT-05, R-NOT-06), and ends any rehabilitation process
// with GetRehabilitationProcessNotificationVersion1 to the jobcentre moved from (R-NOT-03); the move batch resets
// the person category to 'Ikke visiteret' unless the new jobcentre took the citizen over first (R-BAT-01).
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import type { CprMove } from '../../domain/personMove.ts';
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import { rehabilitationNotification } from '../../outbox/rehabilitationMessage.ts';
import {
  closedContactGroupType,
  inForce,
  moveEndsRehabilitation,
  moveNotices,
  moveNotifications,
  rehabilitationEndedByMove,
  whileInForce,
} from '../../rules/index.ts';
import { updatePerson } from '../../store/citizenRepository.ts';
import {
  contractsOf,
  endRehabilitationProcess,
  insertPersonNotification,
  rehabilitationProcessesOf,
} from '../../store/personMoveRepository.ts';
import { resetCategoryOnMove } from '../citizen/personCategories.ts';
import { dfdgCaller, type WriteContext } from '../context.ts';
import { writeAboutCitizen } from '../unitOfWork.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

export interface MoveResult {
  notifications: number;
  rehabilitationEnded: number;
  /** R-BAT-01: what became of the person category. */
  personCategory: 'unchanged' | 'kept' | 'reset';
}

export async function applyCprMove(db: Knex, clock: Clock, move: CprMove): Promise<MoveResult> {
  const caller = dfdgCaller('flytning', clock.today(), clock.nowDateTime());
  return writeAboutCitizen(
    db,
    caller,
    move.cpr,
    () => {},
    (w, citizen) => moveCitizen(w, citizen, move),
  );
}

/** The move in a unit of work already open about the citizen (the CPR feed's 'flytning', src/app/feeds/). */
export async function moveCitizen(w: WriteContext, citizen: CitizenState, move: CprMove): Promise<MoveResult> {
  const date = w.businessDate;
  const result: MoveResult = { notifications: 0, rehabilitationEnded: 0, personCategory: 'unchanged' };
  const contracts = await contractsOf(w.trx, move.cpr);
  for (const notice of whileInForce(moveNotifications, date, [], () =>
    moveNotices(citizen, contracts, move, inForce(closedContactGroupType, date)),
  )) {
    await insertPersonNotification(w.trx, {
      id: timeOrderedUuid(),
      cpr: move.cpr,
      receiver: notice.receiver,
      type: notice.type,
      eventDate: w.now,
      acknowledgedAt: null,
    });
    result.notifications++;
  }
  if (move.jobcenterCode !== citizen.person.jobcenterCode) {
    const oldJobcentre = {
      organisationType: OrganisationType.Jobcenter,
      organisationCode: citizen.person.jobcenterCode,
      subQueue: null,
    };
    const processes = await rehabilitationProcessesOf(w.trx, move.cpr);
    for (const ended of whileInForce(moveEndsRehabilitation, date, [], () =>
      rehabilitationEndedByMove(processes, move),
    )) {
      await endRehabilitationProcess(w.trx, ended);
      await w.outbox.enqueue([rehabilitationNotification(ended, move, oldJobcentre)]);
      result.rehabilitationEnded++;
    }
  }
  result.personCategory = (await resetCategoryOnMove(w, citizen, move)).kind;
  await updatePerson(w.trx, {
    ...citizen.person,
    municipalityCode: move.municipalityCode,
    jobcenterCode: move.jobcenterCode,
    // living in a Danish municipality again: no longer emigrated or missing (D-266)
    cprStatus: null,
  });
  return result;
}
