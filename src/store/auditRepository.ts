// The audit_event rows (src/store/migrations/009_audit_event.ts): written one at a time, read back newest first.
import type { Queryable } from './queryable.ts';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  requestId: string | null;
  kind: 'guest-access' | 'health-data-read';
  cpr: string;
  organisationType: number;
  organisationCode: string;
  userIdentifier: string;
  dataArea: string;
  detail: Record<string, unknown>;
}

export async function insertAuditEvent(q: Queryable, e: AuditEvent): Promise<void> {
  await q('audit_event').insert({
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
  });
}

export async function auditEvents(
  q: Queryable,
  filter: { cpr?: string; kind?: string; limit?: number } = {},
): Promise<AuditEvent[]> {
  const query = q('audit_event')
    .orderBy([
      { column: 'occurred_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit ?? 100);
  if (filter.cpr !== undefined) query.where({ cpr: filter.cpr });
  if (filter.kind !== undefined) query.where({ kind: filter.kind });
  const rows = (await query) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: String(r.id),
    occurredAt: String(r.occurred_at),
    requestId: r.request_id === null ? null : String(r.request_id),
    kind: String(r.kind) as AuditEvent['kind'],
    cpr: String(r.cpr),
    organisationType: Number(r.organisation_type),
    organisationCode: String(r.organisation_code),
    userIdentifier: String(r.user_identifier),
    dataArea: String(r.data_area),
    detail: JSON.parse(String(r.detail)) as Record<string, unknown>,
  }));
}
