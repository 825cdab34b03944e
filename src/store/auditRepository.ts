// The audit_event rows (src/store/migrations/009_audit_event.ts, 016_audit_trail.ts): added one at a time, never
// changed, read back newest first by CPR or organisation, deleted only by retention.
import type { Knex } from 'knex';
import { countRows, type Queryable } from './queryable.ts';
import { deleteSome } from './batchDelete.ts';
import { insertRow, insertRows } from './statements.ts';
import { writeTransaction } from './writeTransaction.ts';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  requestId: string | null;
  /** read / write: every SOAP read of a citizen and every SOAP write; the others: what was read, and why. */
  kind: 'read' | 'write' | 'guest-access' | 'health-data-read';
  /** null for a write about no citizen. */
  cpr: string | null;
  organisationType: number;
  organisationCode: string;
  userIdentifier: string;
  dataArea: string;
  detail: Record<string, unknown>;
  /** The SOAP operation; null for rows from before 016. */
  operation: string | null;
  /** The client certificate of the call; null without mTLS. */
  certificate: string | null;
}

export const AUDIT_KINDS: readonly AuditEvent['kind'][] = ['read', 'write', 'guest-access', 'health-data-read'];

/** One event: in a unit of work's transaction (a write's row) or on its own (a read's guest access). */
export async function insertAuditEvent(q: Queryable, e: AuditEvent): Promise<void> {
  if (q.isTransaction) await insertRow(q as Knex.Transaction, 'audit_event', rowOf(e));
  else await q('audit_event').insert(rowOf(e));
}

/** Rows written together at most (in INSERTs of 100 rows, 12 columns each: below every dialect's parameter limit). */
const GROUP_LIMIT = 200;
const pendingGroups = new WeakMap<Knex, { rows: AuditEvent[]; written: Promise<void> }>();

/**
 * Inserts an event outside the caller's work, committed when the promise resolves. Events recorded in the same
 * turn of the event loop (concurrent reads) are written together as one unit of work (on SQLite a member of the
 * group commit, so they share the COMMIT of the writes of the moment; on PostgreSQL one INSERT of them all,
 * which commits by itself: one round trip instead of BEGIN, INSERT, COMMIT) — so auditing every read costs a
 * fraction of a statement each; none resolves before its row is committed.
 */
export function insertAuditEventGrouped(db: Knex, e: AuditEvent): Promise<void> {
  let group = pendingGroups.get(db);
  if (!group || group.rows.length >= GROUP_LIMIT) {
    const rows: AuditEvent[] = [];
    const written = new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        if (pendingGroups.get(db)?.rows === rows) pendingGroups.delete(db);
        writeGroup(db, rows.map(rowOf)).then(() => resolve(), reject);
      }),
    );
    group = { rows, written };
    pendingGroups.set(db, group);
  }
  group.rows.push(e);
  return group.written;
}

async function writeGroup(db: Knex, rows: Record<string, unknown>[]): Promise<void> {
  // 200 rows of 12 columns: within PostgreSQL's 65,535 parameters (not SQL Server's 2,100: there in chunks)
  if (db.client.dialect === 'postgresql') await db('audit_event').insert(rows);
  else await writeTransaction(db, (trx) => insertRows(trx, 'audit_event', rows));
}

function rowOf(e: AuditEvent): Record<string, unknown> {
  return {
    id: e.id,
    occurred_at: e.occurredAt,
    request_id: e.requestId,
    kind: e.kind,
    cpr: e.cpr,
    organisation_type: e.organisationType,
    organisation_code: e.organisationCode,
    user_identifier: e.userIdentifier,
    data_area: e.dataArea,
    detail: JSON.stringify(e.detail),
    operation: e.operation,
    certificate: e.certificate,
  };
}

export async function auditEvents(
  q: Queryable,
  filter: {
    cpr?: string;
    organisation?: { organisationType: number; organisationCode: string };
    kind?: string;
    limit?: number;
  } = {},
): Promise<AuditEvent[]> {
  const query = q('audit_event')
    .orderBy([
      { column: 'occurred_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit ?? 100);
  if (filter.cpr !== undefined) query.where({ cpr: filter.cpr });
  if (filter.kind !== undefined) query.where({ kind: filter.kind });
  if (filter.organisation !== undefined)
    query.where({
      organisation_type: filter.organisation.organisationType,
      organisation_code: filter.organisation.organisationCode,
    });
  const rows = (await query) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: String(r.id),
    occurredAt: String(r.occurred_at),
    requestId: r.request_id === null ? null : String(r.request_id),
    kind: String(r.kind) as AuditEvent['kind'],
    cpr: r.cpr === null ? null : String(r.cpr),
    organisationType: Number(r.organisation_type),
    organisationCode: String(r.organisation_code),
    userIdentifier: String(r.user_identifier),
    dataArea: String(r.data_area),
    detail: JSON.parse(String(r.detail)) as Record<string, unknown>,
    operation: r.operation === null || r.operation === undefined ? null : String(r.operation),
    certificate: r.certificate === null || r.certificate === undefined ? null : String(r.certificate),
  }));
}

/** How many events occurred before `cutoff` (xs:dateTime, compared as text: good to the hour). */
export function countAuditEventsBefore(q: Queryable, cutoff: string): Promise<number> {
  return countRows(q('audit_event').where('occurred_at', '<', cutoff));
}

/** Deletes the events that occurred before `cutoff` (at most `limit`, a batch of the deletion engine); returns how
 *  many. */
export async function pruneAuditEvents(trx: Knex.Transaction, cutoff: string, limit?: number): Promise<number> {
  return deleteSome(trx, 'audit_event', 'id', trx('audit_event').where('occurred_at', '<', cutoff), limit);
}
