// Reading and writing a citizen's contact process (004_contact_process). Like citizenRepository every
// function takes the caller's knex or transaction, so a handler's changes, their history and their outbox
// rows commit together. Entities are stored as JSON beside the columns queries filter on.
import {
  ContactProcessNotLoaded,
  type AuthorityParticipant,
  type BookingErrorReport,
  type ContactProcessPart,
  type ContactProcessState,
  type Deadline,
  type HeldInterview,
  type ImmediateBooking,
  type NotificationSignup,
  type OfferSlot,
  type OnlineOffer,
  type ParticipationChoice,
  type SlotHold,
  type Summons,
} from '../domain/contactProcess.ts';
import type { Knex } from 'knex';
import type { Actor, IsoDate } from '../domain/types.ts';
import type { Queryable, Transaction } from './queryable.ts';
import { insertRow, rowByKey, rowsWhere } from './statements.ts';
import { loadAggregate, type PerCitizenQueries } from './perCitizenAggregate.ts';

type Row = Record<string, unknown>;
const parse = <T>(row: Row): T => JSON.parse(String(row.data)) as T;

/** The queries of a citizen's contact process, one per table (loaded as one statement on SQLite and PostgreSQL). */
export const contactProcessQueries = {
  summonses: (q: Queryable, cpr: string) =>
    q('summons')
      .where({ cpr })
      .orderBy([{ column: 'start_time' }, { column: 'id' }]),
  deadlines: (q: Queryable, cpr: string) =>
    q('deadline')
      .where({ cpr })
      .orderBy([{ column: 'end_date' }, { column: 'id' }]),
  heldInterviews: (q: Queryable, cpr: string) => q('held_interview').where({ cpr }).orderBy('id'),
  participationChoices: (q: Queryable, cpr: string) => q('participation_choice').where({ cpr }).orderBy('id'),
  signup: (q: Queryable, cpr: string) => q('notification_signup').where({ cpr }),
  immediateBooking: (q: Queryable, cpr: string) => q('immediate_booking').where({ cpr }),
} satisfies PerCitizenQueries;

type ContactProcessQueries = typeof contactProcessQueries;

/** The queries of `parts` only, one object per set of parts (the one-statement loaders compile each object once). */
const partialQueries = new Map<string, Partial<ContactProcessQueries>>();
function queriesOf(parts: ReadonlySet<ContactProcessPart>): Partial<ContactProcessQueries> {
  const key = [...parts].sort().join(',');
  let queries = partialQueries.get(key);
  if (!queries) {
    queries = Object.fromEntries(
      Object.entries(contactProcessQueries).filter(([part]) => parts.has(part as ContactProcessPart)),
    ) as Partial<ContactProcessQueries>;
    partialQueries.set(key, queries);
  }
  return queries;
}

/** Each part from its rows (each list oldest first). */
const partFrom: { [P in ContactProcessPart]: (rows: Row[], cpr: string) => ContactProcessState[P] } = {
  summonses: (rows) => rows.map((r) => parse<Summons>(r)),
  deadlines: (rows) => rows.map((r) => parse<Deadline>(r)),
  heldInterviews: (rows) => rows.map((r) => parse<HeldInterview>(r)).sort((a, b) => a.heldAt.localeCompare(b.heldAt)),
  participationChoices: (rows) =>
    rows.map((r) => parse<ParticipationChoice>(r)).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt)),
  signup: ([row], cpr) => (row ? { cpr, sms: Boolean(row.sms), email: Boolean(row.email) } : null),
  immediateBooking: ([row], cpr) =>
    row
      ? {
          cpr,
          interviewType: Number(row.interview_type),
          deadlineId: String(row.deadline_id),
          since: String(row.since),
        }
      : null,
};

/**
 * The citizen's contact process, each list oldest first: every part, or only `parts` (what a write reads — a
 * summons write does not load the citizen's summonses, so its cost does not grow with them); reading a part it
 * was not loaded with throws ContactProcessNotLoaded.
 */
export async function loadContactProcess(
  q: Queryable,
  cpr: string,
  parts?: ReadonlySet<ContactProcessPart>,
): Promise<ContactProcessState> {
  // The queries are named as the parts they load.
  const rows = (await loadAggregate(q, parts ? queriesOf(parts) : contactProcessQueries, cpr)) as Partial<
    Record<ContactProcessPart, Row[]>
  >;
  const state = {} as ContactProcessState;
  for (const part of Object.keys(partFrom) as ContactProcessPart[]) {
    const partRows = rows[part];
    if (partRows) (state as Record<ContactProcessPart, unknown>)[part] = partFrom[part](partRows, cpr);
    else
      Object.defineProperty(state, part, {
        enumerable: false,
        get() {
          throw new ContactProcessNotLoaded(part, parts!);
        },
      });
  }
  return state;
}

