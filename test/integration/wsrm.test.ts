// The legacy WSRM pull over HTTP with node-soap's client (notifications-wsrm-wsb.md §3): a registration
// puts GetAbsenceVersion7 on its receivers' queues; a receiver drains its own queue with
// CreateSequence → GetAbsenceVersion7 → TerminateSequence; CloseSequence gives the same messages again;
// a receiver cannot read or end another receiver's sequence; 500 messages per sequence at most.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { enqueue } from '../../src/outbox/outbox.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  akasse,
  fault,
  jobcenter,
  kommune,
  postRaw,
  refusedWithoutWrites,
  requestUserMetadataHeader,
  type Caller,
  type Harness,
} from '../support/soapHarness.ts';
import {
  createSequence as createSequenceOf,
  endSequence,
  fetchAbsences as fetchAbsencesOf,
  type ClientOf,
} from '../support/wsrmCalls.ts';
import { baseScenario, CPR } from './scenario.ts';

const as =
  (h: Harness, caller: Caller): ClientOf =>
  (service) =>
    h.client(service, caller);
const createSequence = (h: Harness, caller: Caller, subQueue?: string) => createSequenceOf(as(h, caller), subQueue);
const fetchAbsences = (h: Harness, caller: Caller, sequence: string) => fetchAbsencesOf(as(h, caller), sequence);

async function createAbsence(h: Harness, cpr: string): Promise<string> {
  const client: soap.Client = await h.client('AbsenceRegistrationService', jobcenter());
  const [res] = await client.CreateAbsenceAsync({
    Absence: {
      PersonCivilRegistrationIdentifier: cpr,
      AbsenceTypeIdentifier: 10,
      StartDate: '2024-03-01T00:00:00',
      EndDate: '2024-03-10T00:00:00',
      NotificationDate: '2024-02-20T00:00:00',
    },
  });
  return res.ServiceReceipt.MessageIdentifier;
}

const sequenceEnd = (h: Harness, caller: Caller, op: 'CloseSequence' | 'TerminateSequence', id: string) =>
  endSequence(as(h, caller), op, id);

