// Integration Act contracts, rehabilitation processes and move notifications (007_person_moves), with who
// registered a contract or process over SOAP (034_rehabilitation).
import type {
  IntegrationContract,
  MoveCategoryName,
  PersonNotification,
  Registration,
  RehabilitationProcess,
} from '../domain/personMove.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

const registrationOf = (r: Row): Registration | null =>
  r.registered_at === null || r.registered_at === undefined
    ? null
    : {
        registeredBy: {
          organisationType: Number(r.registered_by_type),
          organisationCode: String(r.registered_by_code),
        },
        registeredAt: String(r.registered_at),
      };

const registrationRow = (g: Registration | null | undefined) =>
  g
    ? {
        registered_by_type: g.registeredBy.organisationType,
        registered_by_code: g.registeredBy.organisationCode,
        registered_at: g.registeredAt,
      }
    : {};

const contractOf = (r: Row): IntegrationContract => ({
  id: String(r.id),
  cpr: String(r.cpr),
  category: String(r.category) as MoveCategoryName,
  startDate: String(r.start_date),
  endDate: dateOrNull(r.end_date),
  registration: registrationOf(r),
});

export async function contractsOf(q: Queryable, cpr: string): Promise<IntegrationContract[]> {
  const rows = (await q('integration_contract').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map(contractOf);
}
export async function findContract(q: Queryable, id: string): Promise<IntegrationContract | null> {
  const row = (await q('integration_contract').where({ id }).first()) as Row | undefined;
  return row ? contractOf(row) : null;
}
export async function insertContract(q: Transaction, c: IntegrationContract): Promise<void> {
  await q('integration_contract').insert({
    id: c.id,
    cpr: c.cpr,
    category: c.category,
    start_date: c.startDate,
    end_date: c.endDate,
    ...registrationRow(c.registration),
  });
}
/** Replaces the contract's category, period and registration. */
export async function updateContract(q: Transaction, c: IntegrationContract): Promise<void> {
  await q('integration_contract')
    .where({ id: c.id })
    .update({ category: c.category, start_date: c.startDate, end_date: c.endDate, ...registrationRow(c.registration) });
}

const processOf = (r: Row): RehabilitationProcess => ({
  id: String(r.id),
  cpr: String(r.cpr),
  startDate: String(r.start_date),
  endDate: dateOrNull(r.end_date),
  registration: registrationOf(r),
});

export async function rehabilitationProcessesOf(q: Queryable, cpr: string): Promise<RehabilitationProcess[]> {
  const rows = (await q('rehabilitation_process').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map(processOf);
}
export async function findRehabilitationProcess(q: Queryable, id: string): Promise<RehabilitationProcess | null> {
  const row = (await q('rehabilitation_process').where({ id }).first()) as Row | undefined;
  return row ? processOf(row) : null;
}
export async function insertRehabilitationProcess(q: Transaction, p: RehabilitationProcess): Promise<void> {
  await q('rehabilitation_process').insert({
    id: p.id,
    cpr: p.cpr,
    start_date: p.startDate,
    end_date: p.endDate,
    ...registrationRow(p.registration),
  });
}
export async function endRehabilitationProcess(q: Transaction, p: RehabilitationProcess): Promise<void> {
  await q('rehabilitation_process').where({ id: p.id }).update({ end_date: p.endDate });
}
/** Replaces the process's period and registration. */
export async function updateRehabilitationProcess(q: Transaction, p: RehabilitationProcess): Promise<void> {
  await q('rehabilitation_process')
    .where({ id: p.id })
    .update({ start_date: p.startDate, end_date: p.endDate, ...registrationRow(p.registration) });
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
