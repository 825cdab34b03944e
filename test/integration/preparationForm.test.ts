// The preparation form and the digital screening pilot over HTTP on both dialects (ForberedelsesskemaService):
// R-OTH-09 (no statistical part for a form submitted from release 2022-1; an older form keeps it), R-OTH-10 (the
// screening variant only for the target group in the participating municipalities during the pilot), R-DEL-03
// (the citizen sees the screening result on Jobnet for 90 days, the caseworker longer). Refusals write nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { formsOf, screeningsOf } from '../../src/store/preparationFormRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter, jobnetCitizen, refusedWithoutWrites, type Harness } from '../support/soapHarness.ts';

const CPR = {
  horsens: '0101901234', // dagpenge recipient living in Horsens (615)
  odense: '0202902345', // dagpenge recipient living in Odense (461)
  horsensCash: '0303903456', // cash-benefit recipient in Horsens, job-ready (person category 4)
  group5: '0404904567', // contact group 5: not offered the form
  rehab: '0505905678', // contact group 1 with an open rehabilitation process
} as const;

const scenario = `
persons:
  - { cpr: "${CPR.horsens}", birthDate: 1980-01-01, jobcenterCode: "61500", municipalityCode: "615", contactGroups: [{ contactGroup: 1, startDate: 2021-01-01, endDate: null }] }
  - { cpr: "${CPR.odense}", birthDate: 1995-01-01, jobcenterCode: "46100", municipalityCode: "461", contactGroups: [{ contactGroup: 1, startDate: 2021-01-01, endDate: null }] }
  - cpr: "${CPR.horsensCash}"
    birthDate: 1990-01-01
    jobcenterCode: "61500"
    municipalityCode: "615"
    contactGroups: [{ contactGroup: 2, startDate: 2021-01-01, endDate: null }]
    personCategories: [{ category: 4, startDate: 2021-01-01 }]
  - { cpr: "${CPR.group5}", birthDate: 1990-01-01, jobcenterCode: "61500", municipalityCode: "615", contactGroups: [{ contactGroup: 5, startDate: 2021-01-01, endDate: null }] }
  - cpr: "${CPR.rehab}"
    birthDate: 1990-01-01
    jobcenterCode: "46100"
    municipalityCode: "461"
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-01, endDate: null }]
    rehabilitationProcesses: [{ startDate: 2021-06-01, endDate: null }]
`;

const SERVICE = 'ForberedelsesskemaService';
const answers = { Svar: [{ Spoergsmaal: 1, Svartekst: 'Jeg søger job som tømrer' }] };
const screening = { FunktionsnedsaettelseSvar: 'Nej', KompensationsbehovSvar: 'Ja, hæve-sænkebord' };

const citizenClient = (h: Harness, cpr: string) => h.client(SERVICE, jobnetCitizen(cpr));
const gem = (c: soap.Client, cpr: string, submit: boolean, withScreening = false) =>
  c.GemForberedelsesskemaAsync({
    Personnummer: cpr,
    Besvarelser: answers,
    ...(withScreening ? { Screening: screening } : {}),
    Indsend: submit,
  });
const get = async (c: soap.Client, cpr: string) => (await c.GetForberedelsesskemaAsync({ Personnummer: cpr }))[0];