// --- summonses (indkaldelser) and their history ---------------------------------------------------

const summonsRow = (s: Summons) => ({
  id: s.id,
  cpr: s.cpr,
  interview_type: s.interviewType,
  start_time: s.startTime,
  organisation_type: s.organisationType,
  organisation_code: s.organisationCode,
  self_booked: s.selfBooked,
  cancelled_at: s.cancelledAt,
  version: s.version,
  data: JSON.stringify(s),
});

export async function findSummons(q: Queryable, id: string): Promise<Summons | null> {
  const row = await rowByKey(q, 'summons', 'id', id);
  return row ? parse<Summons>(row) : null;
}

export async function insertSummons(q: Transaction, s: Summons): Promise<void> {
  await insertRow(q, 'summons', summonsRow(s));
}

/** Replaces the summons if it is still at the version before `s` (optimistic: a concurrent change fails). */
export async function updateSummons(q: Transaction, s: Summons): Promise<void> {
  const changed = await q('summons')
    .where({ id: s.id, version: s.version - 1 })
    .update(summonsRow(s));
  if (Number(changed) !== 1)
    throw new Error(`summons ${s.id}: changed concurrently (expected version ${s.version - 1})`);
}

/** Summonses an organisation registered with a start in [from, to], of one interview type if given (GetSoegning), at most `limit`. */
export async function summonsesOfOrganisation(
  q: Queryable,
  organisation: { organisationType: number; organisationCode: string },
  period: { from: string; to: string; interviewType?: number },
  limit: number,
): Promise<Summons[]> {
  const query = q('summons')
    .where({ organisation_type: organisation.organisationType, organisation_code: organisation.organisationCode })
    .andWhere('start_time', '>=', period.from)
    .andWhere('start_time', '<=', period.to);
  if (period.interviewType !== undefined) query.andWhere({ interview_type: period.interviewType });
  const rows = (await query.orderBy(['start_time', 'id']).limit(limit)) as Row[];
  return rows.map((r) => parse<Summons>(r));
}

export type HistoryKind = 'Indkaldelse' | 'Frist';

export interface HistoryEntry<T> {
  version: number;
  changeType: number;
  changedAt: string;
  changedBy: Actor;
  snapshot: T;
}

export async function recordHistory<T extends { id: string; cpr: string; version: number }>(
  q: Transaction,
  kind: HistoryKind,
  entity: T,
  changeType: number,
  changedAt: string,
  changedBy: Actor,
): Promise<void> {
  await insertRow(q, 'contact_history', {
    entity_kind: kind,
    entity_id: entity.id,
    cpr: entity.cpr,
    version: entity.version,
    change_type: changeType,
    changed_at: changedAt,
    changed_by_org_type: changedBy.kind === 'authority' ? changedBy.organisationType : null,
    changed_by_org_code: changedBy.kind === 'authority' ? changedBy.organisationCode : null,
    snapshot: JSON.stringify({ entity, changedBy }),
  });
}

/** The citizen's history of one kind, optionally of one entity, oldest first. */
export async function history<T>(
  q: Queryable,
  kind: HistoryKind,
  cpr: string,
  entityId?: string,
): Promise<HistoryEntry<T>[]> {
  const query = q('contact_history').where({ entity_kind: kind, cpr }).orderBy('seq');
  if (entityId !== undefined) query.andWhere({ entity_id: entityId });
  return ((await query) as Row[]).map((r) => {
    const { entity, changedBy } = JSON.parse(String(r.snapshot)) as { entity: T; changedBy: Actor };
    return {
      version: Number(r.version),
      changeType: Number(r.change_type),
      changedAt: String(r.changed_at),
      changedBy,
      snapshot: entity,
    };
  });
}

// --- participation choices and authority participants -----------------------------------------

export async function insertParticipationChoice(q: Transaction, c: ParticipationChoice): Promise<void> {
  await q('participation_choice').insert({ id: c.id, cpr: c.cpr, summons_id: c.summonsId, data: JSON.stringify(c) });
}
export async function updateParticipationChoice(q: Transaction, c: ParticipationChoice): Promise<void> {
  await q('participation_choice')
    .where({ id: c.id })
    .update({ data: JSON.stringify(c) });
}

export async function findAuthorityParticipant(
  q: Queryable,
  id: string,
): Promise<(AuthorityParticipant & { cpr: string }) | null> {
  const row = (await q('authority_participant').where({ id }).first()) as Row | undefined;
  return row ? { ...parse<AuthorityParticipant>(row), cpr: String(row.cpr) } : null;
}
export async function authorityParticipantsOf(q: Queryable, summonsId: string): Promise<AuthorityParticipant[]> {
  const rows = await rowsWhere(q, 'authority_participant', 'summons_id', summonsId, 'id');
  return rows.map((r) => parse<AuthorityParticipant>(r)).filter((p) => p.deletedAt === null);
}
export async function insertAuthorityParticipant(q: Transaction, cpr: string, p: AuthorityParticipant): Promise<void> {
  await q('authority_participant').insert({ id: p.id, cpr, summons_id: p.summonsId, data: JSON.stringify(p) });
}
export async function updateAuthorityParticipant(q: Transaction, p: AuthorityParticipant): Promise<void> {
  await q('authority_participant')
    .where({ id: p.id })
    .update({ data: JSON.stringify(p) });
}

