// A receiver's session over its WSRM queue (notifications-wsrm-wsb.md §3.1, §4.1): CreateSequence takes the
// receiver's oldest undelivered messages, up to 500 per sequence across all types, into a new sequence (DFDG:
// "at most 500 messages per pickup"); the items are fetched per type; CloseSequence gives
// them back (they come again), TerminateSequence acknowledges them. An unknown, ended or another receiver's
// sequence is 4970.
import { fault } from '../../faults/catalogue.ts';
import {
  createSequence,
  endOpenSequence,
  isOpenSequenceOf,
  sequencePayloads,
  type QueueOwner,
  type SequenceInventory,
} from '../../outbox/wsrmQueue.ts';
import type { Receiver } from '../../rules/index.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { WriteContext } from '../context.ts';

export function openSequence(
  w: WriteContext,
  receiver: Receiver,
  messageTypes: readonly string[],
): Promise<SequenceInventory> {
  return createSequence(w.trx, receiver, messageTypes, w.now);
}

export async function endSequence(
  w: WriteContext,
  owner: QueueOwner,
  id: string,
  state: 'closed' | 'terminated',
): Promise<void> {
  if (!(await endOpenSequence(w.trx, id, owner, state, w.now))) throw fault('UnknownWsrmSequence', `sequence ${id}`);
}

/** The payloads of `messageType` in the owner's open sequence `id`, in queue order, as written. */
export async function sequenceItems(
  db: Queryable,
  owner: QueueOwner,
  id: string,
  messageType: string,
): Promise<(string | Buffer)[]> {
  if (!(await isOpenSequenceOf(db, id, owner))) throw fault('UnknownWsrmSequence', `sequence ${id}`);
  return sequencePayloads(db, id, messageType);
}
