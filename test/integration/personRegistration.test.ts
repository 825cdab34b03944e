// PersonRegistrationService completed (issue 16) and Borgerindsats.AsylovergivelseService over HTTP, on both
// dialects: the person category with its matrix (4656, 5201–5203, 8060, 2002), UpdatePersonJobcenter (5204, 5206,
// R-OTH-05 and its pre-2022-1 failure 5205), the move batch's reset and the takeover exception (R-BAT-01),
// person-group markings (R-OTH-03, 5207, 5208), health limitations (5209, 1003) and the asylum handover data
// (R-OTH-01: no CvEditEnddate, 5210–5212). Every refusal writes nothing; every response is validated against xsd/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCprMove } from '../../src/app/person/cprMove.ts';
import { applyFeedEvent } from '../../src/app/feeds/feedEvents.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';

const P = {
  applicant: '0101901111', // contact group 2 with an enrollment
  group1: '0202901112', // contact group 1, enrolled, member of a-kasse 81
  noGroup: '0303901113', // no contact group
  unenrolled2: '0404901114', // contact group 2, no enrollment
  mover: '0505901115', // category 5 set by jobcentre 10100
  unregistered: '0606901116', // contact group 1, no enrollment, a-kasse membership ended (R-OTH-05)
  marked: '0707901117', // a marking STAR changed last, a health limitation
  renumbered: '0808901118', // the new CPR number of P.marked (R-OTH-02), unknown before the change
  freePeriod: '0909901119', // contact group 1, category 4, an open absence 9 'Friperiode' (D-267: 4654)
  category7: '1010901120', // contact group 1, category 7: temporary work in no contact group (D-267: 4592)
} as const;
const A = '10100';
const B = '75100';
const MARKING = '3f2504e0-4f89-41d3-9a0c-0000000b0001';
const LIMITATION = '3f2504e0-4f89-41d3-9a0c-0000000b0002';

const scenario = `
persons:
  - cpr: "${P.applicant}"
    birthDate: 1990-01-01
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 2, startDate: 2024-01-01 }]
    enrollments: [{ clientCategory: 2, enrollmentDate: 2024-01-01 }]
  - cpr: "${P.group1}"
    birthDate: 1990-02-02
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-01 }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-01 }]
    memberships: [{ akasseCode: "81", startDate: 2020-01-01 }]
  - cpr: "${P.noGroup}"
    birthDate: 1990-03-03
    jobcenterCode: "${A}"
  - cpr: "${P.unenrolled2}"
    birthDate: 1990-04-04
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 2, startDate: 2024-01-01 }]
  - cpr: "${P.mover}"
    birthDate: 1990-05-05
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 1, startDate: 2021-01-01 }]
    personCategories: [{ category: 5, startDate: 2023-01-10 }]
  - cpr: "${P.unregistered}"
    birthDate: 1990-06-06
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 1, startDate: 2021-06-01 }]
    memberships: [{ akasseCode: "81", startDate: 2020-01-01, endDate: 2021-12-31 }]
  - cpr: "${P.marked}"
    birthDate: 1990-07-07
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 12, startDate: 2023-01-01 }]
    personGroupMarkings: [{ id: "${MARKING}", stateProject: 1, startDate: 2023-06-01, registeredBy: "1:STAR" }]
    healthLimitations: [{ id: "${LIMITATION}", limitationType: 2, startDate: 2024-01-01, description: "Ryg" }]
  - cpr: "${P.freePeriod}"
    birthDate: 1990-09-09
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-01 }]
    personCategories: [{ category: 4, startDate: 2024-01-01 }]
    absences: [{ absenceType: 9, startDate: 2024-02-01 }]
  - cpr: "${P.category7}"
    birthDate: 1990-10-10
    jobcenterCode: "${A}"
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-01 }]
    personCategories: [{ category: 7, startDate: 2024-01-01 }]
`;

