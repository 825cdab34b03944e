// A jobcentre's move notifications (flyttebeskeder, R-NOT-05/06): fetched until acknowledged one by one
// (notifications-wsrm-wsb.md §4.4). An unknown or another receiver's id is 4974.
import { fault } from '../../faults/catalogue.ts';
import { acknowledge } from '../../store/personMoveRepository.ts';
import type { WriteContext } from '../context.ts';

export async function acknowledgePersonNotification(
  w: WriteContext,
  receiver: { organisationType: number; organisationCode: string },
  id: string,
): Promise<void> {
  if (!(await acknowledge(w.trx, receiver, id.toLowerCase(), w.now)))
    throw fault('UnknownPersonNotification', `PersonNotificationIdentifier ${id}`);
}
