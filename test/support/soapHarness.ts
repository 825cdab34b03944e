// Integration tests go through the front door: the real app on a loopback port over mTLS (test/support/tls.ts),
// a real database (SQLite, and PostgreSQL when the test run started one), node-soap's client built from the
// served WSDL (parsed once per process and service, see parsedWsdl), presenting the harness's client certificate.
import { FEED_TABLES } from '../../src/store/migrations/030_feed_events.ts';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type https from 'node:https';
import type { Knex } from 'knex';
import soap from 'soap';
import { createApp, type App, type AppOptions } from '../../src/facade.ts';
import { createLogger } from '../../src/log.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadScenario, parseScenario, type Scenario } from '../../src/cli/scenario.ts';
import type { IsoDate } from '../../src/domain/types.ts';
import { CONTACT_PROCESS_TABLES } from '../../src/store/migrations/004_contact_process.ts';
import { ACTIVITY_TABLES } from '../../src/store/migrations/019_activities.ts';
import { TIDLIG_PENSION_TABLES } from '../../src/store/migrations/028_tidlig_pension.ts';
import { SUPPLEMENT_TABLES } from '../../src/store/migrations/032_activity_supplement.ts';
import { JOB_ORDER_TABLES } from '../../src/store/migrations/005_job_orders.ts';
import { PERSON_CONTACT_TABLES } from '../../src/store/migrations/022_person_contact.ts';
import { SANCTION_TABLES } from '../../src/store/migrations/026_sanctions.ts';
import { PLAN_TABLES } from '../../src/store/migrations/020_plans.ts';
import { NUPH_DIALOG_TABLES } from '../../src/store/migrations/025_nuph_dialog.ts';
import { facadeAgent, facadeFetch, registerTestClient, serverTls } from './tls.ts';
import { assertValidResponse, contractValidator, ValidatingHttpClient } from './wireValidation.ts';

export interface Caller {
  organisationType: number;
  organisationCode: string;
  userType?: number;
  userIdentifier?: string;
  /** RequestOrganisationStructure when it is not the organisation acted for. */
  userOrganisation?: { organisationType: number; organisationCode: string };
}

export const jobcenter = (code = '10100'): Caller => ({ organisationType: 8, organisationCode: code });
export const akasse = (code = '81'): Caller => ({ organisationType: 2, organisationCode: code });
export const kommune = (code = '101'): Caller => ({ organisationType: 7, organisationCode: code });
export const star = (): Caller => ({ organisationType: 1, organisationCode: 'STAR' });
export const company = (cvr: string): Caller => ({
  organisationType: 24,
  organisationCode: cvr,
  userType: 4,
  userIdentifier: 'jobag-' + cvr,
});
export const jobnetCitizen = (cpr: string): Caller => ({
  organisationType: 1,
  organisationCode: 'JOBNET',
  userType: 1,
  userIdentifier: cpr,
});

export function activeOrganisationHeader(c: Caller): string {
  return (
    `<aoh:ActiveOrganisationHeader xmlns:aoh="http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/">` +
    `<aoh:OrganisationTypeIdentifier>${c.organisationType}</aoh:OrganisationTypeIdentifier>` +
    `<aoh:OrganisationCode>${c.organisationCode}</aoh:OrganisationCode></aoh:ActiveOrganisationHeader>`
  );
}

export function requestUserMetadataHeader(c: Caller): string {
  const own = c.userOrganisation ?? c;
  return (
    `<rum:RequestUserMetadataHeader xmlns:rum="http://service.bm.dk/RequestUserMetadata/2015/01/21/" ` +
    `xmlns:rus="http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/" ` +
    `xmlns:rut="http://service.bm.dk/pjaktass/2015/01/21/RequestUserTypeIdentifierCodeList/" ` +
    `xmlns:ros="http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/" ` +
    `xmlns:otc="http://service.bm.dk/pjaktass/2015/01/21/OrganisationTypeIdentifierCodeList/" ` +
    `xmlns:clb="http://service.bm.dk/pjaktass/2013/06/07/CodeListBase/">` +
    `<rus:RequestUserStructure><rus:UserFullName>Test Sagsbehandler</rus:UserFullName>` +
    `<rut:RequestUserTypeIdentifier><clb:CodeListItemIdentifier>${c.userType ?? 2}</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier>` +
    `<rus:UserIdentifier>${c.userIdentifier ?? 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301'}</rus:UserIdentifier></rus:RequestUserStructure>` +
    `<ros:RequestOrganisationStructure><otc:OrganisationTypeIdentifier><clb:CodeListItemIdentifier>${own.organisationType}</clb:CodeListItemIdentifier></otc:OrganisationTypeIdentifier>` +
    `<ros:OrganisationCode>${own.organisationCode}</ros:OrganisationCode></ros:RequestOrganisationStructure>` +
    `<rum:RegistrationDateTime>2024-01-15T10:00:00.1234567+01:00</rum:RegistrationDateTime></rum:RequestUserMetadataHeader>`
  );
}

