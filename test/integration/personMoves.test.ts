// Moves between municipalities (CPR input) over PersonNotificationService and WSRM: R-NOT-05 (an open
// Integration Act contract → a fraflytning notice to the old jobcentre, a tilflytning notice to the new one,
// with or without a contact group; an ended contract → none), R-NOT-06 (the latest, closed contact group
// decides the type), R-NOT-03 (the rehabilitation process ends; GetRehabilitationProcessNotificationVersion1 goes to
// the old jobcentre only), fetch and acknowledge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCprMove } from '../../src/app/person/cprMove.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { rehabilitationProcessesOf } from '../../src/store/personMoveRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { fault, jobcenter, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';
import { list } from './contactProcessCalls.ts';

const P = { inl: '0101881301', endedContract: '0202881302', closedGroup: '0303881303', rehab: '0404881304' } as const;
const A = '10100'; // municipality 101
const B = '75100'; // municipality 751

const scenario = `
persons:
  - cpr: "${P.inl}"
    birthDate: 1988-01-01
    jobcenterCode: "${A}"
    integrationContracts: [{ category: selvforsoergedeUdlaendingeINL, startDate: 2021-06-01, endDate: 2023-01-01 }]
  - cpr: "${P.endedContract}"
    birthDate: 1988-02-02
    jobcenterCode: "${A}"
    integrationContracts: [{ category: selvforsoergedeUdlaendingeINL, startDate: 2021-06-01, endDate: 2022-03-01 }]
  - cpr: "${P.closedGroup}"
    birthDate: 1988-03-03
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 29, startDate: 2021-06-01, endDate: 2022-01-31 }]
    integrationContracts: [{ category: beskaeftigede, startDate: 2021-06-01, endDate: null }]
  - cpr: "${P.rehab}"
    birthDate: 1988-04-04
    jobcenterCode: "${A}"
    rehabilitationProcesses: [{ startDate: 2023-09-01, endDate: null }]
`;