eachDatabase(
  'PersonRegistrationService completed, Borgerindsats.AsylovergivelseService',
  '2024-03-05',
  scenario,
  (h) => {
    const registration = (caller: Caller = jobcenter()) => h().client('PersonRegistrationService', caller);
    const asylum = (caller: Caller = jobcenter()) => h().client('Borgerindsats.AsylovergivelseService', caller);
    const categories = (cpr: string) =>
      h()
        .db('person_category')
        .where({ cpr })
        .orderBy('start_date')
        .select('category', 'start_date', 'end_date', 'org_code');
    const category = async (cpr: string, type: number, start: string, op = 'Create', caller = jobcenter()) =>
      (
        await (
          await registration(caller)
        )[`${op}PersonCategoryAsync`]({
          PersonCivilRegistrationIdentifier: cpr,
          PersonCategory: { PersonCategoryTypeIdentifier: type, StartDate: `${start}T00:00:00` },
        })
      )[0].ServiceReceipt.MessageIdentifier as string;
    const refused = (code: string, call: () => Promise<unknown>) => refusedWithoutWrites(h().db, call, code);

    test('a jobcentre registers an applicant, then changes the category to recipient from today', async () => {
      await category(P.applicant, 2, '2024-03-01');
      await refused('5202', () => category(P.applicant, 4, '2024-03-05'));
      await category(P.applicant, 3, '2024-03-05', 'Update');
      assert.deepEqual(await categories(P.applicant), [
        { category: 2, start_date: '2024-03-01', end_date: '2024-03-04', org_code: A },
        { category: 3, start_date: '2024-03-05', end_date: null, org_code: A },
      ]);
      // a same-day correction replaces the category in place
      await category(P.applicant, 2, '2024-03-05', 'Update');
      assert.deepEqual(
        (await categories(P.applicant)).map((c) => [c.category, c.end_date]),
        [
          [2, '2024-03-04'],
          [2, null],
        ],
      );
    });

    test('the person-category matrix refuses without writing: 5201, 4656, 8060, 5203, 2002', async () => {
      await refused('5201', () => category(P.group1, 2, '2024-03-05'));
      await refused('4656', () => category(P.unenrolled2, 2, '2024-03-05'));
      await refused('8060', () => category(P.noGroup, 4, '2024-03-05'));
      await refused('5203', () => category(P.group1, 4, '2024-03-05', 'Update'));
      await refused('2002', () => category(P.group1, 99, '2024-03-05'));
      await category(P.group1, 4, '2024-03-05');
      assert.equal((await categories(P.group1)).length, 1);
    });

    test('VA-47 (4654, D-267): a category that an open absence 9 allows in no contact group is refused without writing; one it allows is registered', async () => {
      await refused('4654', () => category(P.freePeriod, 6, '2024-03-05', 'Update'));
      await refused('4654', () => category(P.freePeriod, 12, '2024-03-05', 'Update'));
      await category(P.freePeriod, 5, '2024-03-05', 'Update');
      assert.deepEqual(
        (await categories(P.freePeriod)).map((c) => [c.category, c.end_date]),
        [
          [4, '2024-03-04'],
          [5, null],
        ],
      );
    });

    test('VA-47 (4654, D-267): an absence that ended before the start does not conflict', async () => {
      await h().db('absence').where({ cpr: P.freePeriod }).update({ end_date: '2024-03-04' });
      await category(P.freePeriod, 6, '2024-03-05', 'Update');
    });

    test('VA-72 (4655, D-267): an applicant again after KY made the citizen a recipient in this enrollment is refused; a same-day correction is not', async () => {
      await category(P.applicant, 2, '2024-03-01');
      await category(P.applicant, 3, '2024-03-04', 'Update');
      await refused('4655', () => category(P.applicant, 2, '2024-03-05', 'Update'));
      await category(P.applicant, 3, '2024-03-05', 'Update'); // no change
      h().clock.set('2024-03-04');
      await category(P.applicant, 2, '2024-03-04', 'Update'); // corrects the recipient period of the same day
      assert.deepEqual(
        (await categories(P.applicant)).map((c) => [c.category, c.end_date]),
        [
          [2, '2024-03-03'],
          [2, null],
        ],
      );
    });

    const temporaryWork = (cpr: string, start: string, end?: string) =>
      h()
        .client('AbsenceRegistrationService', jobcenter())
        .then((c) =>
          c.CreateAbsenceAsync({
            Absence: {
              PersonCivilRegistrationIdentifier: cpr,
              AbsenceTypeIdentifier: 2,
              StartDate: `${start}T00:00:00`,
              ...(end ? { EndDate: `${end}T00:00:00` } : {}),
              NotificationDate: '2024-03-05T00:00:00',
            },
          }),
        );
    const absenceRows = async (cpr: string) => (await h().db('absence').where({ cpr, absence_type: 2 })).length;

    test('VA-44 (4592, D-267): temporary work of 14 days for a category with temporary work in no contact group is refused without writing; 15 days, open-ended, or another category is registered', async () => {
      await refused('4592', () => temporaryWork(P.category7, '2024-03-10', '2024-03-23'));
      await temporaryWork(P.category7, '2024-04-01', '2024-04-15');
      await temporaryWork(P.category7, '2024-05-01');
      assert.equal(await absenceRows(P.category7), 2);
      await temporaryWork(P.freePeriod, '2024-03-10', '2024-03-12'); // category 4: allowed
      assert.equal(await absenceRows(P.freePeriod), 1);
    });

    const changeJobcentre = async (caller: Caller, cpr: string, code: string) =>
      (await registration(caller)).UpdatePersonJobcenterAsync({
        PersonCivilRegistrationIdentifier: cpr,
        JobCenterCode: code,
      });
    const jobcentreOf = async (cpr: string) => String((await h().db('person').where({ cpr }).first()).jobcenter_code);

    test('UpdatePersonJobcenter: a takeover and a hand-over are kept; another jobcentre, or no change, is refused', async () => {
      await refused('5204', () => changeJobcentre(jobcenter('86000'), P.group1, B));
      await refused('5206', () => changeJobcentre(jobcenter(), P.group1, A));
      await changeJobcentre(jobcenter(B), P.group1, B);
      assert.equal(await jobcentreOf(P.group1), B);
      await changeJobcentre(jobcenter(B), P.group1, A); // B hands its (now own) citizen back
      assert.equal(await jobcentreOf(P.group1), A);
      const changes = await h().db('person_jobcenter_change').where({ cpr: P.group1 }).orderBy('registered_at');
      assert.deepEqual(
        changes.map((c) => [c.from_jobcenter_code, c.jobcenter_code, c.change_date, c.org_code]),
        [
          [A, B, '2024-03-05', B],
          [B, A, '2024-03-05', B],
        ],
      );
    });

    test('R-OTH-05: an unregistered citizen in contact group 1 without an a-kasse changes jobcentre; before 2022-1 it failed (5205)', async () => {
      h().clock.set('2022-03-11');
      await refused('5205', () => changeJobcentre(jobcenter(), P.unregistered, B));
      h().clock.set('2022-03-14');
      await changeJobcentre(jobcenter(), P.unregistered, B);
      assert.equal(await jobcentreOf(P.unregistered), B);
    });

    const move = (cpr: string) =>
      applyCprMove(h().db, h().clock, { cpr, date: '2024-03-01', municipalityCode: '751', jobcenterCode: B });

    test("R-BAT-01: the move batch sets 'Ikke visiteret' from the day the move arrives", async () => {
      assert.equal((await move(P.mover)).personCategory, 'reset');
      assert.deepEqual(await categories(P.mover), [
        { category: 5, start_date: '2023-01-10', end_date: '2024-03-04', org_code: A },
        { category: 1, start_date: '2024-03-05', end_date: null, org_code: 'DFDG' },
      ]);
    });

    test('R-BAT-01: B took the citizen over on 3 March and set the category; the move (1 March) arriving 5 March keeps it', async () => {
      h().clock.set('2024-03-03');
      await changeJobcentre(jobcenter(B), P.mover, B);
      await category(P.mover, 6, '2024-03-03', 'Update', jobcenter(B));
      h().clock.set('2024-03-05');
      assert.equal((await move(P.mover)).personCategory, 'kept');
      const rows = await categories(P.mover);
      assert.deepEqual(rows.at(-1), { category: 6, start_date: '2024-03-03', end_date: null, org_code: B });
    });

    test("R-BAT-01 with R-BAT-03 (D-265): B took the applicant over and registered them; KY's 'Ydelse er givet' made them a recipient; the move arriving later never overrides B's citizen", async () => {
      h().clock.set('2024-03-03');
      await changeJobcentre(jobcenter(B), P.applicant, B);
      await category(P.applicant, 2, '2024-03-03', 'Create', jobcenter(B));
      h().clock.set('2024-03-04');
      const ky = (eventId: string) =>
        applyFeedEvent(h().db, h().clock, {
          source: 'KY',
          eventId,
          cpr: P.applicant,
          event: { kind: 'ydelseGivet', date: '2024-03-04' },
        });
      assert.equal((await ky('ky-bat01-1')).changed, true);
      assert.equal((await ky('ky-bat01-2')).changed, false, 'sent twice (two event ids): changed once');
      h().clock.set('2024-03-05');
      assert.equal((await move(P.applicant)).personCategory, 'unchanged');
      assert.equal(await jobcentreOf(P.applicant), B);
      assert.deepEqual(await categories(P.applicant), [
        { category: 2, start_date: '2024-03-03', end_date: '2024-03-03', org_code: B },
        { category: 3, start_date: '2024-03-04', end_date: null, org_code: 'DFDG' },
      ]);
    });

    const marking = (op: 'Create' | 'Update' | 'Delete', caller: Caller, body: Record<string, unknown>) =>
      registration(caller).then((c) =>
        c[`${op}PersonGroupMarkingAsync`]({ PersonCivilRegistrationIdentifier: P.marked, ...body }),
      );
    const period = {
      PersonGroupMarking: { StateProjectIdentifier: 1, StartDate: '2023-06-01', EndDate: '2024-06-30' },
    };

    test('R-OTH-03: the jobcentre updates the end date of a marking STAR changed last; it becomes the last changer', async () => {
      await marking('Update', jobcenter(), { PersonGroupMarkingIdentifier: MARKING, ...period });
      const row = await h().db('person_group_marking').where({ id: MARKING }).first();
      assert.deepEqual([row.end_date, Number(row.org_type), row.org_code], ['2024-06-30', 8, A]);
    });

    test('R-OTH-03: before release 2023-4 that update was refused (5208); unknown markings are 5207', async () => {
      h().clock.set('2023-11-30');
      await refused('5208', () => marking('Update', jobcenter(), { PersonGroupMarkingIdentifier: MARKING, ...period }));
      h().clock.set('2024-03-05');
      const unknown = '3f2504e0-4f89-41d3-9a0c-0000000b0099';
      await refused('5207', () => marking('Update', jobcenter(), { PersonGroupMarkingIdentifier: unknown, ...period }));
      await refused('5207', () => marking('Delete', star(), { PersonGroupMarkingIdentifier: unknown }));
    });

    test('a marking created through PersonRegistrationService (the plan’s registration, R-PLAN-15) and deleted', async () => {
      const [res] = await marking('Create', jobcenter(), {
        PersonGroupMarking: { StateProjectIdentifier: 1, StartDate: '2023-09-01' },
      });
      const id = String(res.ServiceReceipt.MessageIdentifier);
      assert.equal((await h().db('person_group_marking').where({ cpr: P.marked })).length, 2);
      await refused('5028', () =>
        marking('Create', jobcenter(), { PersonGroupMarking: { StateProjectIdentifier: 1, StartDate: '2024-01-02' } }),
      );
      await marking('Delete', jobcenter(), { PersonGroupMarkingIdentifier: id });
      assert.deepEqual(
        (await h().db('person_group_marking').where({ cpr: P.marked })).map((m) => m.id),
        [MARKING],
      );
    });

    const health = (op: 'Create' | 'Update' | 'Delete', body: Record<string, unknown>, caller: Caller = jobcenter()) =>
      registration(caller).then((c) =>
        c[`${op}HealthLimitationAsync`]({ PersonCivilRegistrationIdentifier: P.marked, ...body }),
      );

    test('health limitations: create, update, delete; unknown 5209, an end before the start 1003', async () => {
      const [res] = await health(
        'Create',
        { HealthLimitation: { StartDate: '2024-03-01' } },
        { ...jobcenter(), organisationType: 7, organisationCode: '101' },
      );
      const id = String(res.ServiceReceipt.MessageIdentifier);
      await health('Update', {
        HealthLimitationIdentifier: LIMITATION,
        HealthLimitation: { HealthLimitationTypeIdentifier: 3, StartDate: '2024-01-01', EndDate: '2024-12-31' },
      });
      const row = await h().db('health_limitation').where({ id: LIMITATION }).first();
      assert.deepEqual([Number(row.limitation_type), row.end_date, row.description], [3, '2024-12-31', null]);
      await refused('1003', () =>
        health('Update', {
          HealthLimitationIdentifier: LIMITATION,
          HealthLimitation: { StartDate: '2024-01-01', EndDate: '2023-12-31' },
        }),
      );
      await refused('5209', () =>
        health('Delete', { HealthLimitationIdentifier: '3f2504e0-4f89-41d3-9a0c-0000000b0099' }),
      );
      await health('Delete', { HealthLimitationIdentifier: id });
      assert.deepEqual(
        (await h().db('health_limitation').where({ cpr: P.marked })).map((r) => r.id),
        [LIMITATION],
      );
    });

    const handover = { Overgivelsesdato: '2024-02-01', Kommunenummer: '101' };
    const saveHandover = (op: 'Create' | 'Update', body = handover, caller: Caller = jobcenter()) =>
      asylum(caller).then((c) => c[`${op}AsylovergivelseAsync`]({ Personnummer: P.marked, Asylovergivelse: body }));
    const readHandover = async (caller: Caller = jobcenter()) =>
      (await (await asylum(caller)).GetAsylovergivelseAsync({ Personnummer: P.marked }))[0];

    test('R-OTH-01: asylum handover data created, read back without CvEditEnddate, updated; twice is 5210', async () => {
      await refused('5211', () => readHandover());
      await refused('5211', () => saveHandover('Update'));
      await saveHandover('Create');
      await refused('5210', () => saveHandover('Create'));
      const read = await readHandover(star());
      assert.deepEqual(read.Asylovergivelse, handover);
      assert.equal(JSON.stringify(read).includes('CvEditEnddate'), false);
      await saveHandover('Update', { Overgivelsesdato: '2024-02-02', Opholdstilladelsesdato: '2024-01-15' } as never);
      assert.deepEqual((await readHandover()).Asylovergivelse, {
        Overgivelsesdato: '2024-02-02',
        Opholdstilladelsesdato: '2024-01-15',
      });
      await refused('4575', () => readHandover(akasse()));
    });

    test('R-OTH-01: before release 2023-4 the service is not there (5212), reads included', async () => {
      h().clock.set('2023-12-01');
      await refused('5212', () => saveHandover('Create'));
      await refused('5212', () => readHandover());
    });

    test('R-OTH-02: the asylum handover data follow the citizen to a new CPR number (the CPR feed)', async () => {
      await saveHandover('Create');
      await applyFeedEvent(h().db, h().clock, {
        source: 'CPR',
        eventId: `pnr-${P.marked}`,
        cpr: P.marked,
        event: { kind: 'personnummerskift', date: '2024-03-05', newCpr: P.renumbered },
      });
      const read = (await (await asylum()).GetAsylovergivelseAsync({ Personnummer: P.renumbered }))[0];
      assert.deepEqual(read.Asylovergivelse, handover);
      assert.equal((await h().db('asylum_handover').where({ cpr: P.marked })).length, 0);
    });
  },
);
