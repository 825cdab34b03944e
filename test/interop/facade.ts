// What every interop test shares: the real app on a free port over mTLS (the run's certificates,
// test/support/tls.ts) with a throwaway SQLite database with one citizen, as of a fixed business date, the served
// WSDLs, a client program run asynchronously (the server runs in the test's process and must keep answering
// meanwhile) with the CA and the client's function certificate named in its environment (clientTlsEnv), and, for the stacks beside zeep, the three calls they all
// make and how they are judged: GetPersonExempts and CreateAbsence with both DFDG headers, and a 9-digit CPR that
// must come back as DFDG fault 1001 with its text.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { createApp, type App } from '../../src/facade.ts';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { FixedClock } from '../../src/clock.ts';
import { setLogLevel } from '../../src/log.ts';
import { closeDatabase, openDatabase } from '../../src/store/database.ts';
import { facadeFetch, registerTestClient, serverTls, testCertificates } from '../support/tls.ts';
import { contractValidator } from '../support/wireValidation.ts';

export const INTEROP_DIR = path.dirname(fileURLToPath(import.meta.url));
const WSDL_DIR = path.join(INTEROP_DIR, '..', '..', 'wsdl');
export const BUSINESS_DATE = '2025-03-03';
export const CPR = '1503851234';
/** The plan step's citizen (zeep): in the a-kasse period, absence 75 open in contact group 1. */
export const PLAN_CPR = '1603851235';
export const START = '2025-03-10';
export const END = '2025-03-21';

const scenario = `
jobOrderReadyAkasser: ["81"]
persons:
  - cpr: "${CPR}"
    birthDate: 1985-03-15
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2024-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-06-01, endDate: null, endReason: null }]
  - cpr: "${PLAN_CPR}"
    birthDate: 1985-03-16
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2025-01-06, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2025-01-06, endDate: null, endReason: null }]
    absences: [{ absenceType: 75, startDate: 2025-01-06, createdByDfdg: true }]
`;

export interface ServedService {
  name: string;
  version: string;
  endpoint: string;
  wsdl: string;
}

export interface InteropFacade {
  baseUrl: string;
  db: Knex;
  /** A fresh directory for generated code and the stack's build, removed by close(). */
  tmp: string;
  /** GET /services, by WSDL name. */
  services: Map<string, ServedService>;
  close(): Promise<void>;
}

