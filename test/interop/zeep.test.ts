// Interop with an independent SOAP stack: python3-zeep builds its clients from the WSDLs the real app serves
// (GET /services → each `wsdl` URL, XSD imports fetched over HTTP), sends both DFDG headers built from the
// WSDL's header elements, creates and reads back an absence and reads a DFDG fault (test/interop/zeep_client.py).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { SERVICE_NAMES } from '../support/serviceList.ts';
import { BUSINESS_DATE, CPR, END, INTEROP_DIR, START, run, startFacade, type InteropFacade } from './facade.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(INTEROP_DIR, 'zeep_client.py');

interface ZeepResults {
  ok: boolean;
  error?: string;
  trace?: string;
  mismatches: string[];
  services: Record<string, { version: unknown; operations: string[] }>;
  getPersonExempts: { date: string | null; exempts: number[] };
  createAbsence: { messageIdentifier: string | null };
  getAbsence: {
    count: number;
    created: { id: string; type: number; start: string; end: string | null; active: boolean }[];
  };
  fault: { code: string; message: string } | null;
  wsrm: { inventory: [string, number][]; items: [string, boolean][]; left: [string, number][] };
  booking: {
    offered: string[];
    deadlineStatus: number | null;
    fulfilledBy: string | null;
    bookingId: string;
    selfBooked: boolean;
    start: string;
  };
  jobOrders: { shared: boolean; candidates: string[]; handedOverTo: string };
  plan: { published: string | null; goal: string | null; jobcentreRefused: string | null };
  nuph: {
    drainedByAkasse: string[];
    answerToJobcentre: [string, boolean][];
    sanctionGiven: boolean | null;
    answerFields: string[];
  };
}

let facade: InteropFacade;

before(async () => {
  const zeep = await run(PYTHON, ['-c', 'import zeep']);
  assert.equal(
    zeep.code,
    0,
    `python3-zeep is not importable by ${PYTHON}: install it (apt-get install python3-zeep; npm test does as root)`,
  );
  facade = await startFacade('zeep');
});

after(() => facade?.close());

test('python3-zeep: WSDLs, headers, CreateAbsence/GetAbsence round trip, a DFDG fault, draining a WSRM queue, self-booking against a deadline, and a job order created, shared, placed on and handed over', async (t) => {
  // Asynchronous on purpose: the server runs in this process and must keep answering while python runs.
  const r = await run(PYTHON, [SCRIPT, facade.baseUrl, CPR, '--start', START, '--end', END, '--today', BUSINESS_DATE], {
    timeout: 60_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  t.diagnostic(line);
  let results: ZeepResults;
  try {
    results = JSON.parse(line) as ZeepResults;
  } catch {
    assert.fail(`zeep_client.py printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  assert.equal(
    r.code,
    0,
    `zeep_client.py exited ${r.code}: ${results.error ?? ''}\n${JSON.stringify(results.mismatches ?? [])}\n${results.trace ?? ''}`,
  );
  assert.equal(results.ok, true);
  assert.deepEqual(Object.keys(results.services).sort(), [...SERVICE_NAMES]);
  assert.deepEqual(results.services.PersonVisitationStatusService!.operations, ['GetPersonExempts']);
  assert.equal(results.getPersonExempts.date, BUSINESS_DATE);
  assert.deepEqual(results.getPersonExempts.exempts, []);
  assert.match(
    results.createAbsence.messageIdentifier ?? '',
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  );
  assert.equal(results.getAbsence.created.length, 1);
  const created = results.getAbsence.created[0]!;
  assert.equal(created.type, 10);
  assert.equal(created.start.slice(0, 10), START);
  assert.equal(created.end?.slice(0, 10), END);
  assert.equal(created.active, true);
  assert.ok(results.fault, 'the 9-digit CPR call did not fault');
  assert.ok(['1001', '1014'].includes(String(results.fault.code)), `fault code ${results.fault.code}`);
  // zeep drained the jobcentre's WSRM queue: the created absence came, and nothing is left after TerminateSequence.
  assert.deepEqual(results.wsrm.items, [[results.createAbsence.messageIdentifier, false]]);
  assert.deepEqual(results.wsrm.inventory, [['GetAbsenceVersion7', 1]]);
  assert.deepEqual(results.wsrm.left, []);
  assert.equal(results.booking.deadlineStatus, 2, 'the self-booking deadline is fulfilled');
  assert.equal(results.booking.fulfilledBy, results.booking.bookingId);
  assert.equal(results.booking.selfBooked, true);
  assert.equal(results.booking.start.replace(' ', 'T').slice(0, 16), `${START}T10:00`);
  assert.deepEqual(results.jobOrders, { shared: true, candidates: [CPR], handedOverTo: '10100' });
  // Issue 14: the a-kasse publishes a job goal during absence 75; the jobcentre's job goal is refused (R-PLAN-02).
  assert.equal(results.plan.goal, 'Tømrer');
  assert.ok(results.plan.published);
  assert.equal(results.plan.jobcentreRefused, '5021');
  // Issue 15: jobcentre NUPH → the a-kasse drains it over WSRM → answers with a sanction → the jobcentre drains the
  // answer and reads the SanctionGiven flag, never a sanction (R-AK-12).
  assert.equal(results.nuph.drainedByAkasse.length, 1);
  assert.deepEqual(results.nuph.answerToJobcentre, [[results.nuph.drainedByAkasse[0], true]]);
  assert.equal(results.nuph.sanctionGiven, true);
  assert.ok(!results.nuph.answerFields.some((f) => /sanction/i.test(f) && f !== 'SanctionGiven'));
});
