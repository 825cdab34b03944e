// Accounting for sensitive reads: every a-kasse guest access (R-CV-02) and every read of a citizen's health data
// is an audit_event row, written before the data is answered — no answer without its row. In a write it goes into
// the unit of work's transaction; in a read (which has none) it is its own statement, committed before the answer.
import { randomUUID } from 'node:crypto';
import type { AuthorityActor, CitizenState } from '../domain/types.ts';
import { insertAuditEvent, type AuditEvent } from '../store/auditRepository.ts';
import type { ReadContext, WriteContext } from './context.ts';

export interface Access {
  kind: AuditEvent['kind'];
  by: AuthorityActor;
  citizen: CitizenState;
  dataArea: string;
  detail: Record<string, unknown>;
}

export async function recordAccess(c: ReadContext | WriteContext, a: Access): Promise<void> {
  await insertAuditEvent('trx' in c ? c.trx : c.db, {
    id: randomUUID(),
    occurredAt: c.now,
    requestId: c.requestId ?? null,
    kind: a.kind,
    cpr: a.citizen.person.cpr,
    organisationType: a.by.organisationType,
    organisationCode: a.by.organisationCode,
    userIdentifier: a.by.userIdentifier,
    dataArea: a.dataArea,
    detail: a.detail,
  });
}
