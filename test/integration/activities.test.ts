// ActivityService over SOAP on each dialect: the accepted and refused paths of R-PLAN-07, 08, 11, 12, 19, 21, 22,
// 23 (a refusal writes nothing), the "done when" (a NUPH-triggering status with a 19-character remark is
// refused, with 20 accepted), the reads, the codelist, and the notifications from the same transaction: the WSRM
// messages GetActivityGeneralEventVersion3 / GetActivitySpecielEventVersion3 drained over WsrmMessageService and
// the webservice message Aktivitet pushed to a recording subscriber.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { allowLoopbackSubscribers, withPushSubscriber } from '../support/pushSubscriber.ts';
import { akasse, jobcenter, kommune, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { asArray, drainQueue } from '../support/wsrmCalls.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const P = { dagpenge: '0101851501', other: '0202851502', noBenefit: '0303851503' } as const;
const KURSUS = 9001;
const SUNDHED = 9002;
const SOCIAL = 9003;
const PRAKTIK = 9004;

const scenario = `
persons:
  - cpr: "${P.dagpenge}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-10, endDate: null }]
  - cpr: "${P.other}"
    birthDate: 1985-02-02
    jobcenterCode: "20200"
    memberships: [{ akasseCode: "82", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-10, endDate: null }]
  - cpr: "${P.noBenefit}"
    birthDate: 1985-03-03
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 2, startDate: 2021-01-10, endDate: null }]
`;

type Fields = Record<string, unknown>;

const CORE = ['ActivityIdentifier', 'StartDate', 'EndDate', 'ActivationTypeIdentifier', 'HoursPerWeek'];
const RESPONSIBLE = {
  AuthorityStructure: { AuthorityCode: '10100', AuthorityName: 'Jobcenter København', OrganisationTypeIdentifier: 8 },
  CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
};
const ITEM = [
  'CourseCategoryIdentifier',
  'HealthActivityTypeIdentifier',
  'SocialActivityTypeIdentifier',
  'GrantFrameIdentifier',
  'HourlySubsidyRateIdentifier',
  'ActivityStatusTypeIdentifier',
  'ActivityStatusReasonTypeIdentifier',
  'ReasonRemark',
  'ActivityContact',
];

/** A CreateActivity/UpdateActivity request in the XSD's order from flat fields (a Kursus of category 26 from
 *  2024-03-11 by default; `undefined` leaves an element out). */
function activity(cpr: string, more: Fields = {}): Fields {
  const f: Fields = {
    StartDate: '2024-03-11',
    ActivationTypeIdentifier: KURSUS,
    CourseCategoryIdentifier: 26,
    ResponsibleAuthority: RESPONSIBLE,
    ...more,
  };
  const pick = (names: string[]) => Object.fromEntries(names.filter((n) => f[n] !== undefined).map((n) => [n, f[n]]));
  return {
    PersonCivilRegistrationIdentifier: cpr,
    ActivityItem: {
      ActivityCoreItem: { ...pick(CORE), ResponsibleAuthority: f.ResponsibleAuthority },
      ...pick(ITEM),
    },
  };
}

/** The same request naming the activity `id`. */
function withId(id: string, request: Fields): Fields {
  const item = request.ActivityItem as { ActivityCoreItem: Fields };
  return {
    ...request,
    ActivityItem: { ...item, ActivityCoreItem: { ActivityIdentifier: id, ...item.ActivityCoreItem } },
  };
}

const AFBRUDT_UDEBLEVET = { ActivityStatusTypeIdentifier: 3, ActivityStatusReasonTypeIdentifier: 1 };
const remark = (n: number) => 'a'.repeat(n);

eachDatabase('ActivityService', '2024-03-04', scenario, (h) => {
  const service = (caller: Caller = jobcenter()) => h().client('ActivityService', caller);
  const create = async (fields: Fields, caller: Caller = jobcenter()): Promise<string> => {
    const [res] = await (await service(caller)).CreateActivityAsync(fields);
    return String(res.ServiceReceipt.MessageIdentifier);
  };
  const update = async (id: string, fields: Fields, caller: Caller = jobcenter()) =>
    (await service(caller)).UpdateActivityAsync(withId(id, fields));
  const refused = (call: () => Promise<unknown>, code: string) => refusedWithoutWrites(h().db, call, code);
  const activities = async (cpr: string, caller: Caller = jobcenter()) => {
    const [res] = await (await service(caller)).GetActivitiesAsync({ PersonCivilRegistrationIdentifier: cpr });
    return asArray<any>(res.ActivityCollection?.ActivityRegistration);
  };
  /** The activity's type-3 contact as PersonContactService shows it, its refusal there (60016, nothing written),
   *  and its replacement by UpdateActivity (`fields`: the rest of the activity's request). */
  const contactBelongsToActivity = async (id: string, fields: Fields = {}) => {
    const contacts = h().client('PersonContactService', jobcenter());
    const [contact] = asArray<any>(
      (await (await contacts).GetPersonContactsAsync({ PersonCivilRegistrationIdentifier: P.dagpenge }))[0]
        .PersonContactCollection?.PersonContact,
    );
    assert.deepEqual([Number(contact.PersonContactTypeIdentifier), contact.ActivityIdentifier], [3, id]);
    await refused(
      async () =>
        (await contacts).UpdatePersonContactAsync({
          PersonCivilRegistrationIdentifierCollection: { PersonCivilRegistrationIdentifier: P.dagpenge },
          PersonContact: {
            PersonContactTypeIdentifier: 3,
            StartDate: '2024-03-04T00:00:00',
            ContactPersonGivenName: 'Anden',
            ContactPersonSurname: 'Person',
          },
        }),
      '60016',
    );
    await update(
      id,
      activity(P.dagpenge, {
        ...fields,
        ActivityContact: {
          ContactPersonTypeIdentifier: 3,
          ContactPersonGivenName: 'Hanne',
          ContactPersonSurname: 'Hansen',
        },
      }),
    );
    assert.deepEqual(await contactRows(), [{ given_name: 'Hanne', surname: 'Hansen', activity_id: id }]);
  };
  const contactRows = () =>
    h().db('person_contact').where({ cpr: P.dagpenge }).select('given_name', 'surname', 'activity_id');

  test('the jobcentre creates a Kursus with its responsible authority and a personlig jobformidler; the citizen’s jobcentre, a-kasse and municipality are notified in the same transaction; GetActivities reads it back', async () => {
    const id = await create(
      activity(P.dagpenge, {
        EndDate: '2024-04-30',
        ResponsibleAuthority: {
          AuthorityStructure: {
            AuthorityCode: '10100',
            AuthorityName: 'Jobcenter København',
            OrganisationTypeIdentifier: 8,
          },
          CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
        },
        ActivityContact: {
          ContactPersonTypeIdentifier: 3,
          ContactPersonGivenName: 'Lars',
          ContactPersonSurname: 'Jobformidler',
        },
      }),
    );
    assert.deepEqual(receiverKeys(await outboxFor(h().db, P.dagpenge)), [
      'GetActivityGeneralEventVersion3->2:81',
      'GetActivityGeneralEventVersion3->8:10100',
      'GetActivitySpecielEventVersion3->7:101',
    ]);
    const [read] = await activities(P.dagpenge, akasse('81'));
    assert.equal(read.ActivityItem.ActivityCoreItem.ActivityIdentifier, id);
    assert.equal(Number(read.VersionIdentifier), 1);
    assert.equal(
      read.ActivityItem.ActivityCoreItem.ResponsibleAuthority.AuthorityStructure.AuthorityName,
      'Jobcenter København',
    );
    assert.equal(read.ActivityItem.ActivityContact.ContactPersonSurname, 'Jobformidler');
    assert.equal(read.RegistrationDate, '2024-03-04');

    const general = (await drainQueue((s) => h().client(s, akasse('81')))).GetActivityGeneralEventVersion3!;
    assert.deepEqual(
      general.map((item) => [
        item.ActivityItem.ActivityCoreItem.ActivityIdentifier,
        Number(item.VersionIdentifier),
        item.ActivityItem.CourseCategoryIdentifier,
      ]),
      [[id, 1, '26']],
    );
    assert.equal(general[0].WSRMMetadata.RegisteringAuthority.OrganisationCode, '10100');
    const special = (await drainQueue((s) => h().client(s, kommune('101')))).GetActivitySpecielEventVersion3!;
    assert.deepEqual(
      special.map((item) => item.ActivityItem.ActivityCoreItem.ActivityIdentifier),
      [id],
    );
  });

  test("R-OTH-07 end to end: the activity's personlig jobformidler is the citizen's type-3 contact person; PersonContactService's update of it is 60016 with nothing written, UpdateActivity replaces it", async () => {
    const id = await create(
      activity(P.dagpenge, {
        ActivityContact: {
          ContactPersonTypeIdentifier: 3,
          ContactPersonGivenName: 'Lars Peter',
          ContactPersonSurname: 'Jobformidler',
        },
      }),
    );
    assert.deepEqual(await contactRows(), [{ given_name: 'Lars Peter', surname: 'Jobformidler', activity_id: id }]);
    await contactBelongsToActivity(id);
  });

  test("scenario fixtures: an activity loaded with its personlig jobformidler reads back through GetActivities, its contact is the activity's in PersonContactService (60016 there) and UpdateActivity replaces it", async () => {
    const id = '3f2504e0-4f89-41d3-9a0c-0000000a0042';
    await h().load(`
persons:
  - cpr: "${P.dagpenge}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-10, endDate: null }]
    activities:
      - id: ${id}
        activationType: ${KURSUS}
        courseCategory: 26
        startDate: 2024-03-11
        endDate: 2024-04-30
        registeredOn: 2024-03-01
        responsibleAuthority: { authorityCode: "10100", authorityName: "Jobcenter København", organisationType: 8, caseWorker: { givenName: "Mette", surname: "Sagsbehandler" } }
        contact: { contactType: 3, givenName: "Lars Peter", surname: "Jobformidler" }
`);
    const [read] = await activities(P.dagpenge, akasse('81'));
    assert.deepEqual(
      [
        read.ActivityItem.ActivityCoreItem.ActivityIdentifier,
        read.ActivityItem.ActivityCoreItem.EndDate,
        Number(read.ActivityItem.CourseCategoryIdentifier),
        read.ActivityItem.ActivityContact.ContactPersonSurname,
        Number(read.VersionIdentifier),
        read.RegistrationDate,
      ],
      [id, '2024-04-30', 26, 'Jobformidler', 1, '2024-03-01'],
    );
    await contactBelongsToActivity(id, { EndDate: '2024-04-30' });
    assert.equal(Number((await activities(P.dagpenge))[0].VersionIdentifier), 2);
  });

  test('done when: a NUPH-triggering status/reason with a 19-character remark is refused (5003, R-PLAN-11, nothing written) and with 20 accepted', async () => {
    const id = await create(activity(P.dagpenge));
    const f = await refused(
      () => update(id, activity(P.dagpenge, { ...AFBRUDT_UDEBLEVET, ReasonRemark: remark(19) })),
      '5003',
    );
    assert.match(f.body, /R-PLAN-11/);
    await update(id, activity(P.dagpenge, { ...AFBRUDT_UDEBLEVET, ReasonRemark: remark(20) }));
    const [read] = await activities(P.dagpenge);
    assert.deepEqual([Number(read.VersionIdentifier), read.ActivityItem.ReasonRemark], [2, remark(20)]);
  });

  test('R-PLAN-12: reverting the NUPH-triggering status with an empty remark is refused; with 25 characters accepted', async () => {
    const id = await create(activity(P.dagpenge, { ...AFBRUDT_UDEBLEVET, ReasonRemark: remark(30) }));
    const f = await refused(() => update(id, activity(P.dagpenge, { ActivityStatusTypeIdentifier: 2 })), '5003');
    assert.match(f.body, /R-PLAN-12/);
    await update(id, activity(P.dagpenge, { ActivityStatusTypeIdentifier: 2, ReasonRemark: remark(25) }));
  });

  test('R-PLAN-11: a citizen who is not a dagpenge recipient needs no remark', async () => {
    await create(activity(P.noBenefit, AFBRUDT_UDEBLEVET));
    assert.equal((await activities(P.noBenefit)).length, 1);
  });

  test("R-PLAN-07: the a-kasse creating a 'Virksomhedspraktik' is refused (5002); the jobcentre is accepted", async () => {
    const praktik = activity(P.dagpenge, { ActivationTypeIdentifier: PRAKTIK, CourseCategoryIdentifier: undefined });
    const f = await refused(() => create(praktik, akasse('81')), '5002');
    assert.match(f.body, /R-PLAN-07/);
    await create(praktik);
  });

  test('R-PLAN-08: the a-kasse creates a Kursus with category 52 and frame 16 (accepted); with category 26 it is refused (5002)', async () => {
    const own = await create(
      activity(P.dagpenge, { CourseCategoryIdentifier: 52, GrantFrameIdentifier: 16 }),
      akasse('81'),
    );
    const f = await refused(
      () => create(activity(P.dagpenge, { CourseCategoryIdentifier: 26, GrantFrameIdentifier: 16 }), akasse('81')),
      '5002',
    );
    assert.match(f.body, /R-PLAN-08/);
    // and the a-kasse may update its own activity, but not turn it into another kind
    await update(
      own,
      activity(P.dagpenge, { CourseCategoryIdentifier: 52, GrantFrameIdentifier: 16, EndDate: '2024-05-01' }),
      akasse('81'),
    );
    await refused(() => update(own, activity(P.dagpenge, { CourseCategoryIdentifier: 26 }), akasse('81')), '5002');
  });

  test('R-PLAN-19: an activity of type 38 with hourly subsidy rate 3 is refused (5004); with rate 2 accepted', async () => {
    const job = (rate: number) =>
      activity(P.dagpenge, {
        ActivationTypeIdentifier: 38,
        CourseCategoryIdentifier: undefined,
        HourlySubsidyRateIdentifier: rate,
      });
    const f = await refused(() => create(job(3)), '5004');
    assert.match(f.body, /R-PLAN-19/);
    await create(job(2));
  });

  test('R-PLAN-21 and R-PLAN-22: health 7 and social 8 are refused on new activities (5005); health 8, social 16 and 17 accepted', async () => {
    const health = (t: number) =>
      activity(P.dagpenge, {
        ActivationTypeIdentifier: SUNDHED,
        CourseCategoryIdentifier: undefined,
        HealthActivityTypeIdentifier: t,
      });
    const social = (t: number) =>
      activity(P.dagpenge, {
        ActivationTypeIdentifier: SOCIAL,
        CourseCategoryIdentifier: undefined,
        SocialActivityTypeIdentifier: t,
      });
    assert.match((await refused(() => create(health(7)), '5005')).body, /R-PLAN-21/);
    assert.match((await refused(() => create(social(8)), '5005')).body, /R-PLAN-22/);
    await create(health(8));
    await create(social(16));
    await create(social(17));
  });

  test('R-PLAN-21: an id-7 health activity registered before release 2022-1 can still have its end date updated', async () => {
    h().clock.set('2022-03-01');
    const health7 = (more: Fields = {}) =>
      activity(P.dagpenge, {
        ActivationTypeIdentifier: SUNDHED,
        CourseCategoryIdentifier: undefined,
        HealthActivityTypeIdentifier: 7,
        StartDate: '2022-03-07',
        ...more,
      });
    const id = await create(health7());
    h().clock.set('2024-03-04');
    await update(id, health7({ EndDate: '2024-06-30' }));
    const [read] = await activities(P.dagpenge);
    assert.deepEqual([read.ActivityItem.HealthActivityTypeIdentifier, Number(read.VersionIdentifier)], ['7', 2]);
  });

  test('R-PLAN-23: a course activity with category 38 is accepted; with category 31, not in C-13, refused (5005)', async () => {
    await create(activity(P.dagpenge, { CourseCategoryIdentifier: 38 }));
    assert.match(
      (await refused(() => create(activity(P.dagpenge, { CourseCategoryIdentifier: 31 })), '5005')).body,
      /R-PLAN-23/,
    );
  });

  test('the shape: a Kursus without its course category (5006), an unknown activation type (2002), an unknown or another citizen’s activity (5001), another jobcentre’s citizen (6005)', async () => {
    await refused(() => create(activity(P.dagpenge, { CourseCategoryIdentifier: undefined })), '5006');
    await refused(
      () => create(activity(P.dagpenge, { ActivationTypeIdentifier: 77, CourseCategoryIdentifier: undefined })),
      '2002',
    );
    await refused(() => update('3f2504e0-4f89-41d3-9a0c-0305e82c3399', activity(P.dagpenge)), '5001');
    const others = await create(activity(P.other), jobcenter('20200'));
    await refused(() => update(others, activity(P.dagpenge)), '5001');
    await refused(() => create(activity(P.other)), '6005'); // not the jobcentre's own citizen
  });

  test("the client's own ActivityIdentifier names the new activity (4977 when it is taken); an UpdateActivity naming none is 5001", async () => {
    const own = '3f2504e0-4f89-41d3-9a0c-0305e82c3377';
    assert.equal(await create(withId(own, activity(P.dagpenge))), own);
    await refused(() => create(withId(own, activity(P.dagpenge))), '4977');
    await refused(async () => (await service()).UpdateActivityAsync(activity(P.dagpenge)), '5001');
  });

  test('an activity without ActivationTypeIdentifier (0-1 on the wire, D-189) is stored and read back without one; it is none of the kinds, so it carries no category element', async () => {
    const id = await create(
      activity(P.dagpenge, { ActivationTypeIdentifier: undefined, CourseCategoryIdentifier: undefined }),
    );
    const [read] = await activities(P.dagpenge);
    assert.equal(read.ActivityItem.ActivityCoreItem.ActivityIdentifier, id);
    assert.equal(read.ActivityItem.ActivityCoreItem.ActivationTypeIdentifier, undefined);
    await refused(
      () => create(activity(P.dagpenge, { ActivationTypeIdentifier: undefined, CourseCategoryIdentifier: 26 })),
      '5006',
    );
  });

  test('GetActivationTypeIdentifierCodeList answers the activation types with their validity', async () => {
    const [res] = await (await service(kommune('101'))).GetActivationTypeIdentifierCodeListAsync({});
    const items = asArray<any>(res.CodeListItem);
    assert.deepEqual(
      items.map((i) => Number(i.CodeListItemIdentifier)),
      [14, 38, 39, 40, KURSUS, SUNDHED, SOCIAL, PRAKTIK],
    );
    assert.equal(items[4].CodeListItemName, 'Kursus');
  });
});

// ---- pushed: Aktivitet to a recording subscriber ---------------------------------------------------------------

allowLoopbackSubscribers();

eachDatabase('ActivityService: the webservice message Aktivitet, pushed', '2024-03-04', scenario, (h) => {
  test('the jobcentre subscribed to Aktivitet gets Create (1) and Update (2) of an activity pushed, with the CPR and the version', async () => {
    await withPushSubscriber(h(), { subscriber: jobcenter('10100'), entity: 'Aktivitet' }, async (subscriber) => {
      const c = await h().client('ActivityService', jobcenter());
      const [res] = await c.CreateActivityAsync(activity(P.dagpenge));
      const id = String(res.ServiceReceipt.MessageIdentifier);
      await c.UpdateActivityAsync(withId(id, activity(P.dagpenge, { EndDate: '2024-04-30' })));
      await eventually(() => subscriber.received.length === 2, 'two Aktivitet messages');
      assert.deepEqual(
        subscriber.received.map((r) => [
          r.message.EntitetNavn,
          r.message.EntitetId,
          r.message.EksternIdentifier,
          r.message.Identifikation,
          r.message.VersionIdentifier,
          r.message.Aendringstype,
        ]),
        [
          ['Aktivitet', 130002, id, P.dagpenge, '1', 1],
          ['Aktivitet', 130002, id, P.dagpenge, '2', 2],
        ],
      );
      // The a-kasse did not subscribe: no Aktivitet row was written for it.
      assert.ok(!receiverKeys(await outboxFor(h().db, P.dagpenge)).includes('Aktivitet.WSB->2:81'));
    });
  });
});
