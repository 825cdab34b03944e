// What every interop test shares: the real app on a free port over a throwaway SQLite database with one citizen,
// as of a fixed business date, the served WSDLs, a client program run asynchronously (the server runs in the
// test's process and must keep answering meanwhile), and, for the stacks beside zeep, the three calls they all
// make and how they are judged: GetPersonExempts and CreateAbsence with both DFDG headers, and a 9-digit CPR that
// must come back as DFDG fault 1001 with its text.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
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

export const INTEROP_DIR = path.dirname(fileURLToPath(import.meta.url));
const WSDL_DIR = path.join(INTEROP_DIR, '..', '..', 'wsdl');
export const BUSINESS_DATE = '2025-03-03';
export const CPR = '1503851234';
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
  const app: App = createApp(db, new FixedClock(BUSINESS_DATE));
  const baseUrl = await app.listen(0);
  const listing = (await (await fetch(`${baseUrl}/services`)).json()) as ServedService[];
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

/** Runs a program to its end without blocking the event loop; never rejects (the exit code says how it went). */
export function run(file: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, timeout: options.timeout ?? 300_000, maxBuffer: 64 * 1024 * 1024 },
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