export interface Harness {
  url: string;
  db: Knex;
  clock: FixedClock;
  app: App;
  /** A node-soap client for a service, acting as `caller`. */
  client(service: string, caller: Caller): Promise<soap.Client>;
  load(yamlScenario: string): Promise<void>;
  /** This harness's own upload staging directory (UPLOAD_STAGING_DIR), removed at close. */
  stagingDir: string;
  /** The facade's log lines so far, parsed (its logger writes here instead of stderr). */
  logLines(): Record<string, unknown>[];
  close(): Promise<void>;
}

interface ServedService {
  wsdl: string;
  endpoint: string;
}

/** Each facade's service list (name → WSDL and endpoint URL), fetched once per base URL. */
const serviceLists = new Map<string, Promise<Map<string, ServedService>>>();
const servicesOf = (baseUrl: string) => {
  let list = serviceLists.get(baseUrl);
  if (!list) {
    list = facadeFetch(baseUrl + '/services')
      .then((res) => res.json() as Promise<({ name: string } & ServedService)[]>)
      .then((services) => new Map(services.map((s) => [s.name, { wsdl: s.wsdl, endpoint: s.endpoint }])));
    serviceLists.set(baseUrl, list);
  }
  return list;
};

// Keep xs:date / xs:dateTime as the lexical strings on the wire (node-soap would make Dates).
const keep = (text: string) => text;
// Every response is validated against xsd/ before node-soap reads it (test/support/wireValidation.ts).
const CLIENT_OPTIONS = {
  returnFault: false,
  customDeserializer: { date: keep, dateTime: keep },
  httpClient: new ValidatingHttpClient(facadeAgent),
};

/**
 * Each service's WSDL, as the first facade of this process served it, parsed once (with the XSDs it
 * imports). node-soap caches by URL, and every harness listens on a port of its own, so without this each
 * harness parsed every WSDL again. A facade serves the same WSDL on every port but for soap:address, so a
 * client of any facade is built from the parsed WSDL and pointed at that facade's endpoint.
 */
const parsedWsdls = new Map<string, Promise<soap.WSDL>>();
function parsedWsdl(service: string, served: ServedService): Promise<soap.WSDL> {
  let wsdl = parsedWsdls.get(service);
  if (!wsdl) {
    wsdl = soap.createClientAsync(served.wsdl, CLIENT_OPTIONS).then((client) => client.wsdl);
    parsedWsdls.set(service, wsdl);
    wsdl.catch(() => parsedWsdls.delete(service)); // a failed fetch is not kept: the next call tries again
  }
  return wsdl;
}

/** A node-soap client for a service of the facade at `baseUrl`, acting as `caller`, presenting the harness's
 *  client certificate or the one of `agent` (test/support/tls.ts clientAgent). */
export async function soapClient(
  baseUrl: string,
  service: string,
  caller: Caller,
  agent?: https.Agent,
): Promise<soap.Client> {
  const served = (await servicesOf(baseUrl)).get(service);
  if (!served) throw new Error(`no service ${service}`);
  const options = agent ? { ...CLIENT_OPTIONS, httpClient: new ValidatingHttpClient(() => agent) } : CLIENT_OPTIONS;
  const client = new soap.Client(await parsedWsdl(service, served), served.endpoint, options);
  client.addSoapHeader(activeOrganisationHeader(caller));
  client.addSoapHeader(requestUserMetadataHeader(caller));
  return client;
}

/** Scenarios parsed once per process: most files reload the same one before every test. Frozen, so that a
 *  load that wrote into it would throw rather than change the next test's scenario. */
