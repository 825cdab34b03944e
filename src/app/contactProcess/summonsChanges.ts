// Every change to a summons, whoever makes it (an authority, the citizen booking, DFDG cancelling), goes
// through here: the row, its history entry and its notifications, in the caller's transaction.
import { currentChoice, type ContactProcessState, type Summons } from '../../domain/contactProcess.ts';
import { summonsEventMessages, summonsMessages, type SummonsView } from '../../outbox/contactProcessMessages.ts';
import type { ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import type { Queryable } from '../../store/queryable.ts';
import {
  authorityParticipantsOf,
  insertSummons,
  recordHistory,
  releaseSlot,
  updateSummons,
} from '../../store/contactProcessRepository.ts';
import type { ContactChangeContext } from './context.ts';

/** The summons with its participants and the choice in force, for answers and notifications; `created`: it was
 *  created in this unit of work. */
export async function summonsView(
  db: Queryable,
  process: ContactProcessState,
  s: Summons,
  created = false,
): Promise<SummonsView> {
  return {
    summons: s,
    // a summons just created has none: they are added to an existing summons (their rows reference it), so none
    // are read for it — one statement less per CreateIndkaldelse (a round trip on PostgreSQL)
    participants: created ? [] : await authorityParticipantsOf(db, s.id),
    choice: currentChoice(process.participationChoices, s.id),
  };
}

/** Stores a created (1), changed (2) or cancelled (3) summons; a change carries version + 1. */
export async function saveSummons(c: ContactChangeContext, change: ChangeTypeId, s: Summons): Promise<void> {
  if (change === 1) await insertSummons(c.trx, s);
  else await updateSummons(c.trx, s);
  await recordHistory(c.trx, 'Indkaldelse', s, change, c.now, c.actor);
  const view = await summonsView(c.trx, c.process, s, change === 1);
  await c.outbox.enqueue(summonsMessages(c.citizen, c.businessDate, view, change, c));
}

/** Notifies an event on a summons (participation choice, authority participant) and records it as a new version. */
export async function summonsEvent(
  c: ContactChangeContext,
  s: Summons,
  event: 'Deltagelsesvalg' | 'Myndighedsdeltager',
): Promise<Summons> {
  const next = { ...s, version: s.version + 1 };
  await updateSummons(c.trx, next);
  await recordHistory(c.trx, 'Indkaldelse', next, 2, c.now, c.actor);
  await c.outbox.enqueue(
    summonsEventMessages(c.citizen, c.businessDate, await summonsView(c.trx, c.process, next), event, c),
  );
  return next;
}

/** Cancels a summons at `c.now` (as version + 1, notified as Aendringstype 3) and frees the meeting time a
 *  self-booked one held. */
export async function cancelSummons(
  c: ContactChangeContext,
  s: Summons,
  reason: NonNullable<Summons['cancellation']>,
): Promise<void> {
  await saveSummons(c, 3, { ...s, cancelledAt: c.now, cancellation: reason, version: s.version + 1 });
  if (s.slotId !== null) await releaseSlot(c.trx, s.slotId);
}
