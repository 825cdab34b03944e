// Tidlig pension over HTTP (PensionService, 2022-1): UDK saves a citizen's Tidlig pension (first save creates the
// forløb's id, an update reuses it, the id with neither block annuls it), the a-kasse reads it within R-AK-18's
// reach (current members; former members for 3½ years unless the citizen joined another a-kasse), and R-NOT-07's
// receiver gets GetTidligPensionVersion1 over the WSRM pull and the TidligPension webservice message from the
// save's transaction. Every refusal writes nothing.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import { registerCertificate } from '../../src/store/clientCertificateRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { subscribeAll } from '../support/outbox.ts';
import {
  akasse,
  jobcenter,
  refusedWithoutWrites,
  soapClient,
  star,
  type Caller,
  type Harness,
} from '../support/soapHarness.ts';
import { clientAgent, OCES2_CVR, testCertificates } from '../support/tls.ts';
import { drainQueue } from '../support/wsrmCalls.ts';
import { list } from './contactProcessCalls.ts';

const SERVICE = 'PensionService';
const certs = testCertificates();
const udkAgent = clientAgent(certs.oces2);
after(() => udkAgent.destroy());
const udk = (): Caller => ({ organisationType: 30, organisationCode: 'UDK', userType: 3, userIdentifier: 'udk-batch' });

const TP = {
  current: '0101601234', // member of a-kasse 81 since 2010
  endedWithEfterloen: '0202601234', // a-kasse 81 until 2022-01-01, efterløn transition date registered there
  endedNoEfterloen: '0303601234', // a-kasse 81 until 2022-01-01, no efterløn date
  movedOn: '0404601234', // a-kasse 81 until 2022-01-01, a-kasse 99 from 2022-03-01
} as const;

const scenario = `
persons:
  - cpr: "${TP.current}"
    birthDate: 1960-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2010-01-01 }]
  - cpr: "${TP.endedWithEfterloen}"
    birthDate: 1960-02-02
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2010-01-01, endDate: 2022-01-01, efterloenTransitionDate: 2022-01-02 }]
  - cpr: "${TP.endedNoEfterloen}"
    birthDate: 1960-03-03
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2010-01-01, endDate: 2022-01-01 }]
  - cpr: "${TP.movedOn}"
    birthDate: 1960-04-04
    jobcenterCode: "10100"
    memberships:
      - { akasseCode: "81", startDate: 2010-01-01, endDate: 2022-01-01 }
      - { akasseCode: "99", startDate: 2022-03-01 }
`;

const overgang = {
  TidligPensionOvergangsdato: '2022-09-01',
  TidligPensionAfgoerelsesdato: '2022-06-01',
};
const kompensation = { Kompensationsafgoerelsesdato: '2022-06-01', Kompensationsbeloeb: 152340.5 };

