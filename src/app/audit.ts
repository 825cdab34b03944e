// The audit trail (audit_event): every read of a citizen's data and every write, with who (organisation, user,
// client certificate), when, which operation and which CPR (issue 12, Deliver 7) — recorded generically for
// every SOAP operation from its access declaration (src/soap/pipeline.ts) — and, apart, every a-kasse guest
// access (R-CV-02) and every read of a citizen's health data with what was read. A write's row goes into the
// unit of work's transaction (no write without its row, no row for a write that rolled back); a read's row is
// its own statement, committed before the answer — no answer without its row. Rows are only ever added; the
// nightly audit-retention job deletes those older than AUDIT_RETENTION_DAYS.
import type { AuthorityActor, CitizenState } from '../domain/types.ts';
import { timeOrderedUuid } from '../store/timeOrderedId.ts';
import { insertAuditEvent, insertAuditEventGrouped, type AuditEvent } from '../store/auditRepository.ts';
import type { Caller, ReadContext, WriteContext } from './context.ts';

export interface Access {
  kind: 'guest-access' | 'health-data-read';
  by: AuthorityActor;
  citizen: CitizenState;
  dataArea: string;
  detail: Record<string, unknown>;
}

function event(c: Caller, e: Pick<AuditEvent, 'kind' | 'cpr' | 'dataArea' | 'detail'> & { by: AuthorityActor }) {
  return {
    id: timeOrderedUuid(),
    occurredAt: c.now,
    requestId: c.requestId ?? null,
    kind: e.kind,
    cpr: e.cpr,
    organisationType: e.by.organisationType,
    organisationCode: e.by.organisationCode,
    userIdentifier: e.by.userIdentifier,
    dataArea: e.dataArea,
    detail: e.detail,
    operation: c.soapCall?.operation ?? null,
    certificate: c.soapCall?.certificate ?? null,
  };
}

export async function recordAccess(c: ReadContext | WriteContext, a: Access): Promise<void> {
  await insertAuditEvent('trx' in c ? c.trx : c.db, event(c, { ...a, cpr: a.citizen.person.cpr }));
}

/** A SOAP write, in its transaction: the CPR it is about, or null for a write about no citizen. */
export async function auditWrite(w: WriteContext, by: AuthorityActor, cpr: string | null): Promise<void> {
  await insertAuditEvent(w.trx, event(w, { kind: 'write', by, cpr, dataArea: w.soapCall?.service ?? '', detail: {} }));
}

/** A SOAP read of a citizen's data, committed before it is answered (with the reads of the same moment). */
export async function auditCitizenRead(r: ReadContext, by: AuthorityActor, cpr: string): Promise<void> {
  await insertAuditEventGrouped(
    r.db,
    event(r, { kind: 'read', by, cpr, dataArea: r.soapCall?.service ?? '', detail: {} }),
  );
}
