// Two notifications that had no producer: GetMembershipCancellationVersion1 to the giving a-kasse when a member
// moves to another a-kasse (D-154, with R-KF-07/R-KF-16 on absence 75), fetched over WsrmMessageService; and the
// webservice message Kontaktgruppe (100008) for every contact group opened or ended (D-155).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyMembershipTransfer } from '../../src/app/person/membershipTransfer.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { subscribeAll } from '../support/outbox.ts';
import { akasse, jobcenter } from '../support/soapHarness.ts';
import { list } from './contactProcessCalls.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const P = { member: '0101851401', sick2022: '0202851402', noMember: '0303851403' } as const;
const ABSENCE_75 = '6f1d2c3b-4a5e-4f60-8a7b-000000000075';
const INACTIVE_75 = '6f1d2c3b-4a5e-4f60-8a7b-000000000076';

const scenario = `
persons:
  - cpr: "${P.member}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-10, endDate: null, endReason: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
    absences: [{ id: "${ABSENCE_75}", absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]
  - cpr: "${P.sick2022}"
    birthDate: 1985-02-02
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 25, startDate: 2022-01-10, endDate: null }]
    absences: [{ id: "${INACTIVE_75}", absenceType: 75, startDate: 2022-01-10, active: false, createdByDfdg: true }]
  - cpr: "${P.noMember}"
    birthDate: 1985-03-03
    jobcenterCode: "10100"
`;

eachDatabase('GetMembershipCancellationVersion1 and Kontaktgruppe.WSB producers', '2024-03-04', scenario, (h) => {
  const transfer = (cpr: string, date: string, akasseCode = '99') =>
    applyMembershipTransfer(h().db, h().clock, { cpr, date, akasseCode });

  test('a member moving to a-kasse 99: the membership in 81 ends the day before and 81 fetches GetMembershipCancellationVersion1; R-KF-07 keeps absence 75', async () => {
    assert.deepEqual(await transfer(P.member, '2024-03-01'), {
      cancelledAkasse: '81',
      absence75Ended: false,
      candidaciesRemoved: 0,
    });
    const state = (await loadCitizenState(h().db, P.member))!;
    assert.deepEqual(
      state.memberships.map((m) => [m.akasseCode, m.startDate, m.endDate]),
      [
        ['81', '2015-01-01', '2024-02-29'],
        ['99', '2024-03-01', null],
      ],
    );
    assert.equal(state.absences.find((a) => a.id === ABSENCE_75)!.endDate, null, 'R-KF-07');
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.member)), ['GetMembershipCancellationVersion1->2:81']);

    const [seq] = await (await h().client('WsrmService', akasse('81'))).CreateSequenceAsync({});
    const [items] = await (
      await h().client('WsrmMessageService', akasse('81'))
    ).GetMembershipCancellationVersion1Async({ Identifier: seq.Identifier });
    const [item] = list<any>(items.MembershipCancellationRegistration);
    assert.equal(item.PersonCivilRegistrationIdentifier, P.member);
    assert.equal(item.MembershipEndDate, '2024-02-29');
    assert.ok(item.MessageIdentifier);
    assert.deepEqual(
      [
        item.RequestUserMetadata.RequestUserStructure.UserIdentifier,
        Number(item.RequestUserMetadata.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier),
        item.RequestUserMetadata.RequestOrganisationStructure.OrganisationCode,
      ],
      ['DFDG', 3, 'STAR'],
    );
    // The new a-kasse gets nothing of this type.
    const [seq99] = await (await h().client('WsrmService', akasse('99'))).CreateSequenceAsync({});
    const [none] = await (
      await h().client('WsrmMessageService', akasse('99'))
    ).GetMembershipCancellationVersion1Async({ Identifier: seq99.Identifier });
    assert.equal(list(none?.MembershipCancellationRegistration).length, 0);
  });

  test('R-KF-16: a transfer in June 2022 ends the inactive absence 75 of a citizen in contact group 25 (end reason 43)', async () => {
    h().clock.set('2022-06-01');
    assert.deepEqual(await transfer(P.sick2022, '2022-06-01'), {
      cancelledAkasse: '81',
      absence75Ended: true,
      candidaciesRemoved: 0,
    });
    const a75 = (await loadCitizenState(h().db, P.sick2022))!.absences.find((a) => a.id === INACTIVE_75)!;
    assert.deepEqual([a75.endDate, a75.endReason], ['2022-06-01', 43]);
    assert.ok(receiverKeys(await outboxFor(h().db, P.sick2022)).includes('GetMembershipCancellationVersion1->2:81'));
  });

  test('joining an a-kasse without a membership to leave, or the same a-kasse again, cancels nothing', async () => {
    assert.equal((await transfer(P.noMember, '2024-03-01')).cancelledAkasse, null);
    assert.equal((await transfer(P.member, '2024-03-01', '81')).cancelledAkasse, null);
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.noMember)), []);
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.member)), []);
    assert.deepEqual(
      (await loadCitizenState(h().db, P.noMember))!.memberships.map((m) => [m.akasseCode, m.startDate]),
      [['99', '2024-03-01']],
    );
  });

  test('Kontaktgruppe.WSB: the jobcentre learns of every contact group opened (1) or ended (2); the a-kasse of a move into jobafklaring (13)', async () => {
    await subscribeAll(h().db, ['8:10100', '7:101', '2:81']);
    const registration = await h().client('PersonRegistrationService', jobcenter());
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: P.member,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-01-10T00:00:00', EndDate: '2024-03-03T00:00:00' },
    });
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: P.member,
      ContactGroup: { ContactGroupTypeIdentifier: 13, StartDate: '2024-03-04T00:00:00' },
    });
    const rows = (await outboxFor(h().db, P.member)).filter((r) => r.message_type === 'Kontaktgruppe.WSB');
    const groups = (await loadCitizenState(h().db, P.member))!.contactGroups;
    const ended = groups.find((g) => g.contactGroup === 1)!;
    const opened = groups.find((g) => g.contactGroup === 13)!;
    const seen = rows.map((r) => {
      const m = JSON.parse(r.payload);
      return [`${r.receiver_org_type}:${r.receiver_org_code}`, m.EntitetId, m.EksternIdentifier, m.Aendringstype];
    });
    assert.deepEqual(seen, [
      ['8:10100', 100008, ended.id, 2],
      ['8:10100', 100008, opened.id, 1],
      ['2:81', 100008, opened.id, 1],
    ]);
    const first = JSON.parse(rows[0]!.payload);
    assert.deepEqual(
      [first.EntitetNavn, first.IdentifikationstypeId, first.Identifikation, first.VersionIdentifier],
      ['Kontaktgruppe', 1, P.member, P.member],
    );
  });
});