eachDatabase('Tidlig pension (PensionService)', '2022-06-01', scenario, (h) => {
  const client = (caller: Caller) => h().client(SERVICE, caller);
  const save = async (caller: Caller, cpr: string, body: Record<string, unknown>) =>
    String(
      (await (await client(caller)).SaveTidligPensionAsync({ Personnummer: cpr, ...body }))[0].TidligPensionIdentifier,
    );
  const read = async (caller: Caller, cpr: string) =>
    list<any>(
      (await (await client(caller)).GetTidligPensionAsync({ Personnummer: cpr }))[0].TidligPensionCollection
        ?.TidligPension,
    );
  const drain = (hh: Harness, caller: Caller) => drainQueue((service) => hh.client(service, caller));
  const rows = () => h().db('tidlig_pension').orderBy('id');

  test('UDK saves, updates and annuls a forløb under one id; the current a-kasse and STAR read each state', async () => {
    const id = await save(udk(), TP.current, { OvergangTilTidligPension: overgang });
    assert.match(id, /^[0-9a-f-]{36}$/);
    const [first] = await read(akasse('81'), TP.current);
    assert.equal(first.TidligPensionIdentifier, id);
    assert.equal(first.OvergangTilTidligPension.TidligPensionOvergangsdato.slice(0, 10), '2022-09-01');
    assert.equal(first.Kompensationsudbetaling, undefined);

    const again = await save(udk(), TP.current, {
      TidligPensionIdentifier: id,
      OvergangTilTidligPension: { ...overgang, TidligPensionOphoersdato: '2026-01-01' },
      Kompensationsudbetaling: kompensation,
    });
    assert.equal(again, id, 'an update reuses the forløb id');
    const [updated] = await read(star(), TP.current);
    assert.equal(updated.OvergangTilTidligPension.TidligPensionOphoersdato.slice(0, 10), '2026-01-01');
    assert.equal(Number(updated.Kompensationsudbetaling.Kompensationsbeloeb), 152340.5);

    assert.equal(await save(udk(), TP.current, { TidligPensionIdentifier: id }), id);
    const [annulled] = await read(akasse('81'), TP.current);
    assert.equal(annulled.TidligPensionIdentifier, id);
    assert.equal(annulled.OvergangTilTidligPension, undefined);
    assert.equal(annulled.Kompensationsudbetaling, undefined);
    assert.equal((await rows()).length, 1);
  });

  test('R-NOT-07: a current member → GetTidligPensionVersion1 to the current a-kasse (Create, Update, annulment) and the TidligPension WSB from the same transactions', async () => {
    await subscribeAll(h().db, ['2:81']);
    const id = await save(udk(), TP.current, { OvergangTilTidligPension: overgang });
    await save(udk(), TP.current, { TidligPensionIdentifier: id, Kompensationsudbetaling: kompensation });
    await save(udk(), TP.current, { TidligPensionIdentifier: id });
    const got = await drain(h(), akasse('81'));
    assert.deepEqual(Object.keys(got), ['GetTidligPensionVersion1']);
    const items = got.GetTidligPensionVersion1!;
    assert.deepEqual(
      items.map((i) => Number(i.Aendringstype)),
      [1, 2, 3],
    );
    assert.ok(items.every((i) => i.TidligPensionIdentifier === id && i.Personnummer === TP.current));
    assert.equal(items[0].OvergangTilTidligPension.TidligPensionAfgoerelsesdato.slice(0, 10), '2022-06-01');
    assert.equal(items[1].OvergangTilTidligPension, undefined);
    assert.equal(items[1].Kompensationsudbetaling.Kompensationsafgoerelsesdato.slice(0, 10), '2022-06-01');
    assert.equal(items[0].WSRMMetadata.RegisteringAuthority.OrganisationCode, 'UDK');
    const wsb = await h()
      .db('outbox_message')
      .where({ message_type: 'TidligPension.WSB' })
      .orderBy('sequence')
      .select('receiver_org_type', 'receiver_org_code');
    assert.deepEqual(
      wsb.map((r: any) => [Number(r.receiver_org_type), r.receiver_org_code]),
      [
        [2, '81'],
        [2, '81'],
        [2, '81'],
      ],
    );
    assert.deepEqual(await drain(h(), jobcenter()), {}, 'the jobcentre gets nothing');
  });

  test('R-NOT-07: membership of A ended 1 Jan 2022 and an efterløn date registered, UDK saves on 1 Jun 2022 → A receives GetTidligPensionVersion1', async () => {
    const id = await save(udk(), TP.endedWithEfterloen, { Kompensationsudbetaling: kompensation });
    const got = await drain(h(), akasse('81'));
    assert.equal(got.GetTidligPensionVersion1?.length, 1);
    assert.equal(got.GetTidligPensionVersion1![0].TidligPensionIdentifier, id);
  });

  test('R-NOT-07: without an efterløn date → no message (the save is kept)', async () => {
    await save(udk(), TP.endedNoEfterloen, { OvergangTilTidligPension: overgang });
    assert.deepEqual(await drain(h(), akasse('81')), {});
    const count = await h().db('outbox_message').where({ citizen_cpr: TP.endedNoEfterloen }).count('* as n');
    assert.equal(Number(count[0]!.n), 0);
    assert.equal((await rows()).length, 1);
  });

  test('R-NOT-07: a member of another a-kasse since → that a-kasse receives it, not the former one', async () => {
    await save(udk(), TP.movedOn, { OvergangTilTidligPension: overgang });
    assert.deepEqual(await drain(h(), akasse('81')), {});
    assert.equal((await drain(h(), akasse('99'))).GetTidligPensionVersion1?.length, 1);
  });

  test('R-AK-18: membership ended 1 Jan 2022 → the a-kasse reads on 30 Jun 2025, is refused on 2 Jul 2025 (4856)', async () => {
    await save(udk(), TP.endedNoEfterloen, { OvergangTilTidligPension: overgang });
    h().clock.set('2025-06-30');
    assert.equal((await read(akasse('81'), TP.endedNoEfterloen)).length, 1);
    h().clock.set('2025-07-02');
    const f = await refusedWithoutWrites(h().db, () => read(akasse('81'), TP.endedNoEfterloen), '4856');
    assert.doesNotMatch(f.body, /TidligPensionIdentifier/);
  });

  test('R-AK-18: the citizen joined a-kasse 99 on 1 Mar 2022 → 81 reading on 1 Apr 2022 is refused (4857); 99 reads', async () => {
    await save(udk(), TP.movedOn, { OvergangTilTidligPension: overgang });
    h().clock.set('2022-04-01');
    await refusedWithoutWrites(h().db, () => read(akasse('81'), TP.movedOn), '4857');
    assert.equal((await read(akasse('99'), TP.movedOn)).length, 1);
  });

  test('access: a jobcentre or an a-kasse may not save (4575), a jobcentre may not read (4575); nothing written', async () => {
    await refusedWithoutWrites(
      h().db,
      () => save(akasse('81'), TP.current, { OvergangTilTidligPension: overgang }),
      '4575',
    );
    await refusedWithoutWrites(
      h().db,
      () => save(jobcenter(), TP.current, { OvergangTilTidligPension: overgang }),
      '4575',
    );
    await refusedWithoutWrites(h().db, () => read(jobcenter(), TP.current), '4575');
  });

  test('refusals of a save write nothing: unknown id 5161, annulled forløb 5162, a new forløb without data 5163, Ophoersdato before Overgangsdato 1003', async () => {
    await refusedWithoutWrites(
      h().db,
      () =>
        save(udk(), TP.current, {
          TidligPensionIdentifier: '3f2504e0-4f89-41d3-9a0c-000000000999',
          OvergangTilTidligPension: overgang,
        }),
      '5161',
    );
    const other = await save(udk(), TP.endedNoEfterloen, { OvergangTilTidligPension: overgang });
    await refusedWithoutWrites(
      h().db,
      () => save(udk(), TP.current, { TidligPensionIdentifier: other, OvergangTilTidligPension: overgang }),
      '5161',
    );
    await save(udk(), TP.endedNoEfterloen, { TidligPensionIdentifier: other });
    await refusedWithoutWrites(
      h().db,
      () => save(udk(), TP.endedNoEfterloen, { TidligPensionIdentifier: other, OvergangTilTidligPension: overgang }),
      '5162',
    );
    await refusedWithoutWrites(h().db, () => save(udk(), TP.current, {}), '5163');
    await refusedWithoutWrites(
      h().db,
      () =>
        save(udk(), TP.current, {
          OvergangTilTidligPension: { ...overgang, TidligPensionOphoersdato: '2022-08-31' },
        }),
      '1003',
    );
  });

  test("UDK's own function certificate (D-211: registered for PensionService and organisation 30:UDK) saves; acting for an a-kasse with it is 4413, another service 1013; nothing written", async () => {
    await h().db('client_certificate').where({ processor_cvr: OCES2_CVR }).del();
    await h().db('data_processor_organisation').where({ processor_cvr: OCES2_CVR }).del();
    await registerCertificate(h().db, readFunctionCertificate(certs.oces2.cert), {
      services: ['PensionService'],
      organisations: [{ organisationType: 30, organisationCode: 'UDK' }],
      now: '2022-06-01T08:00:00+02:00',
    });
    const pension = (caller: Caller) => soapClient(h().url, SERVICE, caller, udkAgent);
    const [saved] = await (
      await pension(udk())
    ).SaveTidligPensionAsync({ Personnummer: TP.current, OvergangTilTidligPension: overgang });
    assert.match(String(saved.TidligPensionIdentifier), /^[0-9a-f-]{36}$/);
    await refusedWithoutWrites(
      h().db,
      async () => (await pension(akasse('81'))).GetTidligPensionAsync({ Personnummer: TP.current }),
      '4413',
    );
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await soapClient(h().url, 'PersonContactService', udk(), udkAgent)).GetPersonContactsAsync({
          PersonCivilRegistrationIdentifier: TP.current,
        }),
      '1013',
    );
  });
});
