// Which of a citizen's summonses an authority may see and change (Kontaktforloeb.IndkaldelseService). Another
// citizen's summons, and for an a-kasse a type outside its visibility list (indkaldelse.md §4.2, the best proxy
// for "A-kasse filtrering"), is answered as unknown (4768) so that its existence does not leak. Only the
// summons' BookingOriginator changes it, and only while it is active.
import type { Summons } from '../../domain/contactProcess.ts';
import { OrganisationType, type AuthorityActor, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { AKASSE_VISIBLE_INTERVIEW_TYPES } from '../../rules/index.ts';
import { findSummons } from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';

export const visibleTo = (by: AuthorityActor, s: Summons): boolean =>
  by.organisationType !== OrganisationType.AKasse || AKASSE_VISIBLE_INTERVIEW_TYPES.has(s.interviewType);

/** The citizen's summons with this id, or 4768 (also for another citizen's id, and for types `by` may not see). */
export async function existingSummons(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<Summons> {
  const s = await findSummons(db, id.toLowerCase());
  if (!s || s.cpr !== citizen.person.cpr || !visibleTo(by, s))
    throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id}`);
  return s;
}

/** A summons that is still active (else 4947) and `by`'s own to change, as its BookingOriginator (else 4575). */
export async function ownActiveSummons(
  db: Queryable,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
): Promise<Summons> {
  const s = await existingSummons(db, citizen, by, id);
  if (s.cancelledAt !== null)
    throw fault('SummonsCancelled', `BookingIdentifier ${id} was cancelled at ${s.cancelledAt}`);
  if (s.organisationType !== by.organisationType || s.organisationCode !== by.organisationCode) {
    throw fault('NotAuthorized', `the indkaldelse belongs to organisation ${s.organisationType}/${s.organisationCode}`);
  }
  return s;
}
