// Issue 12 Deliver 7: the audit trail — every SOAP read of a citizen's data and every SOAP write is an
// audit_event row {time, certificate, organisation, user, operation, CPR}, made by the pipeline from the access
// declarations (not per handler): a write's row in its transaction (a refused write leaves none), a read's row
// before its answer; `npm run cli -- audit --cpr … | --org …` lists them; `audit-retention` prunes them.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Knex } from 'knex';
import { runCli } from '../../src/cli/run.ts';
import { readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import { allowPrivateSubscriptionAddresses } from '../../src/domain/subscriptionEndpoint.ts';
import { auditEvents, type AuditEvent } from '../../src/store/auditRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { databaseEnvOf } from '../support/processes.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { testCertificates } from '../support/tls.ts';
import { outboxFor } from './outboxRows.ts';
import { baseScenario, CPR } from './scenario.ts';

const USER = 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301';

const absence = (type: number) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: type,
    StartDate: '2024-03-01T00:00:00',
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
  },
});

/** The RID of the function certificate every harness call presents (mTLS). */
const HARNESS_CERTIFICATE = readFunctionCertificate(testCertificates().client.cert).rid;

const shown = (e: AuditEvent) => [
  e.kind,
  e.cpr,
  `${e.organisationType}:${e.organisationCode}`,
  e.userIdentifier,
  e.operation,
  e.dataArea,
  e.certificate,
];

