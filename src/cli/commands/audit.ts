// `audit [--cpr CPR | --org TYPE:CODE] [--kind KIND] [--limit N]`: the audit trail (audit_event), newest first —
// every read of a citizen's data and every write over SOAP, every a-kasse guest access (R-CV-02) and every read
// of a citizen's health data, with who (organisation, user, certificate), when, which operation and request.
import { AUDIT_KINDS, auditEvents, type AuditEvent } from '../../store/auditRepository.ts';
import { numberOption, stringOption, UsageError, type Command } from '../command.ts';
import { textTable } from '../table.ts';

const cellsOf = (e: AuditEvent): string[] => [
  e.occurredAt,
  e.kind,
  e.cpr ?? '-',
  `${e.organisationType}:${e.organisationCode}`,
  e.userIdentifier,
  e.dataArea || '-',
  e.operation ?? '-',
  e.certificate ?? '-',
  e.requestId ?? '-',
  JSON.stringify(e.detail),
];

/** `--org TYPE:CODE`, e.g. 8:10100 (audit, client-report). */
export function organisationOption(
  text: string | undefined,
): { organisationType: number; organisationCode: string } | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{1,3}):(\S{1,20})$/.exec(text);
  if (!m) throw new UsageError(`--org must be TYPE:CODE, e.g. 8:10100; got ${text}`);
  return { organisationType: Number(m[1]), organisationCode: m[2]! };
}

export const audit: Command = {
  name: 'audit',
  summary: "lists the audit trail newest first: citizens' data read, writes, guest accesses, health data read",
  options: {
    cpr: { type: 'string', value: 'CPR', help: "only this citizen's" },
    org: { type: 'string', value: 'TYPE:CODE', help: "only this organisation's, e.g. 8:10100" },
    kind: { type: 'string', value: 'KIND', help: `only this kind (${AUDIT_KINDS.join(', ')})` },
    limit: { type: 'string', value: 'N', help: 'at most N events (default 100)' },
  },
  async run(input) {
    const kind = stringOption(input, 'kind');
    if (kind !== undefined && !AUDIT_KINDS.includes(kind as AuditEvent['kind']))
      throw new UsageError(`--kind must be one of ${AUDIT_KINDS.join(', ')}; got ${kind}`);
    const limit = numberOption(input, 'limit', 100);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a whole number from 1, got ${limit}`);
    const organisation = organisationOption(stringOption(input, 'org'));
    const events = await auditEvents(await input.db(), { cpr: stringOption(input, 'cpr'), organisation, kind, limit });
    if (events.length === 0) console.log('no audit events recorded');
    else
      console.log(
        textTable([
          ['when', 'kind', 'cpr', 'organisation', 'user', 'data', 'operation', 'certificate', 'request', 'detail'],
          ...events.map(cellsOf),
        ]),
      );
    return 0;
  },
};
