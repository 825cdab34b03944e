// The dialog module over HTTP (CitizenMessageService, R-DLG-01…06) on SQLite and PostgreSQL: the a-kasse's type-11
// recommendation with its PDF, the jobcentre's rejection and the copy back, read by both parties and in the
// citizen's Jobnet message box; type 12; who may use 11 and 12 and when; type 2 refused from release 2024-1 while
// an old draft stays readable; unknown types; attachments. Every refusal writes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, jobnetCitizen, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { subscribeAll } from '../support/outbox.ts';
import { outboxFor } from './outboxRows.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { list } from './contactProcessCalls.ts';
import { drainQueue } from '../support/wsrmCalls.ts';

const SERVICE = 'CitizenMessageService';
const PDF = Buffer.from('%PDF-1.4\n% indstilling om tilbud\n%%EOF\n');

const fromUser = (c: Caller) => ({
  UserTypeIdentifier: 2,
  UserIdentifier: 'RID-1234',
  FullName: 'Mette Sagsbehandler',
  OrganisationTypeIdentifier: c.organisationType,
});

eachDatabase('dialog module (CitizenMessageService)', '2024-03-04', contactProcessScenario, (h) => {
  const client = (caller: Caller) => h().client(SERVICE, caller);
  const send = async (
    caller: Caller,
    cpr: string,
    type: number,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; thread: string }> => {
    const [res] = await (
      await client(caller)
    ).CreateMessageAsync({
      FromUser: fromUser(caller),
      PersonCivilRegistrationIdentifier: cpr,
      CitizenMessageTypeIdentifier: type,
      ...extra,
      MessageHeadline: 'A-kassens indstilling til jobcentret om tilbud',
      MessageText: 'Virksomhedspraktik hos Eksempel ApS, 4 uger.',
    });
    return { id: res.CitizenMessageIdentifier, thread: res.CitizenMessageThreadIdentifier };
  };
  const withPdf = {
    CitizenMessageAttachment: {
      DocumentFileName: 'indstilling.pdf',
      DocumentContentType: 'application/pdf',
      DocumentContent: PDF.toString('base64'),
    },
  };
  const read = async (caller: Caller, cpr: string) =>
    list<any>(
      (await (await client(caller)).GetCitizenMessagesAsync({ PersonCivilRegistrationIdentifier: cpr }))[0]
        .CitizenMessageCollection?.CitizenMessage,
    );
  const jobnetBox = async (cpr: string) =>
    list<any>(
      (
        await (
          await client(jobnetCitizen(cpr))
        ).GetJobnetCitizenMessagesAsync({ PersonCivilRegistrationIdentifier: cpr })
      )[0].CitizenMessageCollection?.CitizenMessage,
    );
  const decide = async (cpr: string, id: string, decision: number, copy: boolean) =>
    (await client(jobcenter())).SaveOfferRecommendationDecisionAsync({
      PersonCivilRegistrationIdentifier: cpr,
      CitizenMessageIdentifier: id,
      OfferDecisionTypeIdentifier: decision,
      ...(copy
        ? {
            RejectionCopy: {
              FromUser: fromUser(jobcenter()),
              MessageHeadline: 'Kopi af afslag på indstilling om tilbud',
              MessageText: 'Jobcentret har givet afslag; afgørelsen er sendt til borgeren i Digital Post.',
            },
          }
        : {}),
    });

  test("R-DLG-01 / R-DLG-02: the a-kasse's type-11 recommendation, the jobcentre's rejection and the copy back are read by both parties and shown on Jobnet", async () => {
    await subscribeAll(h().db, ['8:10100', '2:81']);
    const rec = await send(akasse('81'), KP.akassePeriod, 11, withPdf);
    const [decided] = await decide(KP.akassePeriod, rec.id, 2, true);
    const copyId = decided.RejectionCopyMessageIdentifier;
    assert.ok(copyId);

    for (const party of [akasse('81'), jobcenter()]) {
      const seen = await read(party, KP.akassePeriod);
      assert.deepEqual(
        seen.map((m) => [
          m.CitizenMessageIdentifier,
          Number(m.CitizenMessageTypeIdentifier),
          m.CitizenMessageThreadIdentifier,
        ]),
        [
          [rec.id, 11, rec.thread],
          [copyId, 11, rec.thread],
        ],
      );
      assert.equal(Number(seen[0].OfferDecision.OfferDecisionTypeIdentifier), 2);
      assert.equal(seen[0].OfferDecision.RejectionCopyMessageIdentifier, copyId);
      assert.equal(seen[1].ToOrganisation.OrganisationCode, '81', 'the copy goes back to the a-kasse');
    }
    const box = await jobnetBox(KP.akassePeriod);
    assert.deepEqual(
      box.map((m) => m.CitizenMessageIdentifier),
      [rec.id, copyId],
    );

    // The attachment: listed with its size, its bytes only through GetCitizenMessageDocument.
    const info = (await read(jobcenter(), KP.akassePeriod))[0].CitizenMessageDocumentInfo;
    assert.equal(Number(info.DocumentSize), PDF.length);
    const [doc] = await (
      await client(jobcenter())
    ).GetCitizenMessageDocumentAsync({
      PersonCivilRegistrationIdentifier: KP.akassePeriod,
      CitizenMessageDocumentIdentifier: info.CitizenMessageDocumentIdentifier,
    });
    assert.deepEqual(Buffer.from(doc.CitizenMessageDocument, 'base64'), PDF);

    // One Dialogbesked.WSB to the jobcentre (the recommendation), one to the a-kasse (the copy).
    const rows = (await outboxFor(h().db, KP.akassePeriod)).filter((r) => r.message_type === 'Dialogbesked.WSB');
    assert.deepEqual(
      rows.map((r) => [`${r.receiver_org_type}:${r.receiver_org_code}`, JSON.parse(r.payload).Body.BeskedtypeId]),
      [
        ['8:10100', 11],
        ['2:81', 11],
      ],
    );
    // Over WSRM: the jobcentre's queue holds the recommendation, the a-kasse's the copy (GetCitizenMessageVersion1).
    const drained = async (c: Caller) =>
      ((await drainQueue((service) => h().client(service, c))).GetCitizenMessageVersion1 ?? []).map((i: any) => [
        i.CitizenMessageIdentifier,
        i.CitizenMessageThreadIdentifier,
        Number(i.CitizenMessageTypeIdentifier),
        i.FromOrganisation.OrganisationCode,
        i.ToOrganisation.OrganisationCode,
      ]);
    assert.deepEqual(await drained(jobcenter()), [[rec.id, rec.thread, 11, '81', '10100']]);
    assert.deepEqual(await drained(akasse('81')), [[copyId, rec.thread, 11, '10100', '81']]);
  });

  test('R-DLG-02: an approval is recorded without a copy; a second decision, a decision by the a-kasse or another jobcentre, and a rejection without its copy are refused', async () => {
    const rec = await send(akasse('81'), KP.akassePeriod, 11);
    await refusedWithoutWrites(h().db, () => decide(KP.akassePeriod, rec.id, 2, false), '5049');
    await refusedWithoutWrites(h().db, () => decide(KP.akassePeriod, rec.id, 1, true), '5049');
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client(jobcenter('20100'))).SaveOfferRecommendationDecisionAsync({
          PersonCivilRegistrationIdentifier: KP.akassePeriod,
          CitizenMessageIdentifier: rec.id,
          OfferDecisionTypeIdentifier: 1,
        }),
      '6005',
    );
    await decide(KP.akassePeriod, rec.id, 1, false);
    const [recommendation] = await read(akasse('81'), KP.akassePeriod);
    assert.equal(Number(recommendation.OfferDecision.OfferDecisionTypeIdentifier), 1);
    assert.equal(recommendation.OfferDecision.RejectionCopyMessageIdentifier, undefined);
    await refusedWithoutWrites(h().db, () => decide(KP.akassePeriod, rec.id, 2, true), '5048');
    const general = await send(akasse('81'), KP.akassePeriod, 1, {
      ToOrganisation: { OrganisationTypeIdentifier: 8, OrganisationCode: '10100' },
    });
    await refusedWithoutWrites(h().db, () => decide(KP.akassePeriod, general.id, 1, false), '5047');
  });

  test('R-DLG-03: the a-kasse sends type 12 and the jobcentre receives it', async () => {
    const m = await send(akasse('81'), KP.akassePeriod, 12);
    const [got] = await read(jobcenter(), KP.akassePeriod);
    assert.equal(got.CitizenMessageIdentifier, m.id);
    assert.equal(Number(got.CitizenMessageTypeIdentifier), 12);
    assert.equal(got.ToOrganisation.OrganisationCode, '10100');
    await refusedWithoutWrites(
      h().db,
      () =>
        send(akasse('81'), KP.akassePeriod, 12, {
          ToOrganisation: { OrganisationTypeIdentifier: 2, OrganisationCode: '81' },
        }),
      '5045',
    );
  });

  test('R-DLG-04: types 11 and 12 only from the a-kasse and only while absence 75 is open', async () => {
    await send(akasse('81'), KP.akassePeriod, 11);
    await refusedWithoutWrites(h().db, () => send(akasse('81'), KP.afterPeriod, 11), '5044');
    await refusedWithoutWrites(h().db, () => send(akasse('81'), KP.noAbsence75, 12), '5044');
    await refusedWithoutWrites(h().db, () => send(jobcenter(), KP.akassePeriod, 11), '5043');
    // The day before absence 75 ends the a-kasse may still; the day after it ends it may not.
    h().clock.set('2024-02-20');
    await send(akasse('81'), KP.afterPeriod, 11);
    h().clock.set('2024-02-21');
    await refusedWithoutWrites(h().db, () => send(akasse('81'), KP.afterPeriod, 11), '5044');
  });

  test('R-DLG-04 across an a-kasse change and a move: the new a-kasse sends type 11, to the new jobcentre; the old a-kasse is refused', async () => {
    await h().load(`
persons:
  - cpr: "${KP.akassePeriod}"
    birthDate: 1985-01-01
    jobcenterCode: "20100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: 2024-02-29 }, { akasseCode: "99", startDate: 2024-03-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-03, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-03, endDate: null, endReason: null }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]
`);
    const m = await send(akasse('99'), KP.akassePeriod, 11);
    const [got] = await read(jobcenter('20100'), KP.akassePeriod);
    assert.equal(got.CitizenMessageIdentifier, m.id);
    assert.equal(got.ToOrganisation.OrganisationCode, '20100');
    await refusedWithoutWrites(h().db, () => read(jobcenter('10100'), KP.akassePeriod), '6005');
    // The day before the change a-kasse 81 was the citizen's a-kasse and could send it.
    h().clock.set('2024-02-29');
    await send(akasse('81'), KP.akassePeriod, 11);
  });

  test("R-DLG-05: type 2 'Udkast til min plan' is accepted on 2024-03-17 and refused on 2024-03-18; the old draft stays readable", async () => {
    h().clock.set('2024-03-17');
    const draft = await send(akasse('81'), KP.akassePeriod, 2, {
      ToOrganisation: { OrganisationTypeIdentifier: 8, OrganisationCode: '10100' },
    });
    h().clock.set('2024-03-18');
    await refusedWithoutWrites(
      h().db,
      () =>
        send(akasse('81'), KP.akassePeriod, 2, {
          ToOrganisation: { OrganisationTypeIdentifier: 8, OrganisationCode: '10100' },
        }),
      '5042',
    );
    assert.deepEqual(
      (await read(jobcenter(), KP.akassePeriod)).map((m) => m.CitizenMessageIdentifier),
      [draft.id],
    );
    assert.deepEqual(
      (await jobnetBox(KP.akassePeriod)).map((m) => m.CitizenMessageIdentifier),
      [draft.id],
    );
  });

  test('R-DLG-05: a type-2 draft sent on 1 Nov 2023 (scenario) is returned on 20 Mar 2024 to the jobcentre and on Jobnet', async () => {
    await h().load(`
persons:
  - cpr: "${KP.akassePeriod}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    citizenMessages:
      - { id: 3f2504e0-4f89-41d3-9a0c-000000000201, messageType: 2, from: "2:81", to: "8:10100", sentOn: 2023-11-01, headline: "Udkast til min plan", text: "Udkast" }
`);
    h().clock.set('2024-03-20');
    const [draft] = await read(jobcenter(), KP.akassePeriod);
    assert.equal(draft.CitizenMessageIdentifier, '3f2504e0-4f89-41d3-9a0c-000000000201');
    assert.equal(Number(draft.CitizenMessageTypeIdentifier), 2);
    assert.equal((await jobnetBox(KP.akassePeriod)).length, 1);
  });

  test('R-DLG-06: types 1–12 of C-04; 13 and 0 are refused (2002), and 11 before 1 Jan 2024', async () => {
    await send(jobcenter(), KP.akassePeriod, 1);
    await send(jobcenter(), KP.akassePeriod, 10);
    await refusedWithoutWrites(h().db, () => send(jobcenter(), KP.akassePeriod, 13), '2002');
    await refusedWithoutWrites(h().db, () => send(jobcenter(), KP.akassePeriod, 0), '2002');
    h().clock.set('2023-12-15');
    await refusedWithoutWrites(h().db, () => send(akasse('81'), KP.akassePeriod, 11), '2002');
  });

  test("messages: replies stay in the thread and go to the other party; receivers only the citizen's authorities; each authority reads its own; attachments PDF or XML up to 512 KiB", async () => {
    const first = await send(jobcenter(), KP.akassePeriod, 1, {
      ToOrganisation: { OrganisationTypeIdentifier: 2, OrganisationCode: '81' },
    });
    const reply = await send(akasse('81'), KP.akassePeriod, 1, { CitizenMessageThreadIdentifier: first.thread });
    assert.equal(reply.thread, first.thread);
    const [, got] = await read(jobcenter(), KP.akassePeriod);
    assert.equal(got.ToOrganisation.OrganisationCode, '10100');
    const toCitizen = await send(jobcenter(), KP.akassePeriod, 10);
    assert.deepEqual(
      (await read(akasse('81'), KP.akassePeriod)).map((m) => m.CitizenMessageIdentifier),
      [first.id, reply.id],
    );
    assert.equal((await jobnetBox(KP.akassePeriod)).length, 3);
    assert.ok((await read(jobcenter(), KP.akassePeriod)).some((m) => m.CitizenMessageIdentifier === toCitizen.id));
    await refusedWithoutWrites(
      h().db,
      () =>
        send(jobcenter(), KP.akassePeriod, 1, {
          ToOrganisation: { OrganisationTypeIdentifier: 2, OrganisationCode: '99' },
        }),
      '5050',
    );
    await refusedWithoutWrites(
      h().db,
      () =>
        send(jobcenter(), KP.akassePeriod, 1, {
          CitizenMessageThreadIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3399',
        }),
      '4589',
    );
    const attach = (type: string, bytes: Buffer) => ({
      CitizenMessageAttachment: {
        DocumentFileName: 'bilag',
        DocumentContentType: type,
        DocumentContent: bytes.toString('base64'),
      },
    });
    await send(jobcenter(), KP.akassePeriod, 1, attach('application/xml', Buffer.from('<bilag/>')));
    await refusedWithoutWrites(h().db, () => send(jobcenter(), KP.akassePeriod, 1, attach('image/png', PDF)), '5052');
    await refusedWithoutWrites(
      h().db,
      () => send(jobcenter(), KP.akassePeriod, 1, attach('application/pdf', Buffer.alloc(524_289, 0x25))),
      '5051',
    );
  });

  test("GetCitizenMessageDocument: another authority's document is 4589 (unknown identifier); the citizen reads their own from Jobnet", async () => {
    await send(akasse('81'), KP.akassePeriod, 11, withPdf);
    const [m] = await jobnetBox(KP.akassePeriod);
    const docId = m.CitizenMessageDocumentInfo.CitizenMessageDocumentIdentifier;
    const [own] = await (
      await client(jobnetCitizen(KP.akassePeriod))
    ).GetCitizenMessageDocumentAsync({
      PersonCivilRegistrationIdentifier: KP.akassePeriod,
      CitizenMessageDocumentIdentifier: docId,
    });
    assert.deepEqual(Buffer.from(own.CitizenMessageDocument, 'base64'), PDF);
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client({ organisationType: 7, organisationCode: '101' })).GetCitizenMessageDocumentAsync({
          PersonCivilRegistrationIdentifier: KP.akassePeriod,
          CitizenMessageDocumentIdentifier: docId,
        }),
      '4589',
    );
  });
});
