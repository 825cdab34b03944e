// A receiver's session over its WSRM queue (notifications-wsrm-wsb.md §3.1, §4.1): CreateSequence takes the
// receiver's oldest undelivered messages, up to 500 per sequence across all types, into a new sequence (DFDG:
// "at most 500 messages per pickup"); the items are fetched per type; CloseSequence gives
// them back (they come again), TerminateSequence acknowledges them. Every citizen whose items are fetched is
// audited as read. An unknown, ended or another receiver's
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
import type { AuthorityActor } from '../../domain/types.ts';
import { auditCitizenRead } from '../audit.ts';
import type { ReadContext, WriteContext } from '../context.ts';

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

/** The payloads of `messageType` in the owner's open sequence `id`, in queue order, as written; each citizen the
 *  items are about is in the audit trail before they are answered (issue 12, Deliver 7; D-147). */
export async function sequenceItems(
  r: ReadContext,
  owner: AuthorityActor,
  id: string,
  messageType: string,
): Promise<(string | Buffer)[]> {
  if (!(await isOpenSequenceOf(r.db, id, owner))) throw fault('UnknownWsrmSequence', `sequence ${id}`);
  const items = await sequencePayloads(r.db, id, messageType);
  const citizens = new Set(items.flatMap((i) => (i.cpr === null ? [] : [i.cpr])));
  await Promise.all([...citizens].map((cpr) => auditCitizenRead(r, owner, cpr)));
  return items.map((i) => i.payload);
}
