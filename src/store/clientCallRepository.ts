// The client_call counts (src/store/migrations/042_client_call.ts): added to by upsert (a row's calls grow, its
// first deviation example stays), read back per organisation for the client coverage report, deleted by retention.
import { countRows, type Queryable, type Transaction } from './queryable.ts';

export interface ClientCallCount {
  day: string;
  organisationType: number;
  organisationCode: string;
  /** '' without a client certificate. */
  certificate: string;
  service: string;
  /** '' when the request named no operation. */
  operation: string;
  /** '' for an answered call. */
  faultCode: string;
  calls: number;
  /** Of `calls`, those the contract's schema refused before the handler. */
  deviations: number;
  deviationExample: string | null;
}

interface Row {
  day: string;
  organisation_type: number;
  organisation_code: string;
  certificate: string;
  service: string;
  operation: string;
  fault_code: string;
  calls: number | string;
  deviations: number | string;
  deviation_example: string | null;
}

const KEY = ['organisation_type', 'organisation_code', 'day', 'certificate', 'service', 'operation', 'fault_code'];
/** Rows per INSERT: 10 columns each, below every dialect's parameter limit (SQL Server's 2,100). */
const CHUNK = 200;

/** Adds the counts: a new row, or `calls` added to the row of the same key (its example kept, or set when it had none). */
export async function addClientCalls(trx: Transaction, counts: readonly ClientCallCount[]): Promise<void> {
  for (let i = 0; i < counts.length; i += CHUNK) {
    await trx('client_call')
      .insert(counts.slice(i, i + CHUNK).map(rowOf))
      .onConflict(KEY)
      .merge({
        calls: trx.raw('?? + excluded.calls', ['client_call.calls']),
        deviations: trx.raw('?? + excluded.deviations', ['client_call.deviations']),
        deviation_example: trx.raw('coalesce(??, excluded.deviation_example)', ['client_call.deviation_example']),
      });
  }
}

/** The counts of one organisation from `since` (a day, inclusive) on, oldest day first. */
export async function clientCallsOf(
  q: Queryable,
  organisationType: number,
  organisationCode: string,
  since: string | null,
): Promise<ClientCallCount[]> {
  const query = q('client_call')
    .where({ organisation_type: organisationType, organisation_code: organisationCode })
    .orderBy(['day', 'service', 'operation', 'fault_code', 'certificate']);
  if (since !== null) query.andWhere('day', '>=', since);
  return ((await query) as Row[]).map(countOf);
}

/** Every organisation with counts from `since` on, with its calls, by type and code. */
export async function clientCallOrganisations(
  q: Queryable,
  since: string | null,
): Promise<{ organisationType: number; organisationCode: string; calls: number }[]> {
  const query = q('client_call')
    .select('organisation_type', 'organisation_code')
    .sum({ calls: 'calls' })
    .groupBy('organisation_type', 'organisation_code')
    .orderBy(['organisation_type', 'organisation_code']);
  if (since !== null) query.where('day', '>=', since);
  const rows = (await query) as { organisation_type: number; organisation_code: string; calls: number | string }[];
  return rows.map((r) => ({
    organisationType: Number(r.organisation_type),
    organisationCode: r.organisation_code,
    calls: Number(r.calls),
  }));
}

export function countClientCallsBefore(q: Queryable, day: string): Promise<number> {
  return countRows(q('client_call').where('day', '<', day));
}

/** Deletes the counts of the days before `day`: all of them, or (a batch of the deletion engine) whole days, oldest
 *  first, until at least `limit` rows went (the key has no one column to take `limit` rows by). */
export async function deleteClientCallsBefore(trx: Transaction, day: string, limit?: number): Promise<number> {
  if (limit === undefined) return Number(await trx('client_call').where('day', '<', day).delete());
  let deleted = 0;
  while (deleted < limit) {
    const [oldest] = (await trx('client_call').where('day', '<', day).min({ day: 'day' })) as { day: string | null }[];
    if (!oldest?.day) break;
    deleted += Number(await trx('client_call').where({ day: oldest.day }).delete());
  }
  return deleted;
}

function rowOf(c: ClientCallCount): Row {
  return {
    day: c.day,
    organisation_type: c.organisationType,
    organisation_code: c.organisationCode,
    certificate: c.certificate,
    service: c.service,
    operation: c.operation,
    fault_code: c.faultCode,
    calls: c.calls,
    deviations: c.deviations,
    deviation_example: c.deviationExample,
  };
}

function countOf(r: Row): ClientCallCount {
  return {
    day: r.day,
    organisationType: Number(r.organisation_type),
    organisationCode: r.organisation_code,
    certificate: r.certificate,
    service: r.service,
    operation: r.operation,
    faultCode: r.fault_code,
    calls: Number(r.calls),
    deviations: Number(r.deviations),
    deviationExample: r.deviation_example,
  };
}
