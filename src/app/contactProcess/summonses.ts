// An authority's summonses (Kontaktforloeb.IndkaldelseService): create, change and cancel. A new summons is
// the caller's (its BookingOriginator) and may fulfil an open self-booking deadline at once (booking-frist.md
// §2.4); every summons passes the documented checks and the MTG rules (summonsValidation.ts) before it is
// stored with its history entry and notifications (summonsChanges.ts).
import type { ContactProcessPart, Summons } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { findSummons } from '../../store/contactProcessRepository.ts';
import type { WriteContext } from '../context.ts';
import { contactContext } from './context.ts';
import { fulfilDeadlinesWith } from './deadlineChanges.ts';
import { cancelSummons, saveSummons } from './summonsChanges.ts';
import { ownActiveSummons } from './summonsLookup.ts';
import { checkSummons } from './summonsValidation.ts';

/** What a create or update request says about a summons; identity, origin and state are DFDG's. */
export type SummonsFields = Omit<
  Summons,
  | 'id'
  | 'cpr'
  | 'organisationType'
  | 'organisationCode'
  | 'registeredBy'
  | 'registeredAt'
  | 'version'
  | 'offerId'
  | 'slotId'
  | 'cancelledAt'
  | 'cancellation'
>;

/**
 * What an authority's summons write reads of the contact process: the deadlines a new summons may fulfil and
 * the participation choices its answer and notifications show (summonsChanges.ts); the summons rules
 * (summonsRules) read the citizen's state only, and the summons itself is found by its id. Not the citizen's
 * summonses, so a summons costs the same however many the citizen has; a rule or step added here that reads
 * another part must add it (reading it otherwise throws ContactProcessNotLoaded).
 */
const SUMMONS_WRITE_READS: ReadonlySet<ContactProcessPart> = new Set(['deadlines', 'participationChoices']);

/** Registers `by`'s summons of the citizen under the caller's id (4977 when in use); returns the id. */
export async function createSummons(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  fields: SummonsFields,
): Promise<string> {
  const c = await contactContext(w, citizen, SUMMONS_WRITE_READS);
  const key = id.toLowerCase();
  if (await findSummons(w.trx, key)) throw fault('IdentifierInUse', `BookingIdentifier ${key}`);
  const s: Summons = {
    id: key,
    cpr: citizen.person.cpr,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: w.now,
    version: 1,
    offerId: null,
    slotId: null,
    ...fields,
    cancelledAt: null,
    cancellation: null,
  };
  checkSummons(c, s, null);
  await saveSummons(c, 1, s);
  await fulfilDeadlinesWith(c, s);
  return s.id;
}

/** Replaces what the request describes of `by`'s active summons; values it leaves as they were are not checked again. */
export async function changeSummons(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  fields: SummonsFields,
): Promise<void> {
  const c = await contactContext(w, citizen, SUMMONS_WRITE_READS);
  const before = await ownActiveSummons(w.trx, citizen, by, id);
  const after: Summons = { ...before, version: before.version + 1, ...fields, cancelledAt: null, cancellation: null };
  checkSummons(c, after, before);
  await saveSummons(c, 2, after);
}

/** Cancels `by`'s active summons (DeleteIndkaldelse); a self-booked one frees its meeting time. */
export async function cancelOwnSummons(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<void> {
  const c = await contactContext(w, citizen, SUMMONS_WRITE_READS);
  await cancelSummons(c, await ownActiveSummons(w.trx, citizen, by, id), 'cancelled');
}
