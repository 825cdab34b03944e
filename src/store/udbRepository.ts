// Ungedatabasen (037_udb): subscriptions, the queue of messages to UDB (sent in `seq` order), UDB's events, the
// education plan's step and support needs per plan version, STIL's institution register, institution contacts and
// the uddannelsespålæg PDFs made before release 2022-1.
import type { IsoDate } from '../domain/types.ts';
import type {
  EducationPlanDetails,
  Institution,
  InstitutionContact,
  UdbEvent,
  UdbMessage,
  UdbMessageKind,
  UdbSubscription,
} from '../domain/udb.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { deleteSome } from './batchDelete.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

function subscriptionOf(r: Row): UdbSubscription {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    effectiveFrom: String(r.effective_from),
    openedOn: String(r.opened_on),
    closedOn: orNull(r.closed_on),
    closeReason: r.close_reason === null || r.close_reason === undefined ? null : Number(r.close_reason),
    closeRule: orNull(r.close_rule),
  };
}

/** The citizen's subscriptions, oldest first. */
export async function udbSubscriptionsOf(q: Queryable, cpr: string): Promise<UdbSubscription[]> {
  const rows = (await q('udb_subscription')
    .where({ cpr })
    .orderBy([{ column: 'opened_on' }, { column: 'id' }])) as Row[];
  return rows.map(subscriptionOf);
}

export async function insertUdbSubscription(q: Transaction, s: UdbSubscription): Promise<void> {
  await q('udb_subscription').insert({
    id: s.id,
    cpr: s.cpr,
    effective_from: s.effectiveFrom,
    opened_on: s.openedOn,
    closed_on: s.closedOn,
    close_reason: s.closeReason,
    close_rule: s.closeRule,
  });
}

export async function closeUdbSubscription(
  q: Transaction,
  id: string,
  closedOn: IsoDate,
  reason: number | null,
  rule: string,
): Promise<void> {
  await q('udb_subscription').where({ id }).update({ closed_on: closedOn, close_reason: reason, close_rule: rule });
}

/** CPRs with an open subscription. */
export async function cprsWithOpenUdbSubscription(q: Queryable): Promise<string[]> {
  return (await q('udb_subscription').whereNull('closed_on').distinct('cpr').orderBy('cpr')).map((r: Row) =>
    String(r.cpr),
  );
}