eachDatabase('WSRM pull', '2024-02-15', baseScenario, (h) => {
  test('the jobcentre drains its queue: CreateSequence → GetAbsenceVersion7 → TerminateSequence, then nothing is left', async () => {
    const absenceId = await createAbsence(h(), CPR.member);
    const first = await createSequence(h(), jobcenter());
    assert.deepEqual(first.items, [
      { name: 'GetAbsenceVersion7', endpoint: `${h().url}/11/WsrmMessageService.svc`, count: 1 },
    ]);
    const items = await fetchAbsences(h(), jobcenter(), first.id);
    assert.deepEqual(
      items.map((i) => [i.absenceId, i.deleted]),
      [[absenceId, false]],
    );
    const [row] = await h().db('outbox_message').where({ id: items[0]!.messageId });
    assert.equal(row.receiver_org_type, 8, 'the item is the message queued for the jobcentre');
    await sequenceEnd(h(), jobcenter(), 'TerminateSequence', first.id);
    const again = await createSequence(h(), jobcenter());
    assert.deepEqual(again.items, []);
    assert.deepEqual(await fetchAbsences(h(), jobcenter(), again.id), []);
    const states = await h().db('outbox_message').select('receiver_org_type', 'state').orderBy('receiver_org_type');
    assert.deepEqual(
      states.map((s) => [Number(s.receiver_org_type), s.state]),
      [
        [2, 'pending'],
        [8, 'delivered'],
      ],
      "the a-kasse's copy is still queued",
    );
  });

  test('CloseSequence aborts: the same messages, in the same order, come again', async () => {
    await createAbsence(h(), CPR.member);
    await createAbsence(h(), CPR.member);
    const first = await createSequence(h(), akasse('81'));
    const before = await fetchAbsences(h(), akasse('81'), first.id);
    assert.equal(before.length, 2);
    await sequenceEnd(h(), akasse('81'), 'CloseSequence', first.id);
    assert.equal((await fault(fetchAbsences(h(), akasse('81'), first.id))).code, '4970', 'a closed sequence is gone');
    const second = await createSequence(h(), akasse('81'));
    assert.deepEqual(await fetchAbsences(h(), akasse('81'), second.id), before);
  });

  test('notifications §3.1: every CreateSequence body element may be sent as NULL except SubQueueIdentifier', async () => {
    const createSequenceWith = (elements: string) =>
      postRaw(
        h().url,
        '/3/WsrmService.svc',
        `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><s:Header>` +
          activeOrganisationHeader(jobcenter()) +
          requestUserMetadataHeader(jobcenter()) +
          `</s:Header><s:Body><r:CreateSequence xmlns:r="http://docs.oasis-open.org/ws-rx/wsrm/200602">${elements}</r:CreateSequence></s:Body></s:Envelope>`,
      );
    const nulls = '<r:AcksTo xsi:nil="true"/><r:Expires xsi:nil="true"/><r:Offer xsi:nil="true"/>';
    const accepted = await createSequenceWith(nulls);
    assert.equal(accepted.status, 200, accepted.body);
    assert.match(accepted.body, /<\w+:Identifier>[0-9a-f-]{36}</);
    const subQueue = await createSequenceWith(nulls + '<r:SubQueueIdentifier>Ydelsessystem</r:SubQueueIdentifier>');
    assert.equal(subQueue.status, 200, subQueue.body);
    const nilSubQueue = await createSequenceWith(nulls + '<r:SubQueueIdentifier xsi:nil="true"/>');
    assert.equal(nilSubQueue.status, 500);
    assert.match(nilSubQueue.body, /<faultcode>1014<\/faultcode>/);
  });

  test("a new CreateSequence while one is open starts over with the open one's messages", async () => {
    await createAbsence(h(), CPR.member);
    const lost = await createSequence(h(), jobcenter());
    const fresh = await createSequence(h(), jobcenter());
    assert.deepEqual(
      fresh.items.map((i) => i.count),
      [1],
    );
    assert.equal((await fault(fetchAbsences(h(), jobcenter(), lost.id))).code, '4970');
  });

  test("a receiver can neither read nor end another receiver's sequence (4970), and that writes nothing", async () => {
    await createAbsence(h(), CPR.member);
    const jc = await createSequence(h(), jobcenter());
    assert.equal((await fault(fetchAbsences(h(), akasse('81'), jc.id))).code, '4970');
    assert.equal((await fault(fetchAbsences(h(), jobcenter('20100'), jc.id))).code, '4970');
    await refusedWithoutWrites(h().db, () => sequenceEnd(h(), akasse('81'), 'TerminateSequence', jc.id), '4970');
    await refusedWithoutWrites(
      h().db,
      () => sequenceEnd(h(), jobcenter(), 'TerminateSequence', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'),
      '4970',
    );
    assert.equal((await fetchAbsences(h(), jobcenter(), jc.id)).length, 1, 'the owner still has it');
  });

  test("R-NOT-09: a deletion reaches the benefit system on the kommune's sub-queue Ydelsessystem only", async () => {
    const id = await createAbsence(h(), CPR.member);
    const client = await h().client('AbsenceRegistrationService', jobcenter());
    await client.DeleteAbsenceAsync({
      AbsenceIdentifier: id,
      PersonCivilRegistrationIdentifier: CPR.member,
      CorrectionComment: 'Fejlregistrering',
    });
    assert.deepEqual((await createSequence(h(), kommune('101'))).items, [], 'nothing on the main queue');
    const sub = await createSequence(h(), kommune('101'), 'Ydelsessystem');
    const items = await fetchAbsences(h(), kommune('101'), sub.id);
    assert.deepEqual(
      items.map((i) => [i.absenceId, i.deleted]),
      [[id, true]],
    );
  });

  test('at most 500 messages per sequence; the rest come in the next one, in queue order', async () => {
    const receiver = { organisationType: 8, organisationCode: '10100', subQueue: null };
    const payload = '<x/>'; // counted and moved only, never fetched
    await h().db.transaction((trx) =>
      enqueue(
        trx,
        Array.from({ length: 501 }, (_, i) => ({
          messageType: 'GetAbsenceVersion7',
          messageVersion: 7,
          receiver,
          citizenCpr: CPR.member,
          entityKey: `e${i}`,
          payload,
        })),
        '2024-02-15T10:00:00.000+01:00',
      ),
    );
    const first = await createSequence(h(), jobcenter());
    assert.deepEqual(
      first.items.map((i) => i.count),
      [500],
    );
    await sequenceEnd(h(), jobcenter(), 'TerminateSequence', first.id);
    const second = await createSequence(h(), jobcenter());
    assert.deepEqual(
      second.items.map((i) => i.count),
      [1],
    );
    const [last] = await h().db('outbox_message').where({ wsrm_sequence_id: second.id });
    assert.equal(last.entity_key, 'e500');
  });
});