export async function startFacade(prefix: string): Promise<InteropFacade> {
  setLogLevel('silent');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-interop-`));
  const db = await openDatabase({ client: 'better-sqlite3', connection: path.join(tmp, 'interop.sqlite') });
  await loadScenario(db, parseScenario(scenario));
  await registerTestClient(db);
  const app: App = createApp(db, new FixedClock(BUSINESS_DATE), {
    tls: serverTls(),
    validator: contractValidator(),
  });
  const baseUrl = await app.listen(0);
  const listing = (await (await facadeFetch(`${baseUrl}/services`)).json()) as ServedService[];
  return {
    baseUrl,
    db,
    tmp,
    services: new Map(listing.map((s) => [s.name, s])),
    async close() {
      await app.close();
      await closeDatabase(db);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Every WSDL under wsdl/, by name: what each stack must import. */
export function wsdlNames(): string[] {
  return fs
    .readdirSync(WSDL_DIR)
    .filter((f) => f.endsWith('.wsdl'))
    .map((f) => f.slice(0, -'.wsdl'.length))
    .sort();
}

/** The served WSDL URL of every WSDL under wsdl/; fails when the facade does not serve one of them. */
export function servedWsdls(facade: InteropFacade): { name: string; url: string }[] {
  return wsdlNames().map((name) => {
    const served = facade.services.get(name);
    assert.ok(served, `wsdl/${name}.wsdl is not served (GET /services)`);
    return { name, url: served.wsdl };
  });
}

/**
 * Copies the served WSDL at `url` and every schema it reaches (schemaLocation, resolved against the served URL)
 * into `dir` at their URL paths, so that the relative references still resolve, each text through `edit`;
 * returns the local WSDL. For a tool that imports files, not HTTPS with the facade's CA.
 */
export async function copyServed(url: string, dir: string, edit: (text: string) => string = (t) => t): Promise<string> {
  const local = (u: URL) => path.join(dir, u.pathname.endsWith('.svc') ? `${u.pathname}.wsdl` : u.pathname);
  const seen = new Set<string>();
  const copy = async (u: URL): Promise<void> => {
    if (seen.has(u.href)) return;
    seen.add(u.href);
    const text = await (await facadeFetch(u)).text();
    fs.mkdirSync(path.dirname(local(u)), { recursive: true });
    fs.writeFileSync(local(u), edit(text));
    for (const [, location] of text.matchAll(/schemaLocation="([^"]+)"/g)) await copy(new URL(location!, u));
  };
  await copy(new URL(url));
  return local(new URL(url));
}

export function endpoint(facade: InteropFacade, name: string): string {
  const served = facade.services.get(name);
  assert.ok(served, `${name} is not served`);
  return served.endpoint;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const PKCS12_PASSWORD = 'dfdg-test';
let javaStores: { keyStore: string; trustStore: string; keyAndCert: string } | null = null;

/** The client certificate as a PKCS#12 key store and the CA as a PKCS#12 trust store (Java and Mono read these,
 *  not PEM), and the client's key and certificate in one PEM file (gSOAP), made once per run beside the certificates (written under a temporary name, then renamed: interop
 *  files run in parallel). */
function pkcs12Stores(): { keyStore: string; trustStore: string; keyAndCert: string } {
  if (javaStores) return javaStores;
  const c = testCertificates();
  const keyStore = path.join(c.dir, 'client.p12');
  const trustStore = path.join(c.dir, 'ca-trust.p12');
  const temp = (file: string) => `${file}.${process.pid}`;
  if (!fs.existsSync(keyStore)) {
    // SHA-1/3DES: Mono's BoringSSL cannot read OpenSSL 3's default (AES, PBKDF2) PKCS#12; the JDK reads both
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
      '-in',
      c.client.certFile,
      '-inkey',
      c.client.keyFile,
      '-name',
      'client',
      '-passout',
      `pass:${PKCS12_PASSWORD}`,
      '-out',
      temp(keyStore),
    ]);
    fs.renameSync(temp(keyStore), keyStore);
  }
  const keyAndCert = path.join(c.dir, 'client-key-and-cert.pem');
  if (!fs.existsSync(keyAndCert)) {
    fs.writeFileSync(temp(keyAndCert), c.client.key + c.client.cert);
    fs.renameSync(temp(keyAndCert), keyAndCert);
  }
  if (!fs.existsSync(trustStore)) {
    execFileSync('keytool', [
      '-importcert',
      '-noprompt',
      '-alias',
      'dfdg-test-ca',
      '-file',
      c.caFile,
      '-storetype',
      'PKCS12',
      '-keystore',
      temp(trustStore),
      '-storepass',
      PKCS12_PASSWORD,
    ]);
    fs.renameSync(temp(trustStore), trustStore);
  }
  return (javaStores = { keyStore, trustStore, keyAndCert });
}

/**
 * What every client program is told of mTLS, in its environment: DFDG_TLS_CA, DFDG_TLS_CERT and DFDG_TLS_KEY (PEM
 * files: zeep, PHP; DFDG_TLS_KEY_AND_CERT for gSOAP), DFDG_TLS_P12 with DFDG_TLS_P12_PASSWORD (Mono), and JAVA_TOOL_OPTIONS with the JVM's key
 * and trust stores (wsimport and the JAX-WS client fetch and call over HTTPS with the JDK's own TLS).
 */
export function clientTlsEnv(): NodeJS.ProcessEnv {
  const c = testCertificates();
  const { keyStore, trustStore, keyAndCert } = pkcs12Stores();
  const jvm = [
    `-Djavax.net.ssl.keyStore=${keyStore}`,
    `-Djavax.net.ssl.keyStorePassword=${PKCS12_PASSWORD}`,
    '-Djavax.net.ssl.keyStoreType=PKCS12',
    `-Djavax.net.ssl.trustStore=${trustStore}`,
    `-Djavax.net.ssl.trustStorePassword=${PKCS12_PASSWORD}`,
    '-Djavax.net.ssl.trustStoreType=PKCS12',
  ];
  return {
    DFDG_TLS_CA: c.caFile,
    DFDG_TLS_CERT: c.client.certFile,
    DFDG_TLS_KEY: c.client.keyFile,
    DFDG_TLS_KEY_AND_CERT: keyAndCert,
    DFDG_TLS_P12: keyStore,
    DFDG_TLS_P12_PASSWORD: PKCS12_PASSWORD,
    JAVA_TOOL_OPTIONS: jvm.join(' '),
  };
}

/** Runs a program to its end without blocking the event loop; never rejects (the exit code says how it went). It
 *  gets the client's certificate in its environment (clientTlsEnv). */
export function run(file: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeout ?? 300_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, ...clientTlsEnv() },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Asserts a build step ran clean, with its output in the message when it did not. */
export function assertRan(step: string, r: Run): void {
  assert.equal(r.code, 0, `${step} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
}