const parsedScenarios = new Map<string, Scenario>();
function parsed(yamlScenario: string): Scenario {
  let scenario = parsedScenarios.get(yamlScenario);
  if (!scenario) parsedScenarios.set(yamlScenario, (scenario = deepFreeze(parseScenario(yamlScenario))));
  return scenario;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The METRICS_TOKEN of the harness's facade: GET /metrics with `metricsHeaders`. */
export const HARNESS_METRICS_TOKEN = 'harness-metrics-token-0123456789';
export const metricsHeaders = { authorization: `Bearer ${HARNESS_METRICS_TOKEN}` };

/** `options`: the app's other options (the jobcentres' planners, say) and `tls: false` for TLS=off (plain HTTP,
 *  no client certificate: the one test of that mode); the harness sets the logger and the TLS material. */
export interface HarnessOptions extends Omit<AppOptions, 'logger' | 'tls'> {
  tls?: boolean;
}

export async function startHarness(db: Knex, businessDate: IsoDate, options: HarnessOptions = {}): Promise<Harness> {
  const clock = new FixedClock(businessDate);
  const lines: string[] = [];
  const tls = options.tls ?? true;
  if (tls) await registerTestClient(db);
  // its own, so that a test asking which staging files were left sees only its server's
  const stagingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-test-uploads-'));
  const app = createApp(db, clock, {
    metricsToken: HARNESS_METRICS_TOKEN,
    uploadStagingDir: stagingDir,
    validator: contractValidator(),
    ...options,
    logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    tls: tls ? serverTls() : null,
  });
  const url = await app.listen(0);
  return {
    url,
    db,
    clock,
    app,
    client: (service, caller) => soapClient(url, service, caller),
    load: async (yamlScenario) => loadScenario(db, parsed(yamlScenario)),
    stagingDir,
    logLines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    close: async () => {
      await app.close();
      fs.rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}

export interface WireFault {
  status: number;
  code: string;
  text: string;
  body: string;
}

/** Awaits a call that must fail with a DFDG fault; returns its HTTP status, faultcode and faultstring. */
export async function fault(call: Promise<unknown>): Promise<WireFault> {
  try {
    await call;
  } catch (err) {
    const e = err as {
      response?: { status?: number; statusCode?: number };
      body?: string;
      root?: { Envelope?: { Body?: { Fault?: { faultcode?: unknown; faultstring?: unknown } } } };
    };
    const f = e.root?.Envelope?.Body?.Fault;
    assert.ok(f, `expected a SOAP fault, got ${String(err)}`);
    const text =
      typeof f.faultstring === 'object' && f.faultstring !== null
        ? String((f.faultstring as { $value?: string }).$value)
        : String(f.faultstring);
    return {
      status: e.response?.status ?? e.response?.statusCode ?? 0,
      code: String(f.faultcode),
      text,
      body: e.body ?? '',
    };
  }
  assert.fail('expected a fault, the call succeeded');
}

/**
 * Proves a refusal: counts every table, then starts the call (a thunk, so it cannot begin before the
 * count), expects DFDG fault `code` over HTTP 500 and the same counts afterwards.
 */
export async function refusedWithoutWrites(db: Knex, call: () => Promise<unknown>, code: string): Promise<WireFault> {
  const before = await rowCounts(db);
  const f = await fault(call());
  assert.equal(f.status, 500);
  assert.equal(f.code, code);
  assert.deepEqual(await rowCounts(db), before, 'a refused request writes nothing');
  return f;
}

/** Posts a raw envelope (for header and malformed-message faults a typed client cannot produce); the
 *  response must validate against xsd/ like every other. */
export async function postRaw(
  url: string,
  endpointPath: string,
  envelopeXml: string,
): Promise<{ status: number; body: string }> {
  const res = await facadeFetch(url + endpointPath, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: envelopeXml,
  });
  const body = await res.text();
  assertValidResponse(body, `POST ${endpointPath}`);
  return { status: res.status, body };
}

/** Counts of every table a request may write, to prove a fault wrote nothing: one statement of subqueries
 *  (a round trip per table made refusals the suite's commonest queries). */
export async function rowCounts(db: Knex): Promise<Record<string, number>> {
  const tables = [
    ...[
      'person',
      'contact_group',
      'akasse_membership',
      'benefits_account',
      'enrollment',
      'absence',
      'outbox_message',
      'outbox_payload',
      'wsrm_sequence',
      'audit_event',
      'citizen_message',
      'citizen_message_document',
      'nuph',
      'nuph_answer',
    ],
    ...CONTACT_PROCESS_TABLES,
    ...JOB_ORDER_TABLES,
    ...PERSON_CONTACT_TABLES,
    ...SANCTION_TABLES,
    ...PLAN_TABLES,
    ...ACTIVITY_TABLES,
    ...TIDLIG_PENSION_TABLES,
    ...NUPH_DIALOG_TABLES,
    ...FEED_TABLES,
    ...SUPPLEMENT_TABLES,
  ];
  const [row] = (await db.select(Object.fromEntries(tables.map((t) => [t, db(t).count('*')])))) as Record<
    string,
    number | string
  >[];
  return Object.fromEntries(tables.map((t) => [t, Number(row![t])]));
}
