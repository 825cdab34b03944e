// The participation choice for a fælles jobsamtale (R-MTG-04, indkaldelse.md §3.6): the non-summoning
// authority registers whether the a-kasse takes part; the latest choice not reset is the one in force. A
// choice is an event on its summons: a new summons version with its notifications (summonsChanges.ts).
import type { ParticipationChoice } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { participationChoiceRules } from '../../rules/index.ts';
import { insertParticipationChoice, loadContactProcess } from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { contactContext } from './context.ts';
import { summonsEvent } from './summonsChanges.ts';
import { existingSummons } from './summonsLookup.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** Registers `by`'s choice (ParticipationStatusTypeIdentifier) on an active summons; returns the choice's id. */
export async function registerParticipationChoice(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  summonsId: string,
  choice: number,
): Promise<string> {
  const c = await contactContext(w, citizen);
  const s = await existingSummons(w.trx, citizen, by, summonsId);
  if (s.cancelledAt !== null) throw fault('SummonsCancelled');
  enforceRules(
    participationChoiceRules,
    { citizen, process: c.process, actor: by, date: w.businessDate, summons: s },
    w.businessDate,
  );
  requireCodeListValue('participation-choices', choice, w.businessDate, 'ParticipationStatusTypeIdentifier');
  const registered: ParticipationChoice = {
    id: timeOrderedUuid(),
    cpr: s.cpr,
    summonsId: s.id,
    choice,
    registeredBy: by,
    registeredAt: w.now,
    resetAt: null,
  };
  await insertParticipationChoice(w.trx, registered);
  // The notification carries the choice in force, so the loaded process must include it.
  c.process.participationChoices.push(registered);
  await summonsEvent(c, s, 'Deltagelsesvalg');
  return registered.id;
}

/** Every choice registered, reset ones included, of one summons if given. */
export async function choiceHistory(
  db: Queryable,
  citizen: CitizenState,
  summonsId: string | null,
): Promise<ParticipationChoice[]> {
  const id = summonsId?.toLowerCase();
  const { participationChoices } = await loadContactProcess(db, citizen.person.cpr);
  return participationChoices.filter((x) => id === undefined || x.summonsId === id);
}

/** The choices in force: the latest one not reset per summons, of one summons if given. */
export async function choicesInForce(
  db: Queryable,
  citizen: CitizenState,
  summonsId: string | null,
): Promise<ParticipationChoice[]> {
  const current = (await choiceHistory(db, citizen, summonsId)).filter((x) => x.resetAt === null);
  return [...new Map(current.map((x) => [x.summonsId, x])).values()];
}
