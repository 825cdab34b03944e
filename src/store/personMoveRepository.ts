// Integration Act contracts, rehabilitation processes and move notifications (007_person_moves).
import type {
  IntegrationContract,
  MoveCategoryName,
  PersonNotification,
  RehabilitationProcess,
} from '../domain/personMove.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export async function contractsOf(q: Queryable, cpr: string): Promise<IntegrationContract[]> {
  const rows = (await q('integration_contract').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr,
    category: String(r.category) as MoveCategoryName,
    startDate: String(r.start_date),
    endDate: dateOrNull(r.end_date),
  }));
}
export async function insertContract(q: Transaction, c: IntegrationContract): Promise<void> {
  await q('integration_contract').insert({
    id: c.id,
    cpr: c.cpr,
    category: c.category,
    start_date: c.startDate,
    end_date: c.endDate,
  });
}

export async function rehabilitationProcessesOf(q: Queryable, cpr: string): Promise<RehabilitationProcess[]> {
  const rows = (await q('rehabilitation_process').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map((r) => ({ id: String(r.id), cpr, startDate: String(r.start_date), endDate: dateOrNull(r.end_date) }));
}
export async function insertRehabilitationProcess(q: Transaction, p: RehabilitationProcess): Promise<void> {
  await q('rehabilitation_process').insert({ id: p.id, cpr: p.cpr, start_date: p.startDate, end_date: p.endDate });
}
export async function endRehabilitationProcess(q: Transaction, p: RehabilitationProcess): Promise<void> {
  await q('rehabilitation_process').where({ id: p.id }).update({ end_date: p.endDate });
}

export async function insertPersonNotification(q: Transaction, n: PersonNotification): Promise<void> {
  await q('person_notification').insert({
    id: n.id,
    cpr: n.cpr,
    receiver_org_type: n.receiver.organisationType,
    receiver_org_code: n.receiver.organisationCode,
    type: n.type,
    event_date: n.eventDate,
    acknowledged_at: n.acknowledgedAt,
  });
}

/** The receiver's notifications not yet acknowledged, oldest first. */
export async function pendingNotifications(
  q: Queryable,
  receiver: { organisationType: number; organisationCode: string },
): Promise<PersonNotification[]> {
  const rows = (await q('person_notification')
    .where({ receiver_org_type: receiver.organisationType, receiver_org_code: receiver.organisationCode })
    .whereNull('acknowledged_at')
    .orderBy(['event_date', 'id'])) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr: String(r.cpr),
    receiver: { ...receiver },
    type: Number(r.type),
    eventDate: String(r.event_date),
    acknowledgedAt: null,
  }));
}

/** Acknowledges one of the receiver's notifications; false when it is unknown, another's, or already acknowledged. */
export async function acknowledge(
  q: Transaction,
  receiver: { organisationType: number; organisationCode: string },
  id: string,
  at: string,
): Promise<boolean> {
  const changed = await q('person_notification')
    .where({ id, receiver_org_type: receiver.organisationType, receiver_org_code: receiver.organisationCode })
    .whereNull('acknowledged_at')
    .update({ acknowledged_at: at });
  return Number(changed) === 1;
}
