// The caller's identity is its function certificate (conventions.md §2), over SOAP with a real client: no
// certificate → 1101, one the CA never issued, an unregistered or a revoked one → 1012, one not ordered for the
// service → 1013, a data processor that may not act for ActiveOrganisationHeader's organisation type → 4413 and
// code → 4575, a RequestOrganisationStructure that does not agree with ActiveOrganisationHeader → 4413; each with
// the documented text and nothing written. The whitelist is managed by `npm run cli -- cert add|revoke|list`;
// TLS=off serves plain HTTP without identity.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import { readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import { runCli } from '../../src/cli/run.ts';
import { faults } from '../../src/faults/catalogue.ts';
import { registerCertificate, revokeCertificate } from '../../src/store/clientCertificateRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { databaseEnvOf, FACADE_MAIN } from '../support/processes.ts';
import {
  akasse,
  jobcenter,
  kommune,
  refusedWithoutWrites,
  soapClient,
  startHarness,
  type Caller,
} from '../support/soapHarness.ts';
import { clientAgent, facadeFetch, OCES2_CVR, testCertificates } from '../support/tls.ts';
import { baseScenario, CPR } from './scenario.ts';

const BUSINESS_DATE = '2024-02-15';
const NOW = '2024-02-15T10:00:00+01:00';
const certs = testCertificates();
const oces2 = readFunctionCertificate(certs.oces2.cert);
// One agent per identity for the whole file: kept-alive connections, as a real client keeps them.
const agents = { none: clientAgent(null), stranger: clientAgent(certs.stranger), oces2: clientAgent(certs.oces2) };
after(() => Object.values(agents).forEach((a) => a.destroy()));

const absence = {
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: 10,
    StartDate: '2024-03-01T00:00:00',
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
  },
};

/** The second data processor (OCES2) registered for `services` and `organisations` ('T:CODE'). */
async function registerOces2(db: Knex, services: string[] | '*', organisations: string[]): Promise<void> {
  await registerCertificate(db, oces2, {
    services,
    organisations: organisations.map((o) => {
      const [type, code] = o.split(':');
      return { organisationType: Number(type), organisationCode: code! };
    }),
    now: NOW,
  });
}

async function forgetOces2(db: Knex): Promise<void> {
  await db('client_certificate').where({ processor_cvr: OCES2_CVR }).del();
  await db('data_processor_organisation').where({ processor_cvr: OCES2_CVR }).del();
}

const cli = promisify(execFile);

