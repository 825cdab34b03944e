// What an authority reads of summonses (Kontaktforloeb.IndkaldelseService): one summons or all of a citizen's
// with their participants and the participation choice in force, their history, and the caller's own
// summonses in a period (GetSoegning). An a-kasse sees only the types of its visibility list (summonsLookup.ts).
import type { Summons } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import type { SummonsView } from '../../outbox/contactProcessMessages.ts';
import {
  history,
  loadContactProcess,
  summonsesOfOrganisation,
  type HistoryEntry,
} from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { summonsView } from './summonsChanges.ts';
import { existingSummons, visibleTo } from './summonsLookup.ts';

/** GetSoegning answers at most this many summonses. */
const SEARCH_LIMIT = 500;

export async function summonsOf(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<SummonsView> {
  const process = await loadContactProcess(db, citizen.person.cpr);
  return summonsView(db, process, await existingSummons(db, citizen, by, id));
}

/** The citizen's summonses `by` may see, the cancelled ones only when asked for. */
export async function summonsesOf(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  includeCancelled: boolean,
): Promise<SummonsView[]> {
  const process = await loadContactProcess(db, citizen.person.cpr);
  const shown = process.summonses.filter((s) => visibleTo(by, s) && (includeCancelled || s.cancelledAt === null));
  const views = [];
  for (const s of shown) views.push(await summonsView(db, process, s));
  return views;
}

/** Every version of the citizen's summonses `by` may see, or of one of them (4768 when it is not theirs to see). */
export async function summonsHistory(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string | null,
): Promise<HistoryEntry<Summons>[]> {
  const cpr = citizen.person.cpr;
  if (id !== null) await existingSummons(db, citizen, by, id);
  const entries = await history<Summons>(db, 'Indkaldelse', cpr, id?.toLowerCase());
  return entries.filter((e) => visibleTo(by, e.snapshot));
}

/** `by`'s own summonses (of any citizen) starting in the period, of one interview type if given. */
export function summonsesInPeriod(
  db: Queryable,
  by: AuthorityActor,
  period: { from: string; to: string; interviewType?: number },
): Promise<Summons[]> {
  return summonsesOfOrganisation(db, by, period, SEARCH_LIMIT);
}
