// What a registration (UnemploymentEnrollment) does besides enrolling, on both dialects: R-OTH-04 (a job title or
// alias only once, 5325, nothing written) and R-OTH-08 (a jobcentre's registration of a citizen without a Jobnet
// profile creates one and answers 'Ukendt' as username and password; before release 2022-1 the generated ones).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { hasJobnetProfile } from '../../src/store/cvRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const SERVICE = 'UnemploymentEnrollmentService';
const TOEMRER = 'http://data.star.dk/esco/occupation/toemrer';
const SNEDKER = 'http://data.star.dk/esco/occupation/snedker';
const ALIAS = '3f2504e0-4f89-41d3-9a0c-00000000a11a';

const enroll = (c: soap.Client, cpr: string, date: string, professions: object[] = []) =>
  c.UnemploymentEnrollmentAsync({
    UnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: cpr,
      ClientCategoryTypeIdentifier: 1,
      EnrollmentDate: `${date}T08:00:00`,
      CurrentUnemploymentStatusTypeIdentifier: 1,
      ...(professions.length > 0 ? { Profession: { ProfessionType: professions } } : {}),
    },
  });

eachDatabase('registration: job titles once, Jobnet credentials', '2024-01-15', baseScenario, (h) => {
  test('R-OTH-04: "Tømrer" twice → 5325, nothing written; the same alias twice → 5325', async () => {
    const c = await h().client(SERVICE, jobcenter());
    const refused = await refusedWithoutWrites(
      h().db,
      () => enroll(c, CPR.noAkasse, '2024-01-15', [{ ConceptUriDa: TOEMRER }, { ConceptUriDa: TOEMRER }]),
      '5325',
    );
    assert.match(refused.body, /R-OTH-04/);
    await refusedWithoutWrites(
      h().db,
      () =>
        enroll(c, CPR.noAkasse, '2024-01-15', [
          { ConceptUriDa: TOEMRER, AliasIdentifier: ALIAS },
          { ConceptUriDa: TOEMRER, AliasIdentifier: ALIAS.toUpperCase() },
        ]),
      '5325',
    );
  });

  test('R-OTH-04: "Tømrer" and "Snedker", and a title with one of its aliases, → accepted', async () => {
    const [res] = await enroll(await h().client(SERVICE, akasse('81')), CPR.member, '2024-01-15', [
      { ConceptUriDa: TOEMRER },
      { ConceptUriDa: SNEDKER },
      { ConceptUriDa: TOEMRER, AliasIdentifier: ALIAS },
    ]);
    assert.match(res.ServiceReceipt.MessageIdentifier, /^[0-9a-f-]{36}$/);
  });

  test('R-OTH-04: before release 2022-1 duplicates were accepted', async () => {
    h().clock.set('2022-03-13');
    await enroll(await h().client(SERVICE, jobcenter()), CPR.noAkasse, '2022-03-13', [
      { ConceptUriDa: TOEMRER },
      { ConceptUriDa: TOEMRER },
    ]);
  });

  test("R-OTH-08: the jobcentre registers a citizen without a Jobnet profile → the profile is created, the response has 'Ukendt' and 'Ukendt'; a second registration answers none", async () => {
    assert.equal(await hasJobnetProfile(h().db, CPR.noAkasse), false);
    const c = await h().client(SERVICE, jobcenter());
    const [res] = await enroll(c, CPR.noAkasse, '2024-01-15');
    assert.deepEqual(res.JobnetCredentials, { UserName: 'Ukendt', Password: 'Ukendt' });
    assert.equal(await hasJobnetProfile(h().db, CPR.noAkasse), true);
    await c.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.noAkasse,
        CancellationDate: '2024-01-20T00:00:00',
        CancellationReasonTypeIdentifier: 1,
      },
    });
    h().clock.set('2024-02-01');
    const [again] = await enroll(c, CPR.noAkasse, '2024-02-01');
    assert.equal(again.JobnetCredentials, undefined, 'the citizen has a profile now');
  });

  test("R-OTH-08: an a-kasse's registration creates no profile and answers no credentials; before release 2022-1 the jobcentre got generated ones", async () => {
    const [byAkasse] = await enroll(await h().client(SERVICE, akasse('81')), CPR.member, '2024-01-15');
    assert.equal(byAkasse.JobnetCredentials, undefined);
    assert.equal(await hasJobnetProfile(h().db, CPR.member), false);
    h().clock.set('2022-03-13');
    const [before] = await enroll(await h().client(SERVICE, jobcenter()), CPR.noAkasse, '2022-03-13');
    assert.notEqual(before.JobnetCredentials.UserName, 'Ukendt');
    assert.notEqual(before.JobnetCredentials.Password, 'Ukendt');
  });
});