/** `npm run cli -- <args>` in-process on `db`: its exit code and what it printed. */
async function cli(t: TestContext, db: Knex, args: string[], extraEnv: Record<string, string> = {}) {
  let out = '';
  const saved = { ...process.env };
  Object.assign(process.env, { LOG_LEVEL: 'silent', ...databaseEnvOf(db), ...extraEnv });
  t.mock.method(console, 'log', (s: string) => void (out += s + '\n'));
  t.mock.method(console, 'error', (s: string) => void (out += s + '\n'));
  try {
    return { code: await runCli(args), out };
  } finally {
    t.mock.restoreAll();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

eachDatabase('audit trail (issue 12 Deliver 7)', '2024-02-15', baseScenario, (h) => {
  const newest = async () => (await auditEvents(h().db, { limit: 1 }))[0];

  test('a write about a citizen records time, organisation, user, operation and CPR in its transaction; a refused one records nothing', async () => {
    await h().db('audit_event').del();
    const c = await h().client('AbsenceRegistrationService', jobcenter());
    await c.CreateAbsenceAsync(absence(10));
    const e = await newest();
    assert.deepEqual(shown(e!), [
      'write',
      CPR.member,
      '8:10100',
      USER,
      'CreateAbsence',
      'AbsenceRegistrationService',
      HARNESS_CERTIFICATE,
    ]);
    assert.match(e!.occurredAt, /^2024-02-15T\d\d:\d\d:\d\d/);
    assert.match(e!.requestId ?? '', /^[0-9a-f-]{36}$/);
    // refused: nothing written, the audit row included (refusedWithoutWrites counts audit_event)
    await refusedWithoutWrites(
      h().db,
      () =>
        c.CreateAbsenceAsync({ Absence: { ...absence(10).Absence, PersonCivilRegistrationIdentifier: CPR.unknown } }),
      '1010',
    );
  });

  test("a read of a citizen's data is recorded before it is answered; a read about no citizen, or refused, is not", async () => {
    await h().db('audit_event').del();
    const exempts = await h().client('PersonVisitationStatusService', jobcenter());
    await exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.sick });
    assert.deepEqual(shown((await newest())!), [
      'read',
      CPR.sick,
      '8:10100',
      USER,
      'GetPersonExempts',
      'PersonVisitationStatusService',
      HARNESS_CERTIFICATE,
    ]);
    await fault(exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.unknown }));
    // reads at the same moment share one INSERT: each still has its own row when it is answered
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const requestsBefore = new Set((await auditEvents(h().db, { limit: 1000 })).map((e) => e.id));
        await exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member });
        const after = await auditEvents(h().db, { cpr: CPR.member, limit: 1000 });
        assert.ok(
          after.some((e) => !requestsBefore.has(e.id)),
          'its row is committed before the answer',
        );
      }),
    );
    assert.equal((await auditEvents(h().db, { cpr: CPR.member, kind: 'read' })).length, 12);
    await h().db('audit_event').where({ cpr: CPR.member }).del();
    const subscriptions = await h().client('SubscriptionService', jobcenter());
    await subscriptions.GetSubscriptionsAsync({});
    assert.equal((await auditEvents(h().db)).length, 1);
  });

  test('a WSRM pull reads citizens: every citizen whose items are fetched is recorded as read by the receiver', async () => {
    await h().db('outbox_message').del();
    const c = await h().client('AbsenceRegistrationService', jobcenter());
    await c.CreateAbsenceAsync(absence(10));
    const pulled = (await outboxFor(h().db, CPR.member)).find((r) => r.message_type === 'GetAbsenceVersion7');
    assert.ok(pulled, 'the absence is on a WSRM queue');
    const receiver = { organisationType: pulled.receiver_org_type, organisationCode: pulled.receiver_org_code };
    const caller = receiver;
    await h().db('audit_event').del();
    const [seq] = await (await h().client('WsrmService', caller)).CreateSequenceAsync({});
    const [items] = await (
      await h().client('WsrmMessageService', caller)
    ).GetAbsenceVersion7Async({ Identifier: seq.Identifier });
    assert.ok([items.GetAbsenceType].flat().length >= 1);
    const reads = await auditEvents(h().db, { cpr: CPR.member, kind: 'read' });
    assert.deepEqual(
      reads.map((e) => [e.operation, `${e.organisationType}:${e.organisationCode}`]),
      [['GetAbsenceVersion7', `${receiver.organisationType}:${receiver.organisationCode}`]],
    );
  });

  test('a write about no citizen is recorded without a CPR', async () => {
    await h().db('audit_event').del();
    allowPrivateSubscriptionAddresses(true); // the endpoint's host need not resolve here
    try {
      const c = await h().client('SubscriptionService', akasse('81'));
      await c.SetSubscriptionsAsync({
        Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: 'https://fag.example.dk/wsb' }] },
      });
    } finally {
      allowPrivateSubscriptionAddresses(false);
    }
    assert.deepEqual(shown((await newest())!), [
      'write',
      null,
      '2:81',
      USER,
      'SetSubscriptions',
      'SubscriptionService',
      HARNESS_CERTIFICATE,
    ]);
  });

  test('audit --cpr and --org list the trail newest first; audit-retention deletes what is older than AUDIT_RETENTION_DAYS', async (t) => {
    await h().db('audit_event').del();
    await (await h().client('AbsenceRegistrationService', jobcenter())).CreateAbsenceAsync(absence(10));
    await (
      await h().client('PersonVisitationStatusService', akasse('81'))
    ).GetPersonExemptsAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
    });
    await (
      await h().client('PersonVisitationStatusService', jobcenter())
    ).GetPersonExemptsAsync({
      PersonCivilRegistrationIdentifier: CPR.sick,
    });
    const rows = (out: string) =>
      out
        .trim()
        .split('\n')
        .slice(1)
        .map((r) => r.split(/ {2,}/).slice(1, 4).concat(r.split(/ {2,}/)[6]!));
    const byCpr = await cli(t, h().db, ['audit', '--cpr', CPR.member]);
    assert.equal(byCpr.code, 0);
    assert.deepEqual(rows(byCpr.out), [
      ['read', CPR.member, '2:81', 'GetPersonExempts'],
      ['write', CPR.member, '8:10100', 'CreateAbsence'],
    ]);
    const byOrg = await cli(t, h().db, ['audit', '--org', '8:10100']);
    assert.deepEqual(rows(byOrg.out), [
      ['read', CPR.sick, '8:10100', 'GetPersonExempts'],
      ['write', CPR.member, '8:10100', 'CreateAbsence'],
    ]);
    assert.equal((await cli(t, h().db, ['audit', '--org', '10100'])).code, 2, 'TYPE:CODE');
    // one row half a year old: gone after a retention of 180 days, the others stay
    const [old] = await auditEvents(h().db, { limit: 1 });
    await h().db('audit_event').where({ id: old!.id }).update({ occurred_at: '2023-01-01T10:00:00+01:00' });
    const pruned = await cli(t, h().db, ['audit-retention'], {
      AUDIT_RETENTION_DAYS: '180',
      BUSINESS_DATE: '2024-02-15',
    });
    assert.match(pruned.out, /audit retention: 1 audit event\(s\) older than 180 days and \d+ message identifier\(s\)/);
    assert.equal((await auditEvents(h().db)).length, 2);
  });
});
