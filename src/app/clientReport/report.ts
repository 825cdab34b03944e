// The client coverage report of one organisation (issue 18 item 4): from the client_call counts, which operations
// it called, which faults it got (per operation), which documented faults of those operations it never saw
// (src/contract/documentedFaults.ts), and which calls the contract's schema refused, with the first issue as an
// example. Data only; src/app/clientReport/markdown.ts renders it, the CLI and the console show it.
import { documentedFaultsOf, type DocumentedFault } from '../../contract/documentedFaults.ts';
import type { Queryable } from '../../store/queryable.ts';
import { clientCallOrganisations, clientCallsOf, type ClientCallCount } from '../../store/clientCallRepository.ts';

export interface ClientReportQuery {
  organisationType: number;
  organisationCode: string;
  /** The first business day counted (inclusive); null for every day kept. */
  since: string | null;
}

export interface FaultSeen {
  /** The DFDG code, or SOAP's own faultcode (`soap:MustUnderstand`). */
  code: string;
  calls: number;
  /** Whether the operation's documented list (if it has one) names the code. */
  documented: boolean;
}

export interface OperationCoverage {
  service: string;
  /** '' for requests that named no operation of the service. */
  operation: string;
  calls: number;
  answered: number;
  faults: FaultSeen[];
  /** The operation's documented faults; null when the contract notes list none for it. */
  documentedFaults: readonly DocumentedFault[] | null;
  /** Documented faults the organisation never got on this operation. */
  unexercisedFaults: DocumentedFault[];
  /** Calls the contract's schema refused before the handler (1014/1001), and the first one's first issue. */
  deviations: { calls: number; example: string | null };
}

export interface ClientReport {
  organisation: { type: number; code: string };
  since: string | null;
  /** The first and last business day with calls; null without calls. */
  firstDay: string | null;
  lastDay: string | null;
  /** The client certificates the calls came with (RIDs, or fingerprints of trusted unregistered ones); '' is none. */
  certificates: string[];
  calls: number;
  operations: OperationCoverage[];
}

export async function buildClientReport(q: Queryable, query: ClientReportQuery): Promise<ClientReport> {
  const counts = await clientCallsOf(q, query.organisationType, query.organisationCode, query.since);
  const byOperation = new Map<string, ClientCallCount[]>();
  for (const c of counts) {
    const key = `${c.service}\u0000${c.operation}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), c]);
  }
  const operations = [...byOperation.values()]
    .map(coverageOf)
    .sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation));
  return {
    organisation: { type: query.organisationType, code: query.organisationCode },
    since: query.since,
    firstDay: counts[0]?.day ?? null,
    lastDay: counts.at(-1)?.day ?? null,
    certificates: [...new Set(counts.map((c) => c.certificate))].sort(),
    calls: counts.reduce((n, c) => n + c.calls, 0),
    operations,
  };
}

/** The organisations that have a report from `since` on (type 0 with code '': calls refused before their headers
 *  were read, known only by their certificate), with their calls: the console's list to choose from. */
export function clientReportOrganisations(
  q: Queryable,
  since: string | null = null,
): Promise<{ organisationType: number; organisationCode: string; calls: number }[]> {
  return clientCallOrganisations(q, since);
}

function coverageOf(counts: ClientCallCount[]): OperationCoverage {
  const { service, operation } = counts[0]!;
  const documentedFaults = operation === '' ? null : documentedFaultsOf(service, operation);
  const documented = new Set(documentedFaults?.map((f) => String(f.code)));
  const faultCalls = new Map<string, number>();
  let example: string | null = null;
  let deviations = 0;
  for (const c of counts) {
    if (c.faultCode !== '') faultCalls.set(c.faultCode, (faultCalls.get(c.faultCode) ?? 0) + c.calls);
    deviations += c.deviations;
    example ??= c.deviationExample; // counts are oldest day first
  }
  const faults = [...faultCalls]
    .map(([code, calls]) => ({ code, calls, documented: documented.has(code) }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const calls = counts.reduce((n, c) => n + c.calls, 0);
  return {
    service,
    operation,
    calls,
    answered: counts.filter((c) => c.faultCode === '').reduce((n, c) => n + c.calls, 0),
    faults,
    documentedFaults,
    unexercisedFaults: (documentedFaults ?? []).filter((f) => !faultCalls.has(String(f.code))),
    deviations: { calls: deviations, example },
  };
}
