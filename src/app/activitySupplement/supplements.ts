// The activity supplement (aktivitetstillæg): a jobcentre registers it for a citizen from an event date that may
// lie any distance back (R-PLAN-16), for a citizen under 30 in a contact group where it is lawful (R-PLAN-17),
// one open at a time. DFDG ends it itself (src/app/activitySupplement/ageThirty.ts, R-BAT-05). No notification
// is documented for a new supplement, so none is sent (D-252).
import type { ActivitySupplement } from '../../domain/activitySupplement.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupOn, supplementRules } from '../../rules/index.ts';
import { insertSupplement, supplementsOf } from '../../store/activitySupplementRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

/** Registers an activity supplement from `eventDate` for the citizen held by the unit of work; returns its id. */
export async function createActivitySupplement(
  w: WriteContext,
  citizen: CitizenState,
  eventDate: IsoDate,
): Promise<string> {
  if (w.actor.kind !== 'authority') throw new Error('an activity supplement is registered by an authority');
  if (eventDate > w.businessDate)
    throw fault('SupplementEventDateInFuture', `event date ${eventDate}, business date ${w.businessDate}`);
  enforceRules(
    supplementRules,
    { eventDate, birthDate: citizen.person.birthDate, contactGroup: contactGroupOn(citizen, eventDate) },
    w.businessDate,
  );
  const supplements = await supplementsOf(w.trx, citizen.person.cpr);
  if (supplements.some((s) => s.endDate === null || s.endDate >= eventDate))
    throw fault('SupplementAlreadyOpen', `event date ${eventDate}`);
  const supplement: ActivitySupplement = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    eventDate,
    endDate: null,
    endReason: null,
    registeredBy: { organisationType: w.actor.organisationType, organisationCode: w.actor.organisationCode },
    registeredAt: w.now,
  };
  await insertSupplement(w.trx, supplement);
  return supplement.id;
}

/** The citizen's activity supplements, oldest event date first. */
export async function activitySupplements(r: ReadContext, cpr: string): Promise<ActivitySupplement[]> {
  return supplementsOf(r.db, cpr);
}
