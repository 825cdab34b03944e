// Issue 12 defect 10 (D-148): a write carrying the message identifier (WS-Addressing MessageID, or x-requestId) of
// an accepted write of the same organisation within 24 hours returns that write's receipt and writes nothing
// again; another request under the identifier is 4977; two identical requests at once make one write — over SOAP,
// on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type soap from 'soap';
import { runAuditRetention } from '../../src/app/auditRetention.ts';
import { allowPrivateSubscriptionAddresses } from '../../src/domain/subscriptionEndpoint.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { fault, jobcenter, refusedWithoutWrites, rowCounts, type Caller } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const WSA = 'http://www.w3.org/2005/08/addressing';

const absence = (type: number, start = '2024-03-01') => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: type,
    StartDate: `${start}T00:00:00`,
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
  },
});

type Receipt = { ServiceReceipt: { MessageIdentifier: string; EventDate: string } };

// The subscriptions below name hosts that need not resolve here.
before(() => allowPrivateSubscriptionAddresses(true));
after(() => allowPrivateSubscriptionAddresses(false));

eachDatabase('idempotent writes (issue 12 defect 10)', '2024-02-15', baseScenario, (h) => {
  /** A client whose every call carries `messageId` as the WS-Addressing MessageID header. */
  async function clientWith(service: string, messageId: string, caller: Caller = jobcenter()): Promise<soap.Client> {
    const c = await h().client(service, caller);
    // marked mustUnderstand: the facade understands it
    c.addSoapHeader(
      `<wsa:MessageID xmlns:wsa="${WSA}" xmlns:s11="http://schemas.xmlsoap.org/soap/envelope/" s11:mustUnderstand="1">${messageId}</wsa:MessageID>`,
    );
    return c;
  }
  const absences = async () => Number((await h().db('absence').count({ n: '*' }))[0]!.n);

  test('the same MessageID and request again: the earlier receipt, nothing written again', async () => {
    const id = `urn:uuid:${randomUUID()}`;
    const c = await clientWith('AbsenceRegistrationService', id);
    const before = await absences();
    const [first] = (await c.CreateAbsenceAsync(absence(10))) as [Receipt];
    const counts = await rowCounts(h().db);
    const [again] = (await c.CreateAbsenceAsync(absence(10))) as [Receipt];
    assert.deepEqual(again.ServiceReceipt, first.ServiceReceipt);
    assert.deepEqual(
      await rowCounts(h().db),
      counts,
      'the repeat wrote nothing: no absence, no notification, no audit row',
    );
    assert.equal(await absences(), before + 1);
  });

  test('the x-requestId HTTP header works as the identifier too', async () => {
    const c = await h().client('AbsenceRegistrationService', jobcenter());
    const headers = { 'x-requestId': randomUUID() };
    const [first] = (await c.CreateAbsenceAsync(absence(10), {}, headers)) as [Receipt];
    const counts = await rowCounts(h().db);
    const [again] = (await c.CreateAbsenceAsync(absence(10), {}, headers)) as [Receipt];
    assert.deepEqual(again.ServiceReceipt, first.ServiceReceipt);
    assert.deepEqual(await rowCounts(h().db), counts);
    const tooLong = await refusedWithoutWrites(
      h().db,
      () => c.CreateAbsenceAsync(absence(10), {}, { 'x-requestId': 'x'.repeat(47) }),
      '1014',
    );
    assert.match(tooLong.body, /x-requestId must be 1–46 printable characters/);
  });

  test('another request under the same MessageID is 4977 and writes nothing; a refused write leaves the identifier free', async () => {
    const id = randomUUID();
    const c = await clientWith('AbsenceRegistrationService', id);
    // refused (an end before the start): nothing is claimed, so the identifier stays free for the corrected request
    await fault(c.CreateAbsenceAsync({ Absence: { ...absence(10).Absence, EndDate: '2024-02-01T00:00:00' } }));
    await c.CreateAbsenceAsync(absence(10));
    const other = await refusedWithoutWrites(h().db, () => c.CreateAbsenceAsync(absence(11, '2024-03-02')), '4977');
    assert.equal(other.text, 'Det angivne id findes allerede');
    assert.match(other.body, new RegExp(`MessageID ${id} was used for another request`));
  });

  test('the identifier is per organisation, and remembered for 24 hours (then pruned by audit-retention)', async () => {
    await h().db('idempotent_write').del();
    const id = randomUUID();
    const set = async (caller: Caller) =>
      (
        await (
          await clientWith('SubscriptionService', id, caller)
        ).SetSubscriptionsAsync({
          Subscriptions: { Subscription: [{ EntitetNavn: 'Indkaldelse', EndpointUrl: 'https://fag.example.dk/wsb' }] },
        })
      )[0] as Receipt;
    const a = await set(jobcenter('10100'));
    const b = await set(jobcenter('20100'));
    assert.notEqual(
      a.ServiceReceipt.MessageIdentifier,
      b.ServiceReceipt.MessageIdentifier,
      'two organisations, two writes',
    );
    assert.deepEqual((await set(jobcenter('10100'))).ServiceReceipt, a.ServiceReceipt);
    // 25 hours later the identifier is forgotten: the same request is a new write
    await h()
      .db('idempotent_write')
      .update({ accepted_at: Date.now() - 25 * 3600_000 });
    const later = await set(jobcenter('10100'));
    assert.notEqual(later.ServiceReceipt.MessageIdentifier, a.ServiceReceipt.MessageIdentifier);
    await h()
      .db('idempotent_write')
      .update({ accepted_at: Date.now() - 25 * 3600_000 });
    const pruned = await runAuditRetention(h().db, 180, h().clock);
    assert.equal(pruned.messageIdentifiers, 2);
    assert.equal(Number((await h().db('idempotent_write').count({ n: '*' }))[0]!.n), 0);
  });

  test('identical requests at once make one write and all get its receipt (about a citizen, and about none)', async () => {
    const id = randomUUID();
    const c = await clientWith('AbsenceRegistrationService', id);
    const before = await absences();
    const outbox = Number((await h().db('outbox_message').count({ n: '*' }))[0]!.n);
    const auditedWrites = async (operation: string) =>
      Number((await h().db('audit_event').where({ kind: 'write', operation }).count({ n: '*' }))[0]!.n);
    const answers = (await Promise.all(Array.from({ length: 6 }, () => c.CreateAbsenceAsync(absence(10))))).map(
      ([r]) => (r as Receipt).ServiceReceipt,
    );
    assert.equal(await absences(), before + 1, 'one absence');
    for (const a of answers) assert.deepEqual(a, answers[0]);
    assert.equal(await auditedWrites('CreateAbsence'), 1, 'one write recorded');
    const notified = Number((await h().db('outbox_message').count({ n: '*' }))[0]!.n) - outbox;
    assert.ok(notified > 0, 'the write notified');
    // the notifications of exactly one write: a repeat adds none
    await c.CreateAbsenceAsync(absence(10));
    assert.equal(Number((await h().db('outbox_message').count({ n: '*' }))[0]!.n) - outbox, notified);

    const sid = randomUUID();
    const s = await clientWith('SubscriptionService', sid);
    const request = {
      Subscriptions: { Subscription: [{ EntitetNavn: 'Frist', EndpointUrl: 'https://fag.example.dk/frist' }] },
    };
    const receipts = (await Promise.all(Array.from({ length: 6 }, () => s.SetSubscriptionsAsync(request)))).map(
      ([r]) => (r as Receipt).ServiceReceipt,
    );
    for (const r of receipts) assert.deepEqual(r, receipts[0]);
    assert.equal(await auditedWrites('SetSubscriptions'), 1, 'one write recorded');
  });
});
