// Every change to a summons, whoever makes it (an authority, the citizen booking, DFDG cancelling), goes
// through here: the row, its history entry and its notifications, in the caller's transaction.
import type { Knex } from 'knex';
import type { Summons } from '../../domain/contactProcess.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { summonsEventMessages, summonsMessages } from '../../outbox/contactProcessMessages.ts';
import type { ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import { authorityParticipantsOf, insertSummons, recordHistory, releaseSlot, updateSummons } from '../../store/contactProcessRepository.ts';
import { registration, type ContactChangeContext } from './context.ts';
import { currentChoice, toIndkaldelseInfo } from './mapping.ts';

/** The summons as read back (participants and choice included), for answers and notifications. */
export async function summonsInfo(c: Pick<ContactChangeContext, 'db' | 'process'>, s: Summons) {
  return toIndkaldelseInfo(s, await authorityParticipantsOf(c.db, s.id), currentChoice(c.process.participationChoices, s.id));
}

/** Stores a created (1), changed (2) or cancelled (3) summons; a change carries version + 1. */
export async function saveSummons(c: ContactChangeContext, change: ChangeTypeId, s: Summons): Promise<void> {
  if (change === 1) await insertSummons(c.db, s);
  else await updateSummons(c.db, s);
  await recordHistory(c.db, 'Indkaldelse', s, change, c.now, c.actor);
  await enqueue(c.db as Knex.Transaction, summonsMessages(c.citizen, c.businessDate, s, await summonsInfo(c, s), change, registration(c)), c.now);
}

/** Notifies an event on a summons (participation choice, authority participant) and records it as a new version. */
export async function summonsEvent(c: ContactChangeContext, s: Summons, event: 'Deltagelsesvalg' | 'Myndighedsdeltager'): Promise<Summons> {
  const next = { ...s, version: s.version + 1 };
  await updateSummons(c.db, next);
  await recordHistory(c.db, 'Indkaldelse', next, 2, c.now, c.actor);
  await enqueue(c.db as Knex.Transaction, summonsEventMessages(c.citizen, c.businessDate, next, await summonsInfo(c, next), event, registration(c)), c.now);
  return next;
}

/** Cancels a summons at `c.now` (as version + 1, notified as Aendringstype 3) and frees the meeting time a
 *  self-booked one held. */
export async function cancelSummons(c: ContactChangeContext, s: Summons, reason: NonNullable<Summons['cancellation']>): Promise<void> {
  await saveSummons(c, 3, { ...s, cancelledAt: c.now, cancellation: reason, version: s.version + 1 });
  if (s.slotId !== null) await releaseSlot(c.db, s.slotId);
}