eachDatabase('preparation form and digital screening', '2021-06-01', scenario, (h) => {
  test('R-OTH-10: a dagpenge recipient in Horsens sees the screening variant in 2021 and answers its 2 questions with the submission', async () => {
    const c = await citizenClient(h(), CPR.horsens);
    assert.equal((await get(c, CPR.horsens)).Skemavariant, 'DigitalScreening');
    await gem(c, CPR.horsens, false);
    const [saved] = await gem(c, CPR.horsens, true, true);
    const read = await get(await h().client(SERVICE, jobcenter('61500')), CPR.horsens);
    const [form] = read.ForberedelsesskemaCollection.Forberedelsesskema;
    assert.equal(form.ForberedelsesskemaIdentifier, saved.ForberedelsesskemaIdentifier);
    assert.equal(form.Startdato, '2021-06-01');
    assert.equal(form.Indsendelsesdato, '2021-06-01');
    assert.equal(form.Screening.KompensationsbehovSvar, 'Ja, hæve-sænkebord');
    assert.equal(
      (await formsOf(h().db, CPR.horsens)).length,
      1,
      'the first save started the form, the second submitted it',
    );
  });

  test('R-OTH-10: a job-ready cash-benefit recipient in Horsens sees it too; one in Odense does not, and her answers are refused (5327), nothing written', async () => {
    assert.equal(
      (await get(await citizenClient(h(), CPR.horsensCash), CPR.horsensCash)).Skemavariant,
      'DigitalScreening',
    );
    const odense = await citizenClient(h(), CPR.odense);
    assert.equal((await get(odense, CPR.odense)).Skemavariant, 'Forberedelsesskema');
    const refused = await refusedWithoutWrites(h().db, () => gem(odense, CPR.odense, true, true), '5327');
    assert.match(refused.body, /R-OTH-10/);
  });

  test('R-OTH-10: after the pilot (January 2023) nobody is shown the variant', async () => {
    h().clock.set('2023-01-02');
    const c = await citizenClient(h(), CPR.horsens);
    assert.equal((await get(c, CPR.horsens)).Skemavariant, 'Forberedelsesskema');
    await refusedWithoutWrites(h().db, () => gem(c, CPR.horsens, true, true), '5327');
  });

  test('screening answers without submission (5328) and a citizen in contact group 5 (5326) are refused, nothing written', async () => {
    await refusedWithoutWrites(
      h().db,
      async () => gem(await citizenClient(h(), CPR.horsens), CPR.horsens, false, true),
      '5328',
    );
    await refusedWithoutWrites(h().db, async () => gem(await citizenClient(h(), CPR.group5), CPR.group5, true), '5326');
  });

  test('another citizen’s form cannot be saved on Jobnet (4922), nothing written', async () => {
    await refusedWithoutWrites(
      h().db,
      async () => gem(await citizenClient(h(), CPR.odense), CPR.horsens, true),
      '4922',
    );
  });

  test('R-OTH-09: a form submitted on 1 Mar 2022 keeps its statistical part, readable on 1 Jun 2022; one submitted on 15 Mar 2022 has none', async () => {
    h().clock.set('2022-03-01');
    await gem(await citizenClient(h(), CPR.horsens), CPR.horsens, true);
    h().clock.set('2022-03-15');
    await gem(await citizenClient(h(), CPR.odense), CPR.odense, true);
    h().clock.set('2022-06-01');
    const jcHorsens = await h().client(SERVICE, jobcenter('61500'));
    const [old] = (await get(jcHorsens, CPR.horsens)).ForberedelsesskemaCollection.Forberedelsesskema;
    assert.deepEqual(old.StatistiskDel, { RisikoForLangtidsledighed: 'Middel' });
    const [newer] = (await get(await h().client(SERVICE, jobcenter('46100')), CPR.odense)).ForberedelsesskemaCollection
      .Forberedelsesskema;
    assert.equal(newer.StatistiskDel, undefined);
    assert.equal((await formsOf(h().db, CPR.odense))[0]!.statisticalPart, null);
  });

  test('R-DEL-03: the citizen sees the screening result on Jobnet for 90 days (until 30 Aug for 1 Jun), the jobcentre still on 31 Aug', async () => {
    await gem(await citizenClient(h(), CPR.horsens), CPR.horsens, true, true);
    h().clock.set('2021-08-30');
    const [onDay89] = (await get(await citizenClient(h(), CPR.horsens), CPR.horsens)).ForberedelsesskemaCollection
      .Forberedelsesskema;
    assert.equal(onDay89.Screening.FunktionsnedsaettelseSvar, 'Nej');
    h().clock.set('2021-08-31');
    const [onDay90] = (await get(await citizenClient(h(), CPR.horsens), CPR.horsens)).ForberedelsesskemaCollection
      .Forberedelsesskema;
    assert.equal(onDay90.Screening, undefined);
    const [caseworker] = (await get(await h().client(SERVICE, jobcenter('61500')), CPR.horsens))
      .ForberedelsesskemaCollection.Forberedelsesskema;
    assert.equal(caseworker.Screening.FunktionsnedsaettelseSvar, 'Nej');
    assert.equal((await screeningsOf(h().db, CPR.horsens)).length, 1);
  });

  test('R-DEL-12: a form of a citizen with an open rehabilitation process is marked for the 10-year retention', async () => {
    await gem(await citizenClient(h(), CPR.rehab), CPR.rehab, true);
    assert.equal((await formsOf(h().db, CPR.rehab))[0]!.inRehabilitation, true);
  });
});