interface Fault {
  code: string;
  text: string;
}
type Outcome<T> = T | { fault: Fault } | { error: string };

export interface CallResults {
  getPersonExempts: Outcome<{ date: string; exempts: number[] }>;
  createAbsence: Outcome<{ messageIdentifier: string }>;
  fault: Outcome<never>;
}

/** The one JSON line a client program prints last. */
export function callResults(r: Run): CallResults {
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as CallResults;
  } catch {
    assert.fail(`the client printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

function succeeded<T extends object>(what: string, outcome: Outcome<T>): T {
  assert.ok(!('fault' in outcome), `${what} faulted: ${JSON.stringify(outcome)}`);
  assert.ok(!('error' in outcome), `${what} failed: ${JSON.stringify(outcome)}`);
  return outcome as T;
}

/**
 * The three calls as subtests, so that a call a stack cannot make today for a known server defect is marked
 * `todo` alone (its reason in `todo`), while the others must pass.
 */
export async function checkCalls(
  t: TestContext,
  stack: string,
  facade: InteropFacade,
  results: CallResults,
  todo: Partial<Record<keyof CallResults, string>> = {},
): Promise<void> {
  t.diagnostic(JSON.stringify(results));
  await t.test('GetPersonExempts with both DFDG headers', { todo: todo.getPersonExempts }, () => {
    const exempts = succeeded('GetPersonExempts', results.getPersonExempts);
    assert.equal(exempts.date, BUSINESS_DATE);
    assert.deepEqual(exempts.exempts, []);
  });
  await t.test('CreateAbsence with both DFDG headers', { todo: todo.createAbsence }, async () => {
    const receipt = succeeded('CreateAbsence', results.createAbsence);
    assert.match(receipt.messageIdentifier, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const stored = await facade
      .db('absence')
      .where({ cpr: CPR, comment: `${stack} interop` })
      .select('absence_type', 'start_date', 'end_date', 'active');
    assert.deepEqual(
      stored.map((a: { absence_type: number; start_date: string; end_date: string; active: unknown }) => ({
        ...a,
        active: Boolean(a.active),
      })),
      [{ absence_type: 10, start_date: START, end_date: END, active: true }],
    );
  });
  await t.test('a 9-digit CPR comes back as DFDG fault 1001, read with its text', { todo: todo.fault }, () => {
    assert.ok('fault' in results.fault, `no fault: ${JSON.stringify(results.fault)}`);
    assert.equal(results.fault.fault.code, '1001');
    assert.equal(results.fault.fault.text, 'Invalid cpr');
  });
}

/**
 * One subtest per WSDL under wsdl/: `imported[name]` is 'ok' when the stack imported (and, where it compiles,
 * compiled) it, otherwise what went wrong. A WSDL a stack cannot take today for a known reason is `todo`.
 */
export async function checkImports(
  t: TestContext,
  imported: Record<string, string>,
  todo: Record<string, string> = {},
): Promise<void> {
  for (const name of wsdlNames()) {
    await t.test(`imports ${name}.wsdl`, { todo: todo[name] }, () => assert.equal(imported[name], 'ok'));
  }
}
