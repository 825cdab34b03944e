// The inbound feeds' rows (030_feed_events): the events processed, by source and event id, with their answer;
// and a CPR-number change, which moves every row held about the citizen to the new number. (The applicant/
// recipient periods the KY feed changes are person categories, citizenRepository.ts, D-265.)
import type { FeedAnswer, FeedSource } from '../domain/feedEvent.ts';
import type { Person } from '../domain/types.ts';
import { CLEARED_COLUMNS, ERASED_TABLES } from './citizenErasure.ts';
import { insertPerson, updatePerson } from './citizenRepository.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;

/** The event `eventId` of `source` as processed: the citizen and kind it was about and the answer given. */
export async function findFeedEventRow(
  q: Queryable,
  source: FeedSource,
  eventId: string,
): Promise<{ cpr: string; kind: string; answer: FeedAnswer } | null> {
  const row = (await q('feed_event').where({ source, event_id: eventId }).first()) as Row | undefined;
  if (!row) return null;
  return { cpr: String(row.cpr), kind: String(row.kind), answer: JSON.parse(String(row.answer)) as FeedAnswer };
}

export async function insertFeedEvent(
  q: Transaction,
  e: { source: FeedSource; eventId: string; cpr: string; kind: string; receivedAt: number; answer: FeedAnswer },
): Promise<void> {
  await q('feed_event').insert({
    source: e.source,
    event_id: e.eventId,
    cpr: e.cpr,
    kind: e.kind,
    received_at: e.receivedAt,
    answer: JSON.stringify(e.answer),
  });
}

/** Tables whose rows stay under the old CPR at a CPR-number change: the person row itself (kept, marked
 *  replaced) and the feed log (what the source reported about the old number). */
const STAYING = new Set<string>(['person', 'feed_event']);

/** The tables whose rows follow the citizen to a new CPR number, in an order the foreign keys allow (every
 *  table erased with a citizen holds the citizen's data; the new person row exists before they move). */
export const FOLLOWING_TABLES: readonly string[] = ERASED_TABLES.filter((t) => !STAYING.has(t));

/** The tables of asylum handover dates (R-OTH-02): Borgerindsats.AsylovergivelseService's (migration 031). */
export const HANDOVER_TABLES: ReadonlySet<string> = new Set<string>(['asylum_handover']);

/** A CPR-number change: the new person row (a copy of the old one), every row of `tables` (FOLLOWING_TABLES, or
 *  fewer) moved to it, the old row marked replaced by the new number. Returns how many rows moved. */
export async function moveCitizenToNewCpr(
  q: Transaction,
  person: Person,
  newCpr: string,
  tables: readonly string[],
): Promise<number> {
  await insertPerson(q, { ...person, cpr: newCpr, replacedByCpr: null });
  let moved = 0;
  for (const table of tables) moved += Number(await q(table).where({ cpr: person.cpr }).update({ cpr: newCpr }));
  for (const [table, column] of Object.entries(CLEARED_COLUMNS))
    await q(table)
      .where({ [column]: person.cpr })
      .update({ [column]: newCpr });
  await updatePerson(q, { ...person, replacedByCpr: newCpr });
  // The citizens whose earlier numbers pointed at the old one now point at the new one.
  await q('person').where({ replaced_by_cpr: person.cpr }).update({ replaced_by_cpr: newCpr });
  return moved;
}
