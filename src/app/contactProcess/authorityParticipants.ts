// Authority participants (myndighedsdeltagere, indkaldelse.md §3.5): another authority's person taking part
// in an interview. Adding, changing or removing one is an event on its summons: a new summons version with its
// notifications (summonsChanges.ts). A participant stays on the summons it was added to, and only the
// organisation that added it changes or removes it (4575 for any other, D-122).
import type { AuthorityParticipant } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  findAuthorityParticipant,
  insertAuthorityParticipant,
  updateAuthorityParticipant,
} from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { WriteContext } from '../context.ts';
import { contactContext } from './context.ts';
import { summonsEvent } from './summonsChanges.ts';
import { existingSummons } from './summonsLookup.ts';

/** What a request says about the participant. */
export type ParticipantDetails = Pick<AuthorityParticipant, 'name' | 'contactDetails' | 'phone' | 'email'>;

/** The citizen's participant with this id that is not removed, or 4940. */
async function participantOf(db: Queryable, citizen: CitizenState, id: string): Promise<AuthorityParticipant> {
  const p = await findAuthorityParticipant(db, id.toLowerCase());
  if (!p || p.cpr !== citizen.person.cpr || p.deletedAt !== null)
    throw fault('UnknownAuthorityParticipant', `MyndighedsdeltagerId ${id}`);
  return p;
}

/** The citizen's participant `by` added: another organisation's is 4575, even for STAR (D-122). */
async function ownParticipant(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<AuthorityParticipant> {
  const p = await participantOf(db, citizen, id);
  if (p.organisationType !== by.organisationType || p.organisationCode !== by.organisationCode)
    throw fault(
      'NotAuthorized',
      `the authority participant was added by organisation ${p.organisationType}/${p.organisationCode}`,
    );
  return p;
}

/** Adds `by`'s participant under the caller's id to an active summons; returns the id. */
export async function addAuthorityParticipant(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  ids: { participantId: string; summonsId: string },
  details: ParticipantDetails,
): Promise<string> {
  const c = await contactContext(w, citizen);
  const s = await existingSummons(w.trx, citizen, by, ids.summonsId);
  if (s.cancelledAt !== null) throw fault('SummonsCancelled');
  const id = ids.participantId.toLowerCase();
  if (await findAuthorityParticipant(w.trx, id)) throw fault('IdentifierInUse', `MyndighedsdeltagerId ${id}`);
  const participant = {
    id,
    summonsId: s.id,
    ...details,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    deletedAt: null,
  };
  await insertAuthorityParticipant(w.trx, s.cpr, participant);
  await summonsEvent(c, s, 'Myndighedsdeltager');
  return id;
}

export async function changeAuthorityParticipant(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  ids: { participantId: string; summonsId: string },
  details: ParticipantDetails,
): Promise<void> {
  const c = await contactContext(w, citizen);
  const before = await ownParticipant(w.trx, citizen, by, ids.participantId);
  if (before.summonsId !== ids.summonsId.toLowerCase())
    throw fault('UnknownBookingIdentifier', 'a participant cannot move to another indkaldelse');
  await updateAuthorityParticipant(w.trx, { ...before, ...details });
  await summonsEvent(c, await existingSummons(w.trx, citizen, by, before.summonsId), 'Myndighedsdeltager');
}

/** Marks the participant removed (kept for the history of its summons). */
export async function removeAuthorityParticipant(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  participantId: string,
): Promise<void> {
  const c = await contactContext(w, citizen);
  const before = await ownParticipant(w.trx, citizen, by, participantId);
  await updateAuthorityParticipant(w.trx, { ...before, deletedAt: w.now });
  await summonsEvent(c, await existingSummons(w.trx, citizen, by, before.summonsId), 'Myndighedsdeltager');
}
