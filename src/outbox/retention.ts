// Retention of delivered notifications: delivered outbox rows (WSRM terminated, WSB pushed) delivered before a
// cutoff instant, with their payloads; pending and dead ones are never touched. delivered_at is an xs:dateTime
// (WSRM: Copenhagen with offset; push: UTC), compared as text: good to the hour, ample for days. The policy of
// the deletion engine that uses these (OUTBOX_RETENTION_DAYS) is src/app/notifications/retention.ts.
import { countRows, type Queryable, type Transaction } from '../store/queryable.ts';
import { deleteInSlices, keysOfSome } from '../store/batchDelete.ts';

const deliveredBefore = (q: Queryable, cutoff: string) =>
  q('outbox_message').select('id').where({ state: 'delivered' }).andWhere('delivered_at', '<', cutoff);

export function countDeliveredBefore(q: Queryable, cutoff: string): Promise<number> {
  return countRows(deliveredBefore(q, cutoff));
}

/** Deletes the messages delivered before `cutoff` (an ISO instant; at most `limit`, a batch of the deletion
 *  engine), payloads first; returns how many messages. */
export async function deleteDeliveredBefore(trx: Transaction, cutoff: string, limit?: number): Promise<number> {
  if (limit === undefined) {
    await trx('outbox_payload').whereIn('message_id', deliveredBefore(trx, cutoff)).del();
    return Number(await trx('outbox_message').whereIn('id', deliveredBefore(trx, cutoff)).del());
  }
  const ids = await keysOfSome(deliveredBefore(trx, cutoff), 'id', limit);
  return deleteInSlices(ids, async (some) => {
    await trx('outbox_payload').whereIn('message_id', some).del();
    return Number(await trx('outbox_message').whereIn('id', some).del());
  });
}
