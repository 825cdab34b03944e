// `serve` with PROCESSES=2 (src/cli/serveProcesses.ts): a node:cluster primary and two workers on ONE port, each a
// whole facade on the shared database. Each request goes over a connection of its own, so node:cluster hands
// successive requests to the workers in turn; which worker answered is read from its request log line (`worker`).
// Checked: both workers answer on the one port, a write through either is read back through both, and stopping the
// primary stops its workers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { facadeProcess, killed, type FacadeProcess } from '../support/processes.ts';
import { activeOrganisationHeader, jobcenter, requestUserMetadataHeader } from '../support/soapHarness.ts';
import { clientAgent, facadeFetch, testCertificates } from '../support/tls.ts';
import { CPR, baseScenario } from './scenario.ts';

const BUSINESS_DATE = '2024-02-15';
const ENDPOINT = '/7/AbsenceRegistrationService.svc';
const ABS = 'http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/';
/** Enough fresh connections for round-robin over two workers to reach both; not a time limit. */
const TRIES = 12;

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">` +
  `<soapenv:Header>${activeOrganisationHeader(jobcenter())}${requestUserMetadataHeader(jobcenter())}</soapenv:Header>` +
  `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;

const createAbsence = (day: number, comment: string) =>
  envelope(
    `<abs:CreateAbsenceRequest xmlns:abs="${ABS}"><abs:Absence>` +
      `<abs:PersonCivilRegistrationIdentifier>${CPR.member}</abs:PersonCivilRegistrationIdentifier>` +
      `<abs:AbsenceTypeIdentifier>10</abs:AbsenceTypeIdentifier>` +
      `<abs:StartDate>2024-04-${String(day).padStart(2, '0')}T00:00:00+02:00</abs:StartDate>` +
      `<abs:EndDate>2024-04-${String(day).padStart(2, '0')}T23:59:59+02:00</abs:EndDate>` +
      `<abs:AbsenceComment>${comment}</abs:AbsenceComment>` +
      `<abs:NotificationDate>2024-02-15T09:10:00+01:00</abs:NotificationDate>` +
      `</abs:Absence></abs:CreateAbsenceRequest>`,
  );

const getAbsence = envelope(
  `<abs:GetAbsenceRequest xmlns:abs="${ABS}"><abs:PersonCivilRegistrationIdentifier>${CPR.member}</abs:PersonCivilRegistrationIdentifier></abs:GetAbsenceRequest>`,
);

const isGone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
};

eachDatabase('serve with PROCESSES=2: two workers on one port', BUSINESS_DATE, baseScenario, (h) => {
  let primary: FacadeProcess;
  let base = '';
  let pids: number[] = [];
  /** The request log lines of the workers, in the order they came. */
  const requests: { worker: number; operation: string }[] = [];
  before(async () => {
    primary = facadeProcess(h().db, 'serve', 'processes:listening', {
      PORT: '0',
      PROCESSES: '2',
      BUSINESS_DATE,
      PUSH_DISPATCHER: 'off',
    });
    let partial = '';
    primary.child.stderr!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines)
        if (line.includes('"event":"request"')) {
          const { worker, operation } = JSON.parse(line) as { worker: number; operation: string };
          requests.push({ worker, operation });
        }
    });
    const listening = await primary.started;
    base = `https://127.0.0.1:${String(listening.port)}`;
    pids = listening.pids as number[];
  });
  after(async () => {
    await killed(primary.child);
  });

  /** POSTs over a connection of its own; the answer's body and the worker that logged it. */
  async function post(body: string): Promise<{ status: number; text: string; worker: number }> {
    const agent = clientAgent(testCertificates().client);
    const logged = requests.length;
    try {
      const res = await facadeFetch(base + ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8' },
        body,
        agent,
      });
      const text = await res.text();
      // The worker writes its log line before it answers; the pipe may deliver it a little later.
      while (requests.length === logged) await new Promise((r) => setTimeout(r, 20));
      return { status: res.status, text, worker: requests[logged]!.worker };
    } finally {
      agent.destroy();
    }
  }

  test('both workers answer on the one port; a write through either is read back through both', async () => {
    assert.equal(pids.length, 2, 'two workers');
    const writtenBy = new Map<number, string>();
    for (let i = 1; i <= TRIES && writtenBy.size < 2; i++) {
      const comment = `written ${i}`;
      const { status, text, worker } = await post(createAbsence(i, comment));
      assert.equal(status, 200, text);
      if (!writtenBy.has(worker)) writtenBy.set(worker, comment);
    }
    assert.deepEqual([...writtenBy.keys()].sort(), [1, 2], 'a write was answered by each worker');

    const readBy = new Set<number>();
    for (let i = 0; i < TRIES && readBy.size < 2; i++) {
      const { status, text, worker } = await post(getAbsence);
      assert.equal(status, 200, text);
      for (const [writer, comment] of writtenBy)
        assert.ok(text.includes(`>${comment}<`), `worker ${worker} reads the absence worker ${writer} wrote`);
      readBy.add(worker);
    }
    assert.deepEqual([...readBy].sort(), [1, 2], 'each worker answered a read');
  });

  test('stopping the primary stops its workers', async () => {
    const exited = new Promise<number | null>((r) => primary.child.once('exit', (code) => r(code)));
    primary.child.kill('SIGTERM');
    assert.equal(await exited, 0, 'the primary stops cleanly');
    for (const pid of pids) assert.ok(isGone(pid), `worker ${pid} has stopped`);
    await assert.rejects(
      facadeFetch(base + '/health', { agent: clientAgent(testCertificates().client) }),
      'nothing answers on the port',
    );
  });
});
