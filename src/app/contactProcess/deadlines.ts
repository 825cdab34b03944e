// The jobcentre's self-booking deadlines (Kontaktforloeb.FristService, booking-frist.md §2): give, change and
// close one, and read them with their history. A deadline is for interview type 4, 7 or 17, at least 8 days
// (§8, S12), then the MTG rules in force: not while the a-kasse has the contact process (R-MTG-14), never for
// 17 under the transition rules (R-MTG-07), one at a time (R-MTG-08). A booking that already satisfies it
// fulfils it at once (§2.4 rule 3). Storing and notifying is deadlineChanges.ts.
import { addDays } from '../../domain/dates.ts';
import { DeadlineStatus, InterviewType, type Deadline, type ImmediateBooking } from '../../domain/contactProcess.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { deadlineRules } from '../../rules/index.ts';
import { findDeadline, history, loadContactProcess, type HistoryEntry } from '../../store/contactProcessRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { contactContext, type ContactChangeContext } from './context.ts';
import { closeDeadline, fulfils, saveDeadline } from './deadlineChanges.ts';
import { selfBookingPossible } from './selfBookingRight.ts';

const DEADLINE_TYPES: ReadonlySet<number> = new Set([
  4,
  InterviewType.Jobsamtale,
  InterviewType.FaellesJobsamtaleMedDagpengemodtager,
]);
const MIN_DAYS = 8;

/** What a request says about a deadline. */
export type DeadlineFields = Pick<Deadline, 'interviewType' | 'startDate' | 'endDate' | 'dateLimit'>;

function checkDeadline(c: ContactChangeContext, by: AuthorityActor, d: Deadline, before: Deadline | null): void {
  if (d.interviewType !== before?.interviewType)
    requireCodeListValue(
      'interview-types',
      d.interviewType,
      c.businessDate,
      'InterviewTypeIdentifier',
      'InterviewTypeInvalid',
    );
  if (!DEADLINE_TYPES.has(d.interviewType))
    throw fault('InterviewTypeNotForDeadline', `InterviewTypeIdentifier ${d.interviewType}`);
  if (d.startDate < c.businessDate || d.dateLimit < d.endDate)
    throw fault('DeadlineDatesInvalid', `${d.startDate}–${d.endDate}, limit ${d.dateLimit}, today ${c.businessDate}`);
  if (d.endDate < addDays(d.startDate, MIN_DAYS - 1)) throw fault('DeadlineTooShort', `${d.startDate}–${d.endDate}`);
  enforceRules(
    deadlineRules,
    { citizen: c.citizen, process: c.process, actor: by, date: d.startDate, deadline: d },
    c.businessDate,
  );
}

/** Active, or fulfilled at once by a booking that already satisfies it (§2.4 rule 3). */
function withFulfilment(c: ContactChangeContext, d: Deadline): Deadline {
  const booking = c.process.summonses.find((s) => fulfils(s, d));
  return booking
    ? { ...d, status: DeadlineStatus.Fulfilled, fulfilledBySummonsId: booking.id }
    : { ...d, status: DeadlineStatus.Active, fulfilledBySummonsId: null };
}

/** The citizen's active deadline with this id: 4968 when unknown (or another citizen's), 4943 when no longer active. */
async function activeDeadline(db: Queryable, citizen: CitizenState, id: string): Promise<Deadline> {
  const d = await findDeadline(db, id.toLowerCase());
  if (!d || d.cpr !== citizen.person.cpr) throw fault('UnknownDeadline', `FristId ${id}`);
  if (d.status !== DeadlineStatus.Active) throw fault('DeadlineNotActive', `FristId ${id} has status ${d.status}`);
  return d;
}

/** Gives the citizen `by`'s deadline under the caller's id (4977 when in use); returns the id. */
export async function giveDeadline(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  fields: DeadlineFields,
): Promise<string> {
  const c = await contactContext(w, citizen);
  const key = id.toLowerCase();
  if (await findDeadline(w.trx, key)) throw fault('IdentifierInUse', `FristId ${key}`);
  const draft: Deadline = {
    id: key,
    cpr: citizen.person.cpr,
    ...fields,
    status: DeadlineStatus.Active,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: w.now,
    fulfilledBySummonsId: null,
    closedAt: null,
    version: 1,
  };
  checkDeadline(c, by, draft, null);
  await saveDeadline(c, 1, withFulfilment(c, draft));
  return key;
}

export async function changeDeadline(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  fields: DeadlineFields,
): Promise<void> {
  const c = await contactContext(w, citizen);
  const before = await activeDeadline(w.trx, citizen, id);
  const after: Deadline = { ...before, ...fields, version: before.version + 1 };
  checkDeadline(c, by, after, before);
  await saveDeadline(c, 2, withFulfilment(c, after));
}

/** Closes an active deadline administratively (CloseFrist). */
export async function closeActiveDeadline(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  const c = await contactContext(w, citizen);
  await closeDeadline(c, await activeDeadline(w.trx, citizen, id));
}

/** The citizen's deadlines, and the straksbooking they must make after a missed one (R-MTG-09). */
export async function deadlinesOf(
  r: ReadContext,
  citizen: CitizenState,
): Promise<{ deadlines: Deadline[]; immediateBooking: ImmediateBooking | null; selfBookingPossible: boolean }> {
  const { deadlines, immediateBooking } = await loadContactProcess(r.db, citizen.person.cpr);
  return { deadlines, immediateBooking, selfBookingPossible: selfBookingPossible(citizen, r.businessDate) };
}

/** Every version of the citizen's deadlines, oldest first. */
export function deadlineHistory(db: Queryable, citizen: CitizenState): Promise<HistoryEntry<Deadline>[]> {
  return history<Deadline>(db, 'Frist', citizen.person.cpr);
}
