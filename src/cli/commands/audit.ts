// `audit [--cpr CPR] [--kind KIND] [--limit N]`: the audit trail (audit_event), newest first — every a-kasse guest
// access (R-CV-02) and every read of a citizen's health data, with who, when, what and under which request.
import { auditEvents, type AuditEvent } from '../../store/auditRepository.ts';
import { numberOption, stringOption, UsageError, type Command } from '../command.ts';
import { textTable } from '../table.ts';

const KINDS: readonly AuditEvent['kind'][] = ['guest-access', 'health-data-read'];

const cellsOf = (e: AuditEvent): string[] => [
  e.occurredAt,
  e.kind,
  e.cpr,
  `${e.organisationType}:${e.organisationCode}`,
  e.userIdentifier,
  e.dataArea,
  e.requestId ?? '-',
  JSON.stringify(e.detail),
];

export const audit: Command = {
  name: 'audit',
  summary: "lists the audit trail newest first: guest accesses and reads of citizens' health data",
  options: {
    cpr: { type: 'string', value: 'CPR', help: "only this citizen's" },
    kind: { type: 'string', value: 'KIND', help: `only this kind (${KINDS.join(', ')})` },
    limit: { type: 'string', value: 'N', help: 'at most N events (default 100)' },
  },
  async run(input) {
    const kind = stringOption(input, 'kind');
    if (kind !== undefined && !KINDS.includes(kind as AuditEvent['kind']))
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}; got ${kind}`);
    const limit = numberOption(input, 'limit', 100);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a whole number from 1, got ${limit}`);
    const events = await auditEvents(await input.db(), { cpr: stringOption(input, 'cpr'), kind, limit });
    if (events.length === 0) console.log('no audit events recorded');
    else
      console.log(
        textTable([
          ['when', 'kind', 'cpr', 'organisation', 'user', 'data', 'request', 'detail'],
          ...events.map(cellsOf),
        ]),
      );
    return 0;
  },
};