/** CPRs of citizens born from `bornFrom` up to `bornBy` (inclusive) who have never had a subscription. */
export async function cprsBornBetweenWithoutUdb(q: Queryable, bornFrom: IsoDate, bornBy: IsoDate): Promise<string[]> {
  const rows = (await q('person')
    .whereBetween('birth_date', [bornFrom, bornBy])
    .whereNull('replaced_by_cpr')
    .whereNotExists(q('udb_subscription').whereRaw('udb_subscription.cpr = person.cpr'))
    .select('cpr')
    .orderBy('cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

// ---- messages to UDB ------------------------------------------------------------------------------------------

export interface QueuedUdbMessage extends UdbMessage {
  seq: number;
  attempts: number;
  sentAt: number | null;
}

export async function enqueueUdbMessages(
  q: Transaction,
  messages: readonly UdbMessage[],
  nowMs: number,
): Promise<void> {
  // one statement per message: `seq` follows the order given (R-NOT-15)
  for (const m of messages)
    await q('udb_message').insert({
      id: m.id,
      cpr: m.cpr,
      kind: m.kind,
      body: JSON.stringify(m.body),
      created_at: nowMs,
    });
}

function queuedOf(r: Row): QueuedUdbMessage {
  return {
    seq: Number(r.seq),
    id: String(r.id),
    cpr: String(r.cpr),
    kind: String(r.kind) as UdbMessageKind,
    body: JSON.parse(String(r.body)) as Record<string, unknown>,
    attempts: Number(r.attempts),
    sentAt: r.sent_at === null || r.sent_at === undefined ? null : Number(r.sent_at),
  };
}

/** Messages not yet sent queued after `afterSeq`, in the order they are to be sent. */
export async function unsentUdbMessages(q: Queryable, afterSeq: number, limit: number): Promise<QueuedUdbMessage[]> {
  const rows = (await q('udb_message')
    .whereNull('sent_at')
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)) as Row[];
  return rows.map(queuedOf);
}

/** Every message queued for the citizen, in order (tests, the operator). */
export async function udbMessagesOf(q: Queryable, cpr: string): Promise<QueuedUdbMessage[]> {
  return ((await q('udb_message').where({ cpr }).orderBy('seq')) as Row[]).map(queuedOf);
}

export async function markUdbMessageSent(q: Queryable, seq: number, nowMs: number): Promise<void> {
  await q('udb_message').where({ seq }).update({ sent_at: nowMs });
}

export async function markUdbMessageFailed(q: Queryable, seq: number, error: string): Promise<void> {
  await q('udb_message')
    .where({ seq })
    .update({ attempts: q.raw('attempts + 1'), last_error: error.slice(0, 1000) });
}

// ---- UDB's events ---------------------------------------------------------------------------------------------

export async function insertUdbEvent(q: Transaction, id: string, cpr: string, e: UdbEvent): Promise<void> {
  await q('udb_event').insert({ id, cpr, kind: e.kind, event_date: e.date, institution_number: e.institutionNumber });
}

/** The days UDB reported an admission (optagelse) for the citizen. */
export async function udbAdmissionDates(q: Queryable, cpr: string): Promise<IsoDate[]> {
  return ((await q('udb_event').where({ cpr, kind: 'optagelse' }).select('event_date')) as Row[]).map((r) =>
    String(r.event_date),
  );
}

// ---- the education plan's part of a plan version --------------------------------------------------------------

export async function saveEducationPlanDetails(q: Transaction, d: EducationPlanDetails): Promise<void> {
  const row = { cpr: d.cpr, step: d.step, support_needs: JSON.stringify(d.supportNeeds) };
  const updated = await q('udb_education_plan').where({ plan_version_id: d.planVersionId }).update(row);
  if (!updated) await q('udb_education_plan').insert({ plan_version_id: d.planVersionId, ...row });
}

/** The details of the citizen's plan versions, by plan version id. */
export async function educationPlanDetailsOf(q: Queryable, cpr: string): Promise<Map<string, EducationPlanDetails>> {
  const rows = (await q('udb_education_plan').where({ cpr })) as Row[];
  return new Map(
    rows.map((r) => [
      String(r.plan_version_id),
      {
        planVersionId: String(r.plan_version_id),
        cpr: String(r.cpr),
        step: r.step === null || r.step === undefined ? null : Number(r.step),
        supportNeeds: JSON.parse(String(r.support_needs)) as string[],
      },
    ]),
  );
}

// ---- STIL's institution register and UDB's institution contacts -----------------------------------------------

function institutionOf(r: Row): Institution {
  return {
    number: String(r.institution_number),
    name: String(r.name),
    cvr: orNull(r.cvr),
    pNumber: orNull(r.p_number),
  };
}

export async function institutionByNumber(q: Queryable, number: string): Promise<Institution | null> {
  const r = (await q('udb_institution').where({ institution_number: number }).first()) as Row | undefined;
  return r ? institutionOf(r) : null;
}

/** Adds or replaces institutions of the register (a load from STIL). */
export async function upsertInstitutions(q: Queryable, institutions: readonly Institution[]): Promise<void> {
  for (const i of institutions) {
    const row = { name: i.name, cvr: i.cvr, p_number: i.pNumber };
    const updated = await q('udb_institution').where({ institution_number: i.number }).update(row);
    if (!updated) await q('udb_institution').insert({ institution_number: i.number, ...row });
  }
}

export async function insertInstitutionContact(q: Transaction, c: InstitutionContact): Promise<void> {
  await q('udb_institution_contact').insert({
    id: c.id,
    cpr: c.cpr,
    institution_number: c.institutionNumber,
    name: c.name,
    cvr: c.cvr,
    p_number: c.pNumber,
    received_on: c.receivedOn,
  });
}

export async function institutionContactsOf(q: Queryable, cpr: string): Promise<InstitutionContact[]> {
  return ((await q('udb_institution_contact').where({ cpr }).orderBy('id')) as Row[]).map((r) => ({
    id: String(r.id),
    cpr: String(r.cpr),
    institutionNumber: String(r.institution_number),
    name: String(r.name),
    cvr: orNull(r.cvr),
    pNumber: orNull(r.p_number),
    receivedOn: String(r.received_on),
  }));
}

// ---- uddannelsespålæg PDFs (before release 2022-1) ------------------------------------------------------------

export interface InjunctionPdf {
  id: string;
  cpr: string;
  planVersionId: string;
  createdOn: IsoDate;
  content: Buffer;
}

export async function insertInjunctionPdf(q: Transaction, p: InjunctionPdf): Promise<void> {
  await q('udb_injunction_pdf').insert({
    id: p.id,
    cpr: p.cpr,
    plan_version_id: p.planVersionId,
    created_on: p.createdOn,
    content: p.content,
  });
}

export async function injunctionPdfsOf(q: Queryable, cpr: string): Promise<InjunctionPdf[]> {
  return ((await q('udb_injunction_pdf').where({ cpr }).orderBy('id')) as Row[]).map((r) => ({
    id: String(r.id),
    cpr: String(r.cpr),
    planVersionId: String(r.plan_version_id),
    createdOn: String(r.created_on),
    content: Buffer.from(r.content as Uint8Array),
  }));
}

/** Messages UDB accepted before `sentBeforeMs` (the retention of the queue, D-298). */
export function countUdbMessagesSentBefore(q: Queryable, sentBeforeMs: number): Promise<number> {
  return countRows(q('udb_message').whereNotNull('sent_at').where('sent_at', '<', sentBeforeMs));
}

export async function deleteUdbMessagesSentBefore(
  q: Transaction,
  sentBeforeMs: number,
  limit?: number,
): Promise<number> {
  return deleteSome(
    q,
    'udb_message',
    'seq',
    q('udb_message').whereNotNull('sent_at').where('sent_at', '<', sentBeforeMs),
    limit,
  );
}