// --- online offers and their meeting times ----------------------------------------------------------

const toSlot = (r: Row): OfferSlot => ({
  id: String(r.id),
  startTime: String(r.start_time),
  endTime: String(r.end_time),
  bookedSummonsId:
    r.booked_summons_id === null || r.booked_summons_id === undefined ? null : String(r.booked_summons_id),
  hold:
    r.held_by_cpr === null || r.held_by_cpr === undefined
      ? null
      : { cpr: String(r.held_by_cpr), bookingId: String(r.held_for_booking_id), untilMs: Number(r.held_until_ms) },
});

export async function insertOffer(q: Transaction, o: OnlineOffer): Promise<void> {
  const { slots, ...offer } = o;
  await q('online_offer').insert({
    id: o.id,
    organisation_type: o.organisationType,
    organisation_code: o.organisationCode,
    interview_type: o.interviewType,
    cpr: o.cpr,
    data: JSON.stringify(offer),
  });
  for (let i = 0; i < slots.length; i += 100) {
    await q('offer_slot').insert(
      slots.slice(i, i + 100).map((s) => ({
        id: s.id,
        offer_id: o.id,
        start_time: s.startTime,
        end_time: s.endTime,
        booked_summons_id: null,
      })),
    );
  }
}

export async function updateOfferDetails(q: Transaction, o: OnlineOffer): Promise<void> {
  const { slots: _slots, ...offer } = o;
  await q('online_offer')
    .where({ id: o.id })
    .update({ data: JSON.stringify(offer) });
}

export async function findOffer(q: Queryable, id: string): Promise<OnlineOffer | null> {
  const row = (await q('online_offer').where({ id }).first()) as Row | undefined;
  if (!row) return null;
  const slots = ((await q('offer_slot').where({ offer_id: id }).orderBy(['start_time', 'id'])) as Row[]).map(toSlot);
  const offer = parse<Omit<OnlineOffer, 'slots'> & { contactType?: number }>(row);
  // Offers stored before the contact-form list held one `contactType`.
  const { contactType, ...rest } = offer;
  return { ...rest, contactTypes: rest.contactTypes ?? [contactType!], slots };
}

/** Which of `ids` are already meeting times of some offer. */
export async function takenSlotIds(q: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (
    (await q('offer_slot')
      .whereIn('id', [...ids])
      .select('id')) as Row[]
  ).map((r) => String(r.id));
}

/** Offers of the given authorities that are open to everyone or meant for this citizen. */
export async function offersFor(
  q: Queryable,
  authorities: readonly { organisationType: number; organisationCode: string }[],
  cpr: string,
): Promise<OnlineOffer[]> {
  if (authorities.length === 0) return [];
  const rows = (await q('online_offer')
    .where((w) => {
      for (const a of authorities)
        w.orWhere({ organisation_type: a.organisationType, organisation_code: a.organisationCode });
    })
    .andWhere((w) => w.whereNull('cpr').orWhere({ cpr }))
    .orderBy('id')) as Row[];
  const offers: OnlineOffer[] = [];
  for (const row of rows) offers.push((await findOffer(q, String(row.id)))!);
  return offers;
}

/** A slot nobody else holds at `nowMs`: no hold, a lapsed one, or the citizen's own. */
const notHeldByOthers = (cpr: string, nowMs: number) => (w: Knex.QueryBuilder) =>
  w.whereNull('held_by_cpr').orWhere('held_until_ms', '<=', nowMs).orWhere('held_by_cpr', cpr);

/** Takes a free meeting time that no other citizen holds for `cpr`'s summons, ending any hold on it; false when
 *  someone else has it. */
export async function bookSlot(
  q: Transaction,
  slotId: string,
  summonsId: string,
  cpr: string,
  nowMs: number,
): Promise<boolean> {
  return (
    Number(
      await q('offer_slot')
        .where({ id: slotId })
        .whereNull('booked_summons_id')
        .andWhere(notHeldByOthers(cpr, nowMs))
        .update({
          booked_summons_id: summonsId,
          held_by_cpr: null,
          held_for_booking_id: null,
          held_until_ms: null,
        }),
    ) === 1
  );
}

/** Holds a free meeting time for the citizen until `hold.untilMs` (one statement, so two citizens cannot both
 *  get it); false when it is booked or another citizen's hold is live. */
