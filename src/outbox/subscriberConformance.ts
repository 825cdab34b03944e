// The conformance check of a vendor's subscriber endpoint (`npm run cli -- check-subscriber`, issue 18): what DFDG
// expects of an endpoint it pushes webservice messages to, tried case by case with the facade's own push client.
// - the endpoint's address is one DFDG would accept (https, port 443, a public host name, as SubscriptionService checks);
// - every webservice message type the facade sends (WSB, src/outbox/webserviceMessage.ts), one sample each, with
//   the JSON and X-Besked-Id a real push carries: answered 2xx;
// - the first sample again, same BeskedId: answered 2xx as well (a duplicate is a delivery, not an error: DFDG
//   retries after a lost answer), and, when the endpoint lists what it received (`receivedUrl`, as the recording
//   subscriber's GET /_received does), recorded once;
// - the same push without a client certificate, and with one no CA of DFDG's issued: refused (TLS refusal, or
//   HTTP 401/403 — never a 2xx).
// Nothing here touches the database; the report is data, printed by the command.
import { randomUUID } from 'node:crypto';
import https from 'node:https';
import { checkSubscriptionEndpoint } from '../domain/subscriptionEndpoint.ts';
import { PushClient, type PushTls } from './pushClient.ts';
import {
  ChangeType,
  IdentificationType,
  WSB,
  webserviceMessages,
  type WebserviceMessageType,
} from './webserviceMessage.ts';

export interface ConformanceCase {
  name: string;
  expected: string;
  answered: string;
  ok: boolean;
}

export interface ConformanceOptions {
  /** The certificate, key and CA DFDG's pushes use towards this endpoint. */
  tls: PushTls;
  /** A client certificate and key that no CA of the endpoint's should trust. */
  untrusted: { cert: string; key: string };
  timeoutMs: number;
  /** Where the endpoint lists the BeskedIds it received (JSON array of objects with `beskedId`), if it does. */
  receivedUrl?: string;
}

/** The Body a type's real messages carry (the builders in src/outbox/*Messages.ts), with sample values: a new type
 *  whose messages carry a Body adds its sample here (docs/architecture.md, "a notification type"). */
const SAMPLE_BODIES: Readonly<Record<string, Record<string, unknown>>> = {
  Dialogbesked: { BeskedtypeId: 1, TraadId: '018f0000-0000-7000-8000-00000000d001' },
  Nuph: { HaendelseId: 1 },
  NuphSvar: { NuphId: '018f0000-0000-7000-8000-00000000d002', SvarId: 1, SanktionGivet: false },
  NuphDialog: { NuphId: '018f0000-0000-7000-8000-00000000d002', SpoergsmaalId: '018f0000-0000-7000-8000-00000000d003' },
};

/** One sample push of `type`: its BeskedId and JSON, as the dispatcher sends them. */
export function samplePush(type: WebserviceMessageType, now: Date): { id: string; json: string } {
  const [m] = webserviceMessages(
    {
      type,
      externalIdentifier: randomUUID(),
      versionIdentifier: randomUUID(),
      identificationType: IdentificationType.Cpr,
      identification: '0101901234',
      changeType: ChangeType.Create,
      occurredAt: now.toISOString(),
      ...(SAMPLE_BODIES[type.entityName] ? { body: SAMPLE_BODIES[type.entityName] } : {}),
    },
    [{ organisationType: 8, organisationCode: '10100', subQueue: null }],
    null,
  );
  return { id: m!.id!, json: m!.payload };
}

const answered = (r: { ok: true; status: number } | { ok: false; error: string }) =>
  r.ok ? `HTTP ${r.status}` : r.error;

/** How many times the endpoint's list of received messages names `id`; null when it cannot be read. */
async function timesReceived(url: string, id: string, tls: PushTls, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = https.get(url, { cert: tls.cert, key: tls.key, ca: tls.ca, timeout: timeoutMs }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        try {
          const list = JSON.parse(Buffer.concat(parts).toString('utf8')) as { beskedId?: unknown }[];
          resolve(Array.isArray(list) ? list.filter((r) => r?.beskedId === id).length : null);
        } catch {
          resolve(null);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(null));
  });
}

/** Runs every case against `url`, in order; the report lists each with what was expected and answered. */
export async function checkSubscriber(url: string, o: ConformanceOptions): Promise<ConformanceCase[]> {
  const cases: ConformanceCase[] = [];
  const address = checkSubscriptionEndpoint(url);
  cases.push({
    name: 'endpoint address',
    expected: 'https on port 443, a public host name (what SubscriptionService accepts)',
    answered: address.ok ? 'accepted' : address.reason,
    ok: address.ok,
  });
  if (!address.ok) return cases;

  const client = new PushClient(o.tls, o.timeoutMs, 1);
  const now = new Date();
  let first: { id: string; json: string } | null = null;
  try {
    for (const type of Object.values(WSB)) {
      const push = samplePush(type, now);
      first ??= push;
      const r = await client.post(url, push.id, push.json);
      cases.push({
        name: `${type.entityName} (EntitetId ${type.entityId})`,
        expected: '2xx',
        answered: answered(r),
        ok: r.ok,
      });
    }
    const again = await client.post(url, first!.id, first!.json);
    cases.push({
      name: `the same BeskedId again (${first!.id})`,
      expected: '2xx: a duplicate is a delivery',
      answered: answered(again),
      ok: again.ok,
    });
    if (o.receivedUrl) {
      const times = await timesReceived(o.receivedUrl, first!.id, o.tls, o.timeoutMs);
      cases.push({
        name: 'the duplicate has no side effect',
        expected: 'the endpoint lists the BeskedId once',
        answered: times === null ? `could not read ${o.receivedUrl}` : `listed ${times} time(s)`,
        ok: times === 1,
      });
    }
  } finally {
    client.close();
  }

  for (const [name, tls] of [
    ['without a client certificate', { ca: o.tls.ca }],
    ['with a client certificate no trusted CA issued', { ...o.untrusted, ca: o.tls.ca }],
  ] as const) {
    const other = new PushClient(tls, o.timeoutMs, 1);
    try {
      const push = samplePush(WSB.Indkaldelse, now);
      const r = await other.post(url, push.id, push.json);
      const refusedOverHttp = !r.ok && /^HTTP 40[13]$/.test(r.error);
      const tlsRefusal = !r.ok && !/^HTTP /.test(r.error);
      cases.push({
        name,
        expected: 'refused: TLS handshake refused (or HTTP 401/403), never delivered',
        answered: answered(r),
        ok: tlsRefusal || refusedOverHttp,
      });
    } finally {
      other.close();
    }
  }
  return cases;
}

/** The report as Markdown: one row per case, and a last line with the count of failures. */
export function conformanceMarkdown(url: string, cases: readonly ConformanceCase[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const failed = cases.filter((c) => !c.ok).length;
  return [
    `# Subscriber conformance: ${url}`,
    '',
    '| case | expected | answered | verdict |',
    '| --- | --- | --- | --- |',
    ...cases.map((c) => `| ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.answered)} | ${c.ok ? 'ok' : 'FAILED'} |`),
    '',
    failed === 0 ? `All ${cases.length} cases as DFDG expects.` : `${failed} of ${cases.length} cases FAILED.`,
  ].join('\n');
}
