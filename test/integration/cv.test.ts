// CV data through operations on both dialects (issue 17): Jobnet or LetAsyl saves the citizen's CV (CVService.SaveCV,
// GetCVUpdatedVersion1), case systems read it (GetCV: R-CV-03 a LetAsyl experience without job code, R-CV-05 'Ukendt'
// for a citizen without an address), the a-kasse and the jobcentre register CV statuses (CVWorkFlowService.
// UpdateCVStatus: R-CV-06 the historical date after a change of a-kasse, R-CV-04 approval in rehabilitation, R-CV-01
// status 5 is no NUPH; GetCVStatusVersion7). Accepted and refused paths; a refusal writes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { cvStatusesOf, findCv } from '../../src/store/cvRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites, star } from '../support/soapHarness.ts';
import { drainQueue } from '../support/wsrmCalls.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

const CPR = {
  moved: '0101901234', // a-kasse 81 until 31 Jan 2024, a-kasse 82 from 1 Feb 2024; contact group 1
  rehab: '0202902345', // a-kasse 81, contact group 1, an open rehabilitation process
  admin: '0303903456', // an administrative CPR number: no address; jobcentre 10100
  other: '0404904567', // another jobcentre (20100)
} as const;

const scenario = `
persons:
  - cpr: "${CPR.moved}"
    birthDate: 1990-01-01
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: 2024-01-31 }, { akasseCode: "82", startDate: 2024-02-01, endDate: null }]
  - cpr: "${CPR.rehab}"
    birthDate: 1990-02-02
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2021-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    rehabilitationProcesses: [{ startDate: 2021-09-01, endDate: null }]
  - { cpr: "${CPR.admin}", birthDate: 1990-03-03, jobcenterCode: "10100", contactGroups: [{ contactGroup: 2, startDate: 2023-01-01, endDate: null }] }
  - { cpr: "${CPR.other}", birthDate: 1990-04-04, jobcenterCode: "20100", contactGroups: [{ contactGroup: 2, startDate: 2023-01-01, endDate: null }] }
`;

const CV = 'CVService';
const FLOW = 'CVWorkFlowService';

const save = (c: soap.Client, cpr: string, source: string, experiences: object[], address?: string) =>
  c.SaveCVAsync({
    PersonCivilRegistrationIdentifier: cpr,
    CVSource: source,
    ...(address ? { Address: address } : {}),
    WorkExperienceCollection: { WorkExperience: experiences },
  });
const status = (c: soap.Client, cpr: string, id: number, date?: string, comment?: string) =>
  c.UpdateCVStatusAsync({
    CvStatus: {
      PersonCivilRegistrationIdentifier: cpr,
      CvStatusIdentifier: id,
      ...(comment ? { Comment: comment } : {}),
      ...(date ? { CvStatusDate: date } : {}),
    },
  });