export async function holdSlot(q: Transaction, slotId: string, hold: SlotHold, nowMs: number): Promise<boolean> {
  return (
    Number(
      await q('offer_slot')
        .where({ id: slotId })
        .whereNull('booked_summons_id')
        .andWhere(notHeldByOthers(hold.cpr, nowMs))
        .update({ held_by_cpr: hold.cpr, held_for_booking_id: hold.bookingId, held_until_ms: hold.untilMs }),
    ) === 1
  );
}

/** Lets go of every meeting time the citizen holds except `keepSlotId`. */
export async function releaseHoldsOf(q: Transaction, cpr: string, keepSlotId: string): Promise<void> {
  await q('offer_slot')
    .where({ held_by_cpr: cpr })
    .whereNot({ id: keepSlotId })
    .update({ held_by_cpr: null, held_for_booking_id: null, held_until_ms: null });
}
export async function releaseSlot(q: Transaction, slotId: string): Promise<void> {
  await q('offer_slot').where({ id: slotId }).update({ booked_summons_id: null });
}

// --- deadlines --------------------------------------------------------------------------------------

const deadlineRow = (d: Deadline) => ({
  id: d.id,
  cpr: d.cpr,
  status: d.status,
  end_date: d.endDate,
  data: JSON.stringify(d),
});

export async function findDeadline(q: Queryable, id: string): Promise<Deadline | null> {
  const row = (await q('deadline').where({ id }).first()) as Row | undefined;
  return row ? parse<Deadline>(row) : null;
}
export async function insertDeadline(q: Transaction, d: Deadline): Promise<void> {
  await q('deadline').insert(deadlineRow(d));
}
export async function updateDeadline(q: Transaction, d: Deadline): Promise<void> {
  const changed = await q('deadline').where({ id: d.id }).update(deadlineRow(d));
  if (Number(changed) !== 1) throw new Error(`deadline ${d.id}: no row to update`);
}
/** CPRs with a deadline of `status` whose last booking day is before `date` (the daily expiry job). */
export async function cprsWithDeadlineBefore(q: Queryable, status: number, date: IsoDate): Promise<string[]> {
  const rows = (await q('deadline')
    .distinct('cpr')
    .where({ status })
    .andWhere('end_date', '<', date)
    .orderBy('cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

// --- held interviews, sign-up, straksbooking, error reports, notices -----------------------------

export async function heldInterviewExists(q: Queryable, id: string): Promise<boolean> {
  return (await q('held_interview').where({ id }).first('id')) !== undefined;
}

export async function insertHeldInterview(q: Transaction, h: HeldInterview): Promise<void> {
  await q('held_interview').insert({ id: h.id, cpr: h.cpr, data: JSON.stringify(h) });
}

export async function upsertSignup(q: Transaction, s: NotificationSignup): Promise<void> {
  await q('notification_signup').where({ cpr: s.cpr }).del();
  await q('notification_signup').insert({ cpr: s.cpr, sms: s.sms, email: s.email });
}

export async function setImmediateBooking(q: Transaction, i: ImmediateBooking): Promise<void> {
  await q('immediate_booking').where({ cpr: i.cpr }).del();
  await q('immediate_booking').insert({
    cpr: i.cpr,
    interview_type: i.interviewType,
    deadline_id: i.deadlineId,
    since: i.since,
  });
}
export async function clearImmediateBooking(q: Transaction, cpr: string): Promise<void> {
  await q('immediate_booking').where({ cpr }).del();
}

export async function insertBookingErrorReport(q: Transaction, r: BookingErrorReport): Promise<void> {
  await q('booking_error_report').insert({ id: r.id, cpr: r.cpr, data: JSON.stringify(r) });
}

export interface CitizenNotice {
  id: string;
  cpr: string;
  channel: 'sms' | 'email';
  summonsId: string;
  text: string;
  createdAt: string;
}
export async function insertCitizenNotice(q: Transaction, n: CitizenNotice): Promise<void> {
  await q('citizen_notice').insert({
    id: n.id,
    cpr: n.cpr,
    channel: n.channel,
    summons_id: n.summonsId,
    text: n.text,
    created_at: n.createdAt,
    sent_at: null,
  });
}

const toCitizenNotice = (r: Row): CitizenNotice => ({
  id: String(r.id),
  cpr: String(r.cpr),
  channel: r.channel as 'sms' | 'email',
  summonsId: String(r.summons_id),
  text: String(r.text),
  createdAt: String(r.created_at),
});

/** Every notice, or one citizen's, oldest first. */
export async function citizenNotices(q: Queryable, cpr?: string): Promise<CitizenNotice[]> {
  const query = q('citizen_notice').orderBy(['created_at', 'id']);
  if (cpr !== undefined) query.where({ cpr });
  return ((await query) as Row[]).map(toCitizenNotice);
}