eachDatabase('client certificates (mTLS)', BUSINESS_DATE, baseScenario, (h) => {
  beforeEach(() => forgetOces2(h().db));

  const absences = (caller: Caller, agent = agents.oces2) =>
    soapClient(h().url, 'AbsenceRegistrationService', caller, agent);
  const createAbsence = async (caller: Caller, agent = agents.oces2) =>
    (await absences(caller, agent)).CreateAbsenceAsync(absence);

  /** The call is refused with `code` and its documented text, and nothing is written. */
  async function refused(call: () => Promise<unknown>, code: number): Promise<void> {
    const f = await refusedWithoutWrites(h().db, call, String(code));
    assert.equal(f.text, Object.values(faults).find((d) => d.code === code)!.text);
    assert.doesNotMatch(f.body, /at .*\.ts:\d+/, 'no stack trace on the wire');
  }

  test('1101: a SOAP call without a client certificate is refused with "Client certificate missing from request"', async () => {
    await refused(() => createAbsence(jobcenter(), agents.none), 1101);
    const exempts = await soapClient(h().url, 'PersonVisitationStatusService', jobcenter(), agents.none);
    await refused(() => exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member }), 1101);
  });

  test('the WSDLs, schemas and service list are served over TLS without a client certificate (D-136)', async () => {
    const list = await facadeFetch(h().url + '/services', { agent: agents.none });
    assert.equal(list.status, 200);
    const wsdl = await facadeFetch(`${h().url}/7/AbsenceRegistrationService.svc?wsdl`, { agent: agents.none });
    assert.equal(wsdl.status, 200);
    assert.match(
      await wsdl.text(),
      /soap:address location="https:\/\/127\.0\.0\.1:\d+\/7\/AbsenceRegistrationService\.svc"/,
    );
  });

  test('1012: a certificate the CA did not issue, an unregistered one and a revoked one are refused with "Logon failed"', async () => {
    await registerOces2(h().db, '*', ['8:10100']);
    await refused(() => createAbsence(jobcenter(), agents.stranger), 1012);
    await forgetOces2(h().db);
    await refused(() => createAbsence(jobcenter()), 1012);
    await registerOces2(h().db, '*', ['8:10100']);
    const client = await absences(jobcenter());
    await client.CreateAbsenceAsync(absence); // registered: accepted
    assert.equal(await revokeCertificate(h().db, oces2.rid, NOW), 1);
    // the same kept-alive connection: revocation holds from the next request
    await refused(() => client.CreateAbsenceAsync(absence), 1012);
  });

  test('1013: a certificate not registered for the service is refused with "User has insufficient permissions to access this webservice"', async () => {
    await registerOces2(h().db, ['PersonVisitationStatusService'], ['8:10100']);
    await refused(() => createAbsence(jobcenter()), 1013);
    const exempts = await soapClient(h().url, 'PersonVisitationStatusService', jobcenter(), agents.oces2);
    const [answer] = await exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(answer.PersonExemptDate, BUSINESS_DATE);
  });

  test('4413: a data processor with no organisation of the header\'s organisation type is refused with "The authoritytype of the requestheader is invalid"', async () => {
    await registerOces2(h().db, '*', ['8:10100']);
    await refused(() => createAbsence(akasse('81')), 4413);
    await refused(() => createAbsence(kommune('101')), 4413);
  });

  test('4575: a data processor that may act for other organisations of the type is refused with "You are not authorized to execute the operation"', async () => {
    await registerOces2(h().db, '*', ['8:10100', '2:99']);
    await refused(() => createAbsence(jobcenter('20100')), 4575);
    await refused(() => createAbsence(akasse('81')), 4575);
    const [receipt] = await createAbsence(jobcenter('10100'));
    assert.ok(receipt.ServiceReceipt.MessageIdentifier);
  });

  test('RequestOrganisationStructure must agree with ActiveOrganisationHeader (4413, D-138): the same organisation, or for a jobcentre its municipality or an other actor', async () => {
    const harness = (caller: Caller) => soapClient(h().url, 'AbsenceRegistrationService', caller);
    const jobcentreAsAkasse = {
      ...jobcenter('10100'),
      userOrganisation: { organisationType: 2, organisationCode: '81' },
    };
    await refused(async () => (await harness(jobcentreAsAkasse)).CreateAbsenceAsync(absence), 4413);
    const otherJobcentre = {
      ...jobcenter('10100'),
      userOrganisation: { organisationType: 8, organisationCode: '20100' },
    };
    await refused(async () => (await harness(otherJobcentre)).CreateAbsenceAsync(absence), 4413);
    const otherMunicipality = {
      ...jobcenter('10100'),
      userOrganisation: { organisationType: 7, organisationCode: '201' },
    };
    await refused(async () => (await harness(otherMunicipality)).CreateAbsenceAsync(absence), 4413);
    for (const userOrganisation of [
      { organisationType: 7, organisationCode: '101' },
      { organisationType: 4, organisationCode: '29876543' },
    ]) {
      const [receipt] = await (await harness({ ...jobcenter('10100'), userOrganisation })).CreateAbsenceAsync(absence);
      assert.ok(receipt.ServiceReceipt.MessageIdentifier, JSON.stringify(userOrganisation));
    }
  });

  test('cert add | list | revoke manage the whitelist from the command line (OCES2 subject: CVR + FID)', async () => {
    const env = { ...process.env, LOG_LEVEL: 'silent', BUSINESS_DATE, ...databaseEnvOf(h().db) };
    const run = (...args: string[]) => cli(process.execPath, [...FACADE_MAIN, ...args], { env });
    const added = await run(
      'cert',
      'add',
      certs.oces2.certFile,
      '--services',
      'AbsenceRegistrationService',
      '--organisations',
      '8:10100,2:*',
    );
    assert.match(added.stdout, /CVR:87654321-FID:1234567890 \(OCES2, fingerprint [0-9A-F:]{95}\) registered/);
    const [receipt] = await createAbsence(akasse('81'));
    assert.ok(receipt.ServiceReceipt.MessageIdentifier, 'any a-kasse (2:*), the registered service');
    assert.match((await run('cert', 'revoke', 'CVR:87654321-FID:1234567890')).stdout, /1 certificate\(s\) revoked/);
    const listed = (await run('cert', 'list')).stdout;
    assert.match(
      listed,
      /CVR:87654321-FID:1234567890\s+87654321\s+AbsenceRegistrationService\s+2:\*,8:10100\s+\S+\s+2024-02-15T/,
      'services, organisations, revoked at',
    );
    await refused(() => createAbsence(akasse('81')), 1012);
  });

  test('cert add refuses a certificate that is not a function certificate, before the database is opened', async (t) => {
    let err = '';
    t.mock.method(console, 'error', (s: string) => void (err += s));
    const code = await runCli(['cert', 'add', certs.caFile, '--services', '*']);
    t.mock.restoreAll();
    assert.equal(code, 2);
    assert.match(err, /not an OCES3 or OCES2 function certificate/);
  });

  test('TLS=off: plain HTTP, no certificate asked for, the headers still checked against each other', async () => {
    const plain = await startHarness(h().db, BUSINESS_DATE, { tls: false });
    try {
      assert.match(plain.url, /^http:\/\//);
      const client = await plain.client('AbsenceRegistrationService', jobcenter());
      const [receipt] = await client.CreateAbsenceAsync(absence);
      assert.ok(receipt.ServiceReceipt.MessageIdentifier);
      const mixed = await plain.client('AbsenceRegistrationService', {
        ...jobcenter(),
        userOrganisation: { organisationType: 2, organisationCode: '81' },
      });
      await refused(() => mixed.CreateAbsenceAsync(absence), 4413);
    } finally {
      await plain.close();
    }
  });
});
