// Tidlig pension (PensionService): UDK's SaveTidligPension and the a-kasse's GetTidligPension (R-AK-18, whose
// reach is the a-kasse's access scope `tidligPensionLaesere`, checked before the handler). A first save (no
// TidligPensionIdentifier) creates the forløb and its id; a save with the id replaces its blocks; a save with the id
// and neither block annuls it. Each save notifies R-NOT-07's receiver (GetTidligPensionVersion1 and the WSB) in
// the same transaction.
import type { CitizenState } from '../../domain/types.ts';
import { isAnnulment, type TidligPension, type TidligPensionFields } from '../../domain/tidligPension.ts';
import { fault } from '../../faults/catalogue.ts';
import { tidligPensionMessages } from '../../outbox/tidligPensionMessages.ts';
import { tidligPensionNotification, tidligPensionReceiver, whileInForce } from '../../rules/index.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import {
  efterloenTransitionsOf,
  findTidligPension,
  insertTidligPension,
  tidligPensionsOf,
  updateTidligPension,
} from '../../store/tidligPensionRepository.ts';
import type { ReadContext, WriteContext } from '../context.ts';

/** The shape of a save: an end of Tidlig pension not before its start (1003); a new forløb carries data (5163). */
function checkShape(id: string | null, f: TidligPensionFields): void {
  const o = f.overgang;
  if (o?.ophoersdato != null && o.ophoersdato < o.overgangsdato)
    throw fault(
      'DurationNegative',
      `TidligPensionOphoersdato ${o.ophoersdato} is before TidligPensionOvergangsdato ${o.overgangsdato}`,
    );
  if (id === null && isAnnulment(f))
    throw fault(
      'NewTidligPensionWithoutData',
      'a save without TidligPensionIdentifier creates a forløb: give its data',
    );
}

/** Saves UDK's report about the citizen; returns the forløb's id. */
export async function saveTidligPension(
  w: WriteContext,
  citizen: CitizenState,
  id: string | null,
  fields: TidligPensionFields,
): Promise<string> {
  checkShape(id, fields);
  const cpr = citizen.person.cpr;
  let saved: TidligPension;
  if (id === null) {
    saved = { id: timeOrderedUuid(), cpr, version: 1, savedAt: w.now, ...fields };
    await insertTidligPension(w.trx, saved);
  } else {
    const before = await findTidligPension(w.trx, id.toLowerCase());
    if (before === null || before.cpr !== cpr)
      throw fault('UnknownTidligPension', `TidligPensionIdentifier ${id} is unknown for the citizen`);
    if (isAnnulment(before)) throw fault('TidligPensionAnnulled', `Tidlig pension ${id} is annulled`);
    saved = { ...before, version: before.version + 1, savedAt: w.now, ...fields };
    await updateTidligPension(w.trx, saved);
  }
  const receiver = await whileInForce(tidligPensionNotification, w.businessDate, Promise.resolve(null), async () => {
    const efterloen = new Set((await efterloenTransitionsOf(w.trx, cpr)).map((t) => t.akasseCode));
    return tidligPensionReceiver(citizen, w.businessDate, efterloen);
  });
  if (receiver !== null) await w.outbox.enqueue(tidligPensionMessages(saved, [receiver], w));
  return saved.id;
}

/** The citizen's Tidlig pension forløb, oldest first (annulled ones with neither block). */
export function tidligPensions(r: ReadContext, cpr: string): Promise<TidligPension[]> {
  return tidligPensionsOf(r.db, cpr);
}