eachDatabase('moves and PersonNotificationService', '2022-04-01', scenario, (h) => {
  const move = (cpr: string, date: string, jobcentre = B) =>
    applyCprMove(h().db, h().clock, { cpr, date, municipalityCode: jobcentre.slice(0, 3), jobcenterCode: jobcentre });
  // PersonNotification is 1..* (notifications §4.4): nothing pending is fault 4975, read here as none.
  const pending = async (caller: Caller) => {
    const client = await h().client('PersonNotificationService', caller);
    try {
      const [res] = await client.GetPersonNotificationAsync({});
      assert.ok(list<any>(res.PersonNotification).length >= 1, 'an answer carries at least one notification');
      return list<any>(res.PersonNotification);
    } catch (e) {
      const f = await fault(Promise.reject(e));
      assert.equal(f.code, '4975');
      return [];
    }
  };
  const notices = async (caller: Caller) =>
    (await pending(caller)).map((n) => ({
      id: n.PersonNotificationIdentifier,
      cpr: n.PersonCivilRegistrationIdentifier,
      type: Number(n.PersonNotificationTypeIdentifier),
    }));

  test('R-NOT-05: a self-supporting foreigner with an open INL contract and no contact group moves from A to B: A gets 68, B gets 67; acknowledged ones do not come again', async () => {
    assert.deepEqual(await move(P.inl, '2022-04-01'), {
      notifications: 2,
      rehabilitationEnded: 0,
      personCategory: 'unchanged',
    });
    const atA = await notices(jobcenter(A));
    const atB = await notices(jobcenter(B));
    assert.deepEqual(
      atA.map((n) => [n.cpr, n.type]),
      [[P.inl, 68]],
    );
    assert.deepEqual(
      atB.map((n) => [n.cpr, n.type]),
      [[P.inl, 67]],
    );
    assert.equal((await loadCitizenState(h().db, P.inl))!.person.jobcenterCode, B);
    const a = await h().client('PersonNotificationService', jobcenter(A));
    await a.AcknowledgePersonNotificationAsync({ PersonNotificationIdentifier: atA[0]!.id });
    assert.deepEqual(await notices(jobcenter(A)), []);
    assert.equal((await notices(jobcenter(B))).length, 1, 'B has not acknowledged');
    await refusedWithoutWrites(
      h().db,
      () => a.AcknowledgePersonNotificationAsync({ PersonNotificationIdentifier: atA[0]!.id }),
      '4974',
    );
    await refusedWithoutWrites(
      h().db,
      () => a.AcknowledgePersonNotificationAsync({ PersonNotificationIdentifier: atB[0]!.id }),
      '4974',
    );
  });

  test('R-NOT-05: a contract that ended before the move gives no notification', async () => {
    assert.deepEqual(await move(P.endedContract, '2022-04-01'), {
      notifications: 0,
      rehabilitationEnded: 0,
      personCategory: 'unchanged',
    });
    assert.deepEqual(await notices(jobcenter(A)), []);
    const none = await refusedWithoutWrites(
      h().db,
      async () => (await h().client('PersonNotificationService', jobcenter(A))).GetPersonNotificationAsync({}),
      '4975',
    );
    assert.equal(none.text, 'There are no person notifications to fetch');
  });

  test("R-NOT-06: with the contact group closed at the move, the latest contact group decides the type (29 → introduktionsforløb 70/69, not the contract's 72/71)", async () => {
    await move(P.closedGroup, '2022-04-01');
    assert.deepEqual(
      (await notices(jobcenter(A))).map((n) => n.type),
      [70],
    );
    assert.deepEqual(
      (await notices(jobcenter(B))).map((n) => n.type),
      [69],
    );
  });

  test('R-NOT-06: before release 2022-1 the rule is not in force: no move notifications at all (R-NOT-05 neither)', async () => {
    h().clock.set('2022-03-01');
    assert.deepEqual(await move(P.closedGroup, '2022-03-01'), {
      notifications: 0,
      rehabilitationEnded: 0,
      personCategory: 'unchanged',
    });
  });

  test('R-NOT-03: a move ends the rehabilitation process and only the jobcentre moved from gets GetRehabilitationProcessNotificationVersion1', async () => {
    h().clock.set('2024-02-01');
    assert.deepEqual(await move(P.rehab, '2024-02-01'), {
      notifications: 0,
      rehabilitationEnded: 1,
      personCategory: 'unchanged',
    });
    assert.deepEqual(
      (await rehabilitationProcessesOf(h().db, P.rehab)).map((p) => p.endDate),
      ['2024-01-31'],
    );
    const rows = await outboxFor(h().db, P.rehab);
    assert.deepEqual(receiverKeys(rows), [`GetRehabilitationProcessNotificationVersion1->8:${A}`]);
    const wsrm = await h().client('WsrmService', jobcenter(A));
    const [seq] = await wsrm.CreateSequenceAsync({});
    const [items] = await (
      await h().client('WsrmMessageService', jobcenter(A))
    ).GetRehabilitationProcessNotificationVersion1Async({ Identifier: seq.Identifier });
    const [item] = list<any>(items.GetRehabilitationProcessNotificationType);
    assert.equal(item.PersonCivilRegistrationIdentifier, P.rehab);
    assert.equal(item.RehabilitationProcessEndDate, '2024-01-31');
    assert.equal(item.MovedToMunicipalityCode, '751');
    // Before release 2023-4 the rule was not in force (the notification went to the new jobcentre, the bug).
    h().clock.set('2023-11-01');
    await h().load(scenario);
    assert.deepEqual(await move(P.rehab, '2023-11-01'), {
      notifications: 0,
      rehabilitationEnded: 0,
      personCategory: 'unchanged',
    });
  });

  test('an unknown CPR is refused', async () => {
    await assert.rejects(move('3112999999', '2022-04-01'), { message: 'Unknown cpr' });
    assert.equal(
      (
        await fault(
          (await h().client('PersonNotificationService', jobcenter(A))).AcknowledgePersonNotificationAsync({
            PersonNotificationIdentifier: '3f2504e0-4f89-41d3-9a0c-000000000000',
          }),
        )
      ).code,
      '4974',
    );
  });
});
