// A move between municipalities as CPR reports it (`npm run cli -- cpr-move <cpr> <date> <municipality>
// <jobcentre>`): in one transaction DFDG moves the citizen to the new municipality and jobcentre, files the
// move notifications for PersonNotificationService (R-NOT-05, R-NOT-06), and ends any rehabilitation process
// with GetRehabilitationProcessNotification to the jobcentre moved from (R-NOT-03).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import type { CprMove } from '../domain/personMove.ts';
import { OrganisationType } from '../domain/types.ts';
import { fault } from '../faults/catalogue.ts';
import { rehabilitationNotification } from '../outbox/rehabilitationMessage.ts';
import { enqueue } from '../outbox/outbox.ts';
import { inForce } from '../rules/engine.ts';
import { moveEndsRehabilitation, rehabilitationEndedByMove } from '../rules/not/r-not-03-move-ends-rehabilitation.ts';
import { closedContactGroupType, moveNotices, moveNotifications } from '../rules/not/r-not-05-move-notifications.ts';
import { loadCitizenStateForUpdate, updatePerson } from '../store/citizenRepository.ts';
import { contractsOf, endRehabilitationProcess, insertPersonNotification, rehabilitationProcessesOf } from '../store/personMoveRepository.ts';

export interface MoveResult {
  notifications: number;
  rehabilitationEnded: number;
}

export async function applyCprMove(db: Knex, clock: Clock, move: CprMove): Promise<MoveResult> {
  const businessDate = clock.today();
  const now = clock.nowDateTime();
  return db.transaction(async (trx) => {
    const citizen = await loadCitizenStateForUpdate(trx, move.cpr);
    if (!citizen) throw fault('UnknownCpr');
    const result = { notifications: 0, rehabilitationEnded: 0 };
    if (inForce(moveNotifications, businessDate)) {
      for (const notice of moveNotices(citizen, await contractsOf(trx, move.cpr), move, inForce(closedContactGroupType, businessDate))) {
        await insertPersonNotification(trx, { id: randomUUID(), cpr: move.cpr, receiver: notice.receiver, type: notice.type, eventDate: now, acknowledgedAt: null });
        result.notifications++;
      }
    }
    if (inForce(moveEndsRehabilitation, businessDate) && move.jobcenterCode !== citizen.person.jobcenterCode) {
      const oldJobcentre = { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode, subQueue: null };
      for (const ended of rehabilitationEndedByMove(await rehabilitationProcessesOf(trx, move.cpr), move)) {
        await endRehabilitationProcess(trx, ended);
        await enqueue(trx, [rehabilitationNotification(ended, move, oldJobcentre)], now);
        result.rehabilitationEnded++;
      }
    }
    await updatePerson(trx, { ...citizen.person, municipalityCode: move.municipalityCode, jobcenterCode: move.jobcenterCode });
    return result;
  });
}