eachDatabase('CV data, CV status and the CV WSRM messages', '2024-02-05', scenario, (h) => {
  test('R-CV-03, R-CV-05: a LetAsyl CV without a job code and without an address is saved and read, address Ukendt; GetCVUpdatedVersion1 to the jobcentre', async () => {
    await save(await h().client(CV, star()), CPR.admin, 'LetAsyl', [
      { Title: 'Tømrer', FromDate: '2015-01-01', ToDate: '2019-12-31' },
      { Title: 'Snedker', JobCode: 'http://data.star.dk/esco/occupation/7115' },
    ]);
    const [cv] = await (await h().client(CV, jobcenter())).GetCVAsync({ PersonCivilRegistrationIdentifier: CPR.admin });
    assert.equal(cv.Municipality.MunicipalityCode, '101');
    assert.equal(cv.CVProfile.PersonalData.Address, 'Ukendt');
    assert.equal(cv.CVProfile.CVSource, 'LetAsyl');
    assert.deepEqual(cv.CVProfile.WorkExperienceCollection.WorkExperience, [
      { Title: 'Tømrer', FromDate: '2015-01-01', ToDate: '2019-12-31' },
      { Title: 'Snedker', JobCode: 'http://data.star.dk/esco/occupation/7115' },
    ]);
    assert.deepEqual(receiverKeys(await outboxFor(h().db, CPR.admin)), ['GetCVUpdatedVersion1->8:10100']);
  });

  test('R-CV-03: before release 2023-4 reading that LetAsyl CV failed (5324); a Jobnet CV with an address is read', async () => {
    await save(
      await h().client(CV, star()),
      CPR.admin,
      'LetAsyl',
      [{ Title: 'Tømrer' }],
      'Vestergade 1, 8000 Aarhus C',
    );
    h().clock.set('2023-12-01');
    const refused = await fault(
      (await h().client(CV, jobcenter())).GetCVAsync({ PersonCivilRegistrationIdentifier: CPR.admin }),
    );
    assert.equal(refused.code, '5324');
    assert.match(refused.body, /R-CV-03/);
    h().clock.set('2023-12-04');
    const [cv] = await (await h().client(CV, jobcenter())).GetCVAsync({ PersonCivilRegistrationIdentifier: CPR.admin });
    assert.equal(cv.CVProfile.PersonalData.Address, 'Vestergade 1, 8000 Aarhus C');
  });

  test('R-CV-05: before release 2022-1 reading the CV of a citizen without an address failed (5323)', async () => {
    await save(await h().client(CV, star()), CPR.admin, 'Jobnet', []);
    h().clock.set('2022-03-13');
    const refused = await fault(
      (await h().client(CV, jobcenter())).GetCVAsync({ PersonCivilRegistrationIdentifier: CPR.admin }),
    );
    assert.equal(refused.code, '5323');
  });

  test('SaveCV: an experience ending before it starts (1003), a jobcentre caller (4575) are refused and nothing is written', async () => {
    await refusedWithoutWrites(
      h().db,
      async () =>
        save(await h().client(CV, star()), CPR.admin, 'Jobnet', [
          { Title: 'X', FromDate: '2020-01-02', ToDate: '2020-01-01' },
        ]),
      '1003',
    );
    await refusedWithoutWrites(
      h().db,
      async () => save(await h().client(CV, jobcenter()), CPR.admin, 'Jobnet', []),
      '4575',
    );
    assert.equal(await findCv(h().db, CPR.admin), null);
  });

  test('R-CV-06: a-kasse 81 reports a status dated 20 Jan on 5 Feb after the member moved to 82 → accepted; GetCVStatusVersion7 to the jobcentre and a-kasse 82; GetCV shows it', async () => {
    await status(await h().client(FLOW, akasse('81')), CPR.moved, 2, '2024-01-20', 'CV godkendt ved samtale');
    const [s] = await cvStatusesOf(h().db, CPR.moved);
    assert.equal(s!.statusDate, '2024-01-20');
    assert.equal(s!.registeredBy.organisationCode, '81');
    const rows = await outboxFor(h().db, CPR.moved);
    assert.deepEqual(receiverKeys(rows), ['GetCVStatusVersion7->2:82', 'GetCVStatusVersion7->8:10100']);
    assert.match(rows[0]!.payload, /<[^>]*IsNUPH>false</);
    const [cv] = await (
      await h().client(CV, akasse('82'))
    ).GetCVAsync({ PersonCivilRegistrationIdentifier: CPR.moved });
    assert.equal(Number(cv.CVStatusIdentifier), 2);
    assert.equal(cv.CVComment, 'CV godkendt ved samtale');
    assert.equal(cv.CVProfile, undefined, 'no CV saved yet');
  });

  test("R-CV-06: a status dated after the move by the former a-kasse, or any by an a-kasse never the member's, → 4385; a future date → 5322; nothing written", async () => {
    const former = await h().client(FLOW, akasse('81'));
    const refused = await refusedWithoutWrites(h().db, () => status(former, CPR.moved, 2, '2024-02-02'), '4385');
    assert.match(refused.body, /R-CV-06/);
    await refusedWithoutWrites(h().db, async () => status(await h().client(FLOW, akasse('99')), CPR.moved, 2), '4385');
    await refusedWithoutWrites(h().db, () => status(former, CPR.moved, 2, '2024-02-06'), '5322');
  });

  test('R-CV-06: before release 2022-1 the former a-kasse was refused (4385) even for a date of its membership', async () => {
    h().clock.set('2022-02-05');
    await h().db('akasse_membership').where({ cpr: CPR.moved }).del();
    await h()
      .db('akasse_membership')
      .insert([
        { id: 'm-81', cpr: CPR.moved, akasse_code: '81', start_date: '2015-01-01', end_date: '2022-01-31' },
        { id: 'm-82', cpr: CPR.moved, akasse_code: '82', start_date: '2022-02-01', end_date: null },
      ]);
    await refusedWithoutWrites(
      h().db,
      async () => status(await h().client(FLOW, akasse('81')), CPR.moved, 2, '2022-01-20'),
      '4385',
    );
  });

  test('R-CV-04: the a-kasse approves the CV of a dagpenge recipient in a rehabilitation process → accepted; before release 2022-1 → 5321, nothing written', async () => {
    await status(await h().client(FLOW, akasse('81')), CPR.rehab, 2);
    assert.equal((await cvStatusesOf(h().db, CPR.rehab)).length, 1);
    h().clock.set('2022-03-13');
    const refused = await refusedWithoutWrites(
      h().db,
      async () => status(await h().client(FLOW, akasse('81')), CPR.rehab, 2),
      '5321',
    );
    assert.match(refused.body, /R-CV-04/);
  });

  test('R-CV-01: the jobcentre registers CV status 5 on 10 Dec 2023 → stored, no NUPH, IsNUPH false; before release 2023-4 IsNUPH was true', async () => {
    h().clock.set('2023-12-10');
    await status(await h().client(FLOW, jobcenter()), CPR.rehab, 5);
    const rows = await outboxFor(h().db, CPR.rehab);
    assert.deepEqual(receiverKeys(rows), ['GetCVStatusVersion7->2:81', 'GetCVStatusVersion7->8:10100']);
    assert.ok(rows.every((r) => /<[^>]*IsNUPH>false</.test(r.payload)));
    assert.equal(Number((await h().db('nuph').count({ n: '*' }))[0]!.n), 0);
    h().clock.set('2023-12-01');
    await status(await h().client(FLOW, jobcenter()), CPR.rehab, 5);
    const later = (await outboxFor(h().db, CPR.rehab)).slice(2);
    assert.ok(later.length === 2 && later.every((r) => /<[^>]*IsNUPH>true</.test(r.payload)));
  });

  test("UpdateCVStatus: another jobcentre's citizen is refused (6005), nothing written", async () => {
    await refusedWithoutWrites(h().db, async () => status(await h().client(FLOW, jobcenter()), CPR.other, 5), '6005');
    assert.deepEqual(await cvStatusesOf(h().db, CPR.other), []);
  });

  test('GetCVStatusVersion7 and GetCVUpdatedVersion1 are picked up over WSRM by the jobcentre', async () => {
    await save(await h().client(CV, star()), CPR.moved, 'Jobnet', [{ Title: 'Tømrer' }], 'Vestergade 1');
    await status(await h().client(FLOW, akasse('82')), CPR.moved, 2);
    const got = await drainQueue((service) => h().client(service, jobcenter()));
    assert.deepEqual(Object.keys(got).sort(), ['GetCVStatusVersion7', 'GetCVUpdatedVersion1']);
    assert.equal(got.GetCVStatusVersion7![0].PersonCivilRegistrationIdentifier, CPR.moved);
    assert.equal(Number(got.GetCVStatusVersion7![0].CVEvent.Operation), 1);
    assert.equal(got.GetCVUpdatedVersion1![0].CVSource, 'Jobnet');
  });
});
