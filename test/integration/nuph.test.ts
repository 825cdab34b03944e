// Underretning.NuphService over SOAP on each dialect: the "done when" no-show (R-AK-05: absence 11 running
// 1–10 Mar 2024, a no-show registered through InterviewService on 5 Mar → answered 'irrelevant' by DFDG in the
// same transaction, both parties notified; 12 Mar → a normal NUPH), the jobcentre's NUPH → the a-kasse's answer
// with the sanction flag → the jobcentre reads the flag (R-AK-12), refusals writing nothing (R-AK-01, R-CV-01 /
// R-AK-09, 5103–5108), the activity's NUPH and its withdrawal (R-AK-02, R-AK-04), the citizen's messages
// (R-AK-08 / R-NOT-13, none before 2024-01-01), converted legacy NUPHs (R-AK-13) and the WSRM queue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { allowLoopbackSubscribers, withPushSubscriber } from '../support/pushSubscriber.ts';
import { akasse, jobcenter, jobnetCitizen, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { asArray, drainQueue } from '../support/wsrmCalls.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const P = { dagpenge: '0101851501', noBenefit: '0303851503' } as const;
const LEGACY_KEPT = '018f0000-0000-7000-8000-00000000c002';

const scenario = `
persons:
  - cpr: "${P.dagpenge}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-10, endDate: null }]
    absences: [{ absenceType: 11, startDate: 2024-03-01, endDate: 2024-03-10 }]
    legacyNuphs:
      - { id: 018f0000-0000-7000-8000-00000000c001, akasse: "81", eventCode: 3, eventDate: 2001-12-31 }
      - id: ${LEGACY_KEPT}
        akasse: "81"
        eventCode: 3
        eventDate: 2002-01-01
        answer: { answerCode: 1, sanctionGiven: true, answeredOn: 2002-02-01 }
  - cpr: "${P.noBenefit}"
    birthDate: 1985-03-03
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 2, startDate: 2021-01-10, endDate: null }]
`;

const RESPONSIBLE = {
  AuthorityStructure: { AuthorityCode: '10100', AuthorityName: 'Jobcenter København', OrganisationTypeIdentifier: 8 },
  CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
};

eachDatabase('Underretning.NuphService', '2024-03-12', scenario, (h) => {
  const nuphService = (caller: Caller = jobcenter()) => h().client('Underretning.NuphService', caller);
  const createNuph = async (Nuph: Record<string, unknown>, cpr: string = P.dagpenge) => {
    const [res] = await (await nuphService()).CreateNuphAsync({ PersonCivilRegistrationIdentifier: cpr, Nuph });
    return String(res.ServiceReceipt.MessageIdentifier);
  };
  const answer = async (nuphId: string, code = 1, caller: Caller = akasse('81')) =>
    (await nuphService(caller)).AnswerNuphAsync({
      PersonCivilRegistrationIdentifier: P.dagpenge,
      NuphAnswer: { NuphIdentifier: nuphId, NuphAnswerTypeIdentifier: code, SanctionGiven: true },
    });
  const list = async (caller: Caller = jobcenter()) => {
    const [res] = await (await nuphService(caller)).GetNuphListAsync({ PersonCivilRegistrationIdentifier: P.dagpenge });
    return asArray<any>(res.NuphCollection?.Nuph);
  };
  const noShow = async (heldAt: string) => {
    const [res] = await (
      await h().client('InterviewService', jobcenter())
    ).CreateInterviewAsync({
      PersonCivilRegistrationIdentifier: P.dagpenge,
      Interview: {
        InterviewTypeIdentifier: 7,
        ResponsibleAuthority: RESPONSIBLE,
        InterviewHeldTime: heldAt,
        CitizenNoShow: true,
      },
    });
    return String(res.ServiceReceipt.MessageIdentifier);
  };
  const citizenMessages = async () => h().db('citizen_message').where({ cpr: P.dagpenge });
  const refused = (call: () => Promise<unknown>, code: string) => refusedWithoutWrites(h().db, call, code);

  test("R-AK-05 over SOAP: a no-show on 5 Mar 2024 during absence 11 (1–10 Mar) is answered 'irrelevant' by DFDG in the same transaction, both parties notified; one on 12 Mar is a normal NUPH", async () => {
    const exempt = await noShow('2024-03-05T10:00:00+01:00');
    const normal = await noShow('2024-03-12T10:00:00+01:00');
    const [first, second] = (await list()).filter((n) => n.NuphOrigin === 'Interview');
    assert.deepEqual(
      [first.SourceIdentifier, first.EventDate, first.NuphState, Number(first.NuphEventTypeIdentifier)],
      [exempt, '2024-03-05', 'Answered', 1],
    );
    assert.deepEqual(
      [
        Number(first.NuphAnswer.NuphAnswerTypeIdentifier),
        first.NuphAnswer.AnsweredByDfdg,
        first.NuphAnswer.SanctionGiven,
      ],
      [2, true, false],
    );
    assert.deepEqual([second.SourceIdentifier, second.NuphState, second.NuphAnswer], [normal, 'Open', undefined]);
    const keys = receiverKeys(await outboxFor(h().db, P.dagpenge));
    for (const k of ['GetNuphVersion1->2:81', 'GetNuphAnswerVersion1->2:81', 'GetNuphAnswerVersion1->8:10100'])
      assert.ok(keys.includes(k), `${k} in ${keys.join(', ')}`);
    assert.equal(keys.filter((k) => k === 'GetNuphVersion1->2:81').length, 2);
    assert.equal(keys.filter((k) => k.startsWith('GetNuphAnswerVersion1')).length, 2, 'only the automatic answer');
    // R-AK-08 / R-NOT-13: the citizen is told of each NUPH and of DFDG's answer, in the Jobnet message box.
    assert.equal((await citizenMessages()).length, 3);
    const [box] = await (
      await h().client('CitizenMessageService', jobnetCitizen(P.dagpenge))
    ).GetJobnetCitizenMessagesAsync({ PersonCivilRegistrationIdentifier: P.dagpenge });
    assert.deepEqual(
      asArray<any>(box.CitizenMessageCollection?.CitizenMessage).map((m) => m.MessageHeadline),
      [
        'Jobcentret har sendt en underretning til din a-kasse',
        'Svar på underretning til din a-kasse',
        'Jobcentret har sendt en underretning til din a-kasse',
      ],
    );
    // The jobcentre's own NUPH with the no-show event is answered the same way (CreateNuph reads the exempting absences).
    const created = await createNuph({ NuphEventTypeIdentifier: 1, EventDate: '2024-03-05' });
    const [own] = (await list()).filter((n) => n.NuphIdentifier === created);
    assert.deepEqual([own.NuphState, own.NuphAnswer.AnsweredByDfdg], ['Answered', true]);
    // No held interview was recorded for a no-show.
    assert.equal(Number((await h().db('held_interview').where({ cpr: P.dagpenge }).count({ n: '*' }))[0]!.n), 0);
  });

  test('R-AK-12: the jobcentre sends a NUPH, the a-kasse drains it over WSRM, answers once with the sanction flag, the jobcentre reads the flag', async () => {
    const id = await createNuph({
      NuphEventTypeIdentifier: 3,
      EventDate: '2024-03-11',
      Comments: 'Afviste tilbud om job.',
    });
    const akasseQueue = await drainQueue((service) => h().client(service, akasse('81')));
    assert.deepEqual(
      asArray<any>(akasseQueue.GetNuphVersion1).map((i) => i.NuphIdentifier),
      [id],
    );
    await refused(() => answer(id, 1, jobcenter()), '4575');
    await refused(() => answer(id, 8), '5102');
    await answer(id, 1);
    await refused(() => answer(id, 1), '5106');
    const [n] = (await list()).filter((x) => x.NuphIdentifier === id);
    assert.deepEqual([n.NuphState, n.NuphAnswer.SanctionGiven, n.NuphAnswer.AnsweredByDfdg], ['Answered', true, false]);
    const jobcentreQueue = await drainQueue((service) => h().client(service, jobcenter()));
    assert.deepEqual(
      asArray<any>(jobcentreQueue.GetNuphAnswerVersion1).map((i) => [i.NuphIdentifier, i.SanctionGiven]),
      [[id, true]],
    );
    assert.equal((await citizenMessages()).length, 2, 'R-AK-08: the NUPH and the answer');
  });

  test('R-AK-01, R-CV-01 / R-AK-09 and the NUPH faults: refusals write nothing', async () => {
    await refused(() => createNuph({ NuphEventTypeIdentifier: 5, EventDate: '2024-03-11' }), '5109');
    await refused(() => createNuph({ NuphEventTypeIdentifier: 6, EventDate: '2024-03-11' }), '5101');
    await refused(() => createNuph({ NuphEventTypeIdentifier: 99, EventDate: '2024-03-11' }), '2002');
    await refused(() => createNuph({ NuphEventTypeIdentifier: 3, EventDate: '2024-03-13' }), '5108');
    await refused(() => createNuph({ NuphEventTypeIdentifier: 3, EventDate: '2024-03-11' }, P.noBenefit), '5103');
    await refused(() => answer('018f0000-0000-7000-8000-00000000ffff'), '5104');
    // Only the jobcentre registers a no-show (D-202): the a-kasse's CitizenNoShow is 4575.
    await refused(
      async () =>
        (await h().client('InterviewService', akasse('81'))).CreateInterviewAsync({
          PersonCivilRegistrationIdentifier: P.dagpenge,
          Interview: {
            InterviewTypeIdentifier: 7,
            ResponsibleAuthority: RESPONSIBLE,
            InterviewHeldTime: '2024-03-11T10:00:00+01:00',
            CitizenNoShow: true,
          },
        }),
      '4575',
    );
  });

  test('R-AK-02 / R-AK-04: a triggering activity status generates a NUPH in its transaction; correcting it withdraws the NUPH and tells the a-kasse', async () => {
    const activities = await h().client('ActivityService', jobcenter());
    const item = (more: Record<string, unknown>) => ({
      PersonCivilRegistrationIdentifier: P.dagpenge,
      ActivityItem: {
        ActivityCoreItem: {
          StartDate: '2024-03-11',
          ActivationTypeIdentifier: 9001,
          ResponsibleAuthority: RESPONSIBLE,
        },
        CourseCategoryIdentifier: 26,
        ...more,
      },
    });
    const [res] = await activities.CreateActivityAsync(
      item({
        ActivityStatusTypeIdentifier: 3,
        ActivityStatusReasonTypeIdentifier: 1,
        ReasonRemark: 'Udeblev uden afbud tre gange',
      }),
    );
    const activityId = String(res.ServiceReceipt.MessageIdentifier);
    const [generated] = (await list()).filter((n) => n.NuphOrigin === 'Activity');
    assert.deepEqual(
      [generated.SourceIdentifier, Number(generated.NuphEventTypeIdentifier), generated.NuphState],
      [activityId, 2, 'Open'],
    );
    const withId = item({ ActivityStatusTypeIdentifier: 4, ReasonRemark: 'Fejlregistrering, borgeren deltog' });
    (withId.ActivityItem.ActivityCoreItem as Record<string, unknown>) = {
      ActivityIdentifier: activityId,
      ...withId.ActivityItem.ActivityCoreItem,
    };
    await activities.UpdateActivityAsync(withId);
    const [withdrawn] = (await list(akasse('81'))).filter((n) => n.NuphOrigin === 'Activity');
    assert.deepEqual([withdrawn.NuphState, withdrawn.WithdrawnDate], ['Withdrawn', '2024-03-12']);
    const queue = await drainQueue((service) => h().client(service, akasse('81')));
    assert.deepEqual(
      asArray<any>(queue.GetNuphVersion1).map((i) => i.Withdrawn),
      [false, true],
    );
    await refused(() => answer(generated.NuphIdentifier), '5107');
  });

  test('R-AK-08 / R-NOT-13: a NUPH in December 2023 writes no citizen message', async () => {
    h().clock.set('2023-12-20');
    await createNuph({ NuphEventTypeIdentifier: 3, EventDate: '2023-12-19' });
    assert.equal((await citizenMessages()).length, 0);
  });

  test('R-AK-13: a legacy NUPH of 1 Jan 2002 was converted and is readable with its answer; one of 31 Dec 2001 was not', async () => {
    const converted = (await list()).filter((n) => n.NuphOrigin === 'Converted');
    assert.deepEqual(
      converted.map((n) => [n.NuphIdentifier, n.EventDate, n.NuphState, n.NuphAnswer?.SanctionGiven]),
      [[LEGACY_KEPT, '2002-01-01', 'Answered', true]],
    );
    // The a-kasse of another citizen's NUPH sees none of this citizen's.
    assert.equal((await list(akasse('81'))).length, 1);
  });
});

allowLoopbackSubscribers();

eachDatabase(
  'Underretning.NuphService: the webservice messages Nuph and NuphSvar, pushed',
  '2024-03-12',
  scenario,
  (h) => {
    const noShow = async (heldAt: string) =>
      (await h().client('InterviewService', jobcenter())).CreateInterviewAsync({
        PersonCivilRegistrationIdentifier: P.dagpenge,
        Interview: {
          InterviewTypeIdentifier: 7,
          ResponsibleAuthority: RESPONSIBLE,
          InterviewHeldTime: heldAt,
          CitizenNoShow: true,
        },
      });

    test("R-AK-05: the a-kasse subscribed to NuphSvar gets DFDG's automatic answer pushed from the no-show's transaction", async () => {
      await withPushSubscriber(h(), { subscriber: akasse('81'), entity: 'NuphSvar' }, async (subscriber) => {
        await noShow('2024-03-05T10:00:00+01:00');
        await eventually(() => subscriber.received.length === 1, 'one NuphSvar message');
        const m = subscriber.received[0]!.message as any;
        assert.deepEqual(
          [m.EntitetNavn, m.EntitetId, m.Identifikation, m.Aendringstype, m.Body.SvarId, m.Body.SanktionGivet],
          ['NuphSvar', 150002, P.dagpenge, 1, 2, false],
        );
      });
    });

    test('the a-kasse subscribed to Nuph gets a new NUPH pushed (Aendringstype 1, the event in the body)', async () => {
      await withPushSubscriber(h(), { subscriber: akasse('81'), entity: 'Nuph' }, async (subscriber) => {
        await noShow('2024-03-12T10:00:00+01:00');
        await eventually(() => subscriber.received.length === 1, 'one Nuph message');
        const m = subscriber.received[0]!.message as any;
        assert.deepEqual([m.EntitetNavn, m.EntitetId, m.Aendringstype, m.Body.HaendelseId], ['Nuph', 150001, 1, 1]);
      });
    });
  },
);
