// The sanctions register (Sanktionsregister.SanktionService, R-AK-10…12), the a-kasse's 'Uden ydelse'
// re-registration after a sanction (R-AK-11, with UnemploymentEnrollmentService), availability assessments
// (JobcenterMessageService v2 SaveAvailabilityAssessment, R-AK-14/15) and RatePerMonth's maximum (R-AK-17) over
// SOAP on both dialects; every refusal writes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMaximumRates } from '../../src/config/settings.ts';
import type { Nuph } from '../../src/domain/nuph.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { insertNuph } from '../../src/store/nuphRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, kommune, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';
import { list } from './contactProcessCalls.ts';
import { baseScenario, CPR } from './scenario.ts';

const REGISTER = 'Sanktionsregister.SanktionService';
const MESSAGES = 'JobcenterMessageService';
const DAY = '2024-04-02';

const sanktion = (more: Record<string, unknown> = {}) => ({
  Sanktionsaarsag: 1,
  Afgoerelsesdato: '2024-03-28',
  Foraeldelsesdato: '2027-01-01',
  Udstaaelsesdato: '2025-03-01',
  Bemaerkning: 'Opsagt eget arbejde',
  ...more,
});

const nuph = (over: Partial<Nuph> = {}): Nuph => ({
  id: '018f0000-0000-7000-8000-00000000d001',
  cpr: CPR.member,
  akasse: '81',
  jobcentre: '10100',
  origin: 'jobcentre',
  sourceId: null,
  eventCode: 1,
  eventDate: '2024-03-25',
  notifiedOn: '2024-03-26',
  state: 'open',
  comment: 'Borgeren udeblev fra samtalen',
  withdrawnOn: null,
  ...over,
});

eachDatabase('sanctions register and availability assessments', DAY, baseScenario, (h) => {
  const register = (c: Caller) => h().client(REGISTER, c);
  const create = async (c: Caller, cpr: string, s: Record<string, unknown>, id?: string) =>
    String(
      (
        await (
          await register(c)
        ).CreateSanktionAsync({
          PersonCivilRegistrationIdentifier: cpr,
          ...(id ? { SanktionId: id } : {}),
          Sanktion: s,
        })
      )[0].ServiceReceipt.MessageIdentifier,
    );
  const read = async (c: Caller, cpr: string, id?: string) =>
    list<any>(
      (
        await (
          await register(c)
        ).GetSanktionAsync({ PersonCivilRegistrationIdentifier: cpr, ...(id ? { SanktionId: id } : {}) })
      )[0].SanktionSamling?.Sanktion,
    );
  const rows = () => h().db('sanction').orderBy('id');
  const assess = async (c: Caller, a: Record<string, unknown>) =>
    String(
      (
        await (
          await h().client(MESSAGES, c)
        ).SaveAvailabilityAssessmentAsync({
          AvailabilityAssessment: {
            PersonCivilRegistrationIdentifier: CPR.member,
            IncidentDate: `${DAY}T00:00:00`,
            AvailabilityAssessmentRegistrationTypeIdentifier: 96,
            DateField1: '2024-04-08T00:00:00',
            DateField2: '2024-07-08T00:00:00',
            ...a,
          },
        })
      )[0].ServiceReceipt.MessageIdentifier,
    );
  const assessments = () => h().db('availability_assessment').orderBy('id');

  test('R-AK-10: the a-kasse reports a sanction with limitation and served dates; it is stored and readable by the a-kasse and STAR', async () => {
    const id = await create(akasse('81'), CPR.member, sanktion());
    for (const reader of [akasse('81'), star()]) {
      const [s] = await read(reader, CPR.member);
      assert.equal(s.SanktionId, id);
      assert.equal(Number(s.Sanktionsaarsag), 1);
      assert.equal(String(s.Foraeldelsesdato).slice(0, 10), '2027-01-01');
      assert.equal(String(s.Udstaaelsesdato).slice(0, 10), '2025-03-01');
      assert.equal(String(s.AkasseKode), '81');
      assert.equal(String(s.Registreringsdato).slice(0, 10), DAY);
    }
    const [row] = await rows();
    assert.deepEqual([row.cpr, row.akasse, row.delete_from], [CPR.member, '81', '2031-03-01']);
  });

  test('R-AK-10: without a served date the sanction is stored (deletion from limitation + 6 years); a served date after the limitation date is 5143, an unknown reason 2002, nothing written', async () => {
    const { Udstaaelsesdato: _u, ...unserved } = sanktion();
    await create(akasse('81'), CPR.member, unserved);
    assert.equal((await rows())[0].delete_from, '2033-01-01');
    const f = await refusedWithoutWrites(
      h().db,
      () => create(akasse('81'), CPR.member, sanktion({ Udstaaelsesdato: '2027-01-02' })),
      '5143',
    );
    assert.match(f.body, /R-AK-10/);
    await refusedWithoutWrites(
      h().db,
      () => create(akasse('81'), CPR.member, sanktion({ Sanktionsaarsag: 9 })),
      '2002',
    );
    // Without the limitation date the message is invalid (1014).
    const { Foraeldelsesdato: _f, ...noLimitation } = sanktion();
    await refusedWithoutWrites(h().db, () => create(akasse('81'), CPR.member, noLimitation), '1014');
  });

  test('R-AK-12: a jobcentre (and a kommune) asking for or reporting sanctions is refused with 4575, nothing read or written; another a-kasse is refused for a citizen not its member', async () => {
    await create(akasse('81'), CPR.member, sanktion());
    for (const c of [jobcenter(), kommune()]) {
      await refusedWithoutWrites(h().db, () => read(c, CPR.member), '4575');
      await refusedWithoutWrites(h().db, () => create(c, CPR.member, sanktion()), '4575');
    }
    const other = await fault(read(akasse('99'), CPR.member));
    assert.ok(['4856', '4857', '6005'].includes(other.code), `a-kasse 99 about 81's member: ${other.code}`);
    assert.equal((await rows()).length, 1);
  });

  test('UpdateSanktion / DeleteSanktion: the reporting a-kasse corrects and removes its sanction; an unknown id is 5141, a sanction another a-kasse reported is 5142, nothing written', async () => {
    const id = await create(akasse('81'), CPR.member, sanktion());
    const client = await register(akasse('81'));
    await client.UpdateSanktionAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      SanktionId: id,
      Sanktion: sanktion({ Sanktionsaarsag: 2, Udstaaelsesdato: '2026-01-01' }),
    });
    const [s] = await read(akasse('81'), CPR.member, id);
    assert.equal(Number(s.Sanktionsaarsag), 2);
    assert.equal((await rows())[0].delete_from, '2032-01-01');
    const unknown = '3f2504e0-4f89-41d3-9a0c-0000000d0999';
    await refusedWithoutWrites(
      h().db,
      () =>
        client.UpdateSanktionAsync({
          PersonCivilRegistrationIdentifier: CPR.member,
          SanktionId: unknown,
          Sanktion: sanktion(),
        }),
      '5141',
    );
    await refusedWithoutWrites(
      h().db,
      () => client.DeleteSanktionAsync({ PersonCivilRegistrationIdentifier: CPR.member, SanktionId: unknown }),
      '5141',
    );
    // A sanction a former a-kasse (99) reported: a-kasse 81 reads it, but only 99 may change it.
    const former = '3f2504e0-4f89-41d3-9a0c-0000000d0099';
    await h().db('sanction').insert({
      id: former,
      cpr: CPR.member,
      akasse: '99',
      reason: 3,
      decision_date: null,
      limitation_date: '2026-01-01',
      served_date: null,
      remark: null,
      registered_on: '2023-12-20',
      delete_from: '2032-01-01',
    });
    assert.equal((await read(akasse('81'), CPR.member)).length, 2);
    await refusedWithoutWrites(
      h().db,
      () => client.DeleteSanktionAsync({ PersonCivilRegistrationIdentifier: CPR.member, SanktionId: former }),
      '5142',
    );
    await client.DeleteSanktionAsync({ PersonCivilRegistrationIdentifier: CPR.member, SanktionId: id });
    assert.deepEqual(
      (await rows()).map((r) => r.id),
      [former],
    );
  });

  test("R-AK-11: reporting a sanction changes no enrollment; the a-kasse deregisters the citizen and re-registers them 'Uden ydelse' → both accepted, the citizen ends in 'Uden ydelse' (contact group 8)", async () => {
    const enrollment = await h().client('UnemploymentEnrollmentService', akasse('81'));
    await enrollment.UnemploymentEnrollmentAsync({
      UnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.member,
        ClientCategoryTypeIdentifier: 1,
        EnrollmentDate: `${DAY}T08:00:00`,
        CurrentUnemploymentStatusTypeIdentifier: 1,
      },
    });
    const before = (await loadCitizenState(h().db, CPR.member))!;
    await create(akasse('81'), CPR.member, sanktion({ Sanktionsaarsag: 3 }));
    const after = (await loadCitizenState(h().db, CPR.member))!;
    assert.deepEqual(
      [after.enrollments, after.contactGroups, after.absences],
      [before.enrollments, before.contactGroups, before.absences],
      'DFDG does not deregister by itself',
    );
    await enrollment.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.member,
        CancellationDate: '2024-04-03T00:00:00',
        CancellationReasonTypeIdentifier: 6,
      },
    });
    h().clock.set('2024-04-03');
    await enrollment.UnemploymentEnrollmentAsync({
      UnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.member,
        ClientCategoryTypeIdentifier: 8,
        EnrollmentDate: '2024-04-03T08:00:00',
        CurrentUnemploymentStatusTypeIdentifier: 1,
      },
    });
    const state = (await loadCitizenState(h().db, CPR.member))!;
    assert.deepEqual(
      state.enrollments.filter((e) => e.endDate === null).map((e) => e.clientCategory),
      [8],
    );
    assert.deepEqual(
      state.contactGroups.filter((c) => c.endDate === null).map((c) => c.contactGroup),
      [8],
    );
    assert.equal((await read(akasse('81'), CPR.member)).length, 1, 'the sanction stays');
  });

  test('R-AK-14: code 96 as a stand-alone assessment (fritflyver) is stored with its dates; code 51 too', async () => {
    const id = await assess(akasse('81'), { Comments: 'Ingen jobsøgning i marts' });
    await assess(akasse('81'), {
      AvailabilityAssessmentRegistrationTypeIdentifier: 51,
      DateField1: `${DAY}T00:00:00`,
      DateField2: `${DAY}T00:00:00`,
    });
    const [first, second] = await assessments();
    assert.equal(first.id, id);
    assert.deepEqual(
      [first.assessment_type, first.date_field_1, first.date_field_2, first.response_to, first.comments],
      [96, '2024-04-08', '2024-07-08', null, 'Ingen jobsøgning i marts'],
    );
    assert.equal(Boolean(first.answers_known_nuph), false);
    assert.equal(second.assessment_type, 51);
  });

  test("R-AK-14: code 96 as an answer to the a-kasse's own member's NUPH is accepted and linked; a NUPH of another a-kasse or citizen is 5145; an id DFDG does not hold is stored as given", async () => {
    await h().db('nuph').delete();
    try {
      await h().db.transaction((trx) => insertNuph(trx, nuph()));
      await h().db.transaction((trx) =>
        insertNuph(trx, nuph({ id: '018f0000-0000-7000-8000-00000000d099', akasse: '99' })),
      );
      await h().db.transaction((trx) =>
        insertNuph(trx, nuph({ id: '018f0000-0000-7000-8000-00000000d0aa', cpr: CPR.sick })),
      );
      await assess(akasse('81'), { ResponseToMessageIdentifier: nuph().id });
      const [linked] = await assessments();
      assert.equal(linked.response_to, nuph().id);
      assert.equal(Boolean(linked.answers_known_nuph), true);
      for (const other of ['018f0000-0000-7000-8000-00000000d099', '018f0000-0000-7000-8000-00000000d0aa'])
        await refusedWithoutWrites(h().db, () => assess(akasse('81'), { ResponseToMessageIdentifier: other }), '5145');
      const cv = '3f2504e0-4f89-41d3-9a0c-0000000cf001';
      await assess(akasse('81'), { ResponseToMessageIdentifier: cv });
      const unknown = (await assessments()).find((a) => a.response_to === cv);
      assert.equal(Boolean(unknown.answers_known_nuph), false);
    } finally {
      await h().db('nuph').delete();
    }
  });

  test("R-AK-14: code 96 answering the NUPH the citizen's jobcentre sent through Underretning.NuphService is accepted, linked, and leaves the NUPH open for the 2023-4 answer", async () => {
    await h().db('nuph').delete();
    try {
      const [res] = await (
        await h().client('Underretning.NuphService', jobcenter())
      ).CreateNuphAsync({
        PersonCivilRegistrationIdentifier: CPR.member,
        Nuph: { NuphEventTypeIdentifier: 3, EventDate: '2024-03-28', Comments: 'Afviste tilbud om job.' },
      });
      const nuphId = String(res.ServiceReceipt.MessageIdentifier);
      await assess(akasse('81'), { ResponseToMessageIdentifier: nuphId });
      const [linked] = await assessments();
      assert.deepEqual([linked.response_to, Boolean(linked.answers_known_nuph)], [nuphId, true]);
      assert.equal((await h().db('nuph').where({ id: nuphId }).first()).state, 'open');
    } finally {
      await h().db('nuph_answer').delete();
      await h().db('nuph').delete();
    }
  });

  test('R-AK-15: code 96 with DateField2 ≠ DateField1 + 3 months is 5144, without DateField2 1014, an unknown code 2002; a jobcentre is 4575; nothing written', async () => {
    const f = await refusedWithoutWrites(
      h().db,
      () => assess(akasse('81'), { DateField2: '2024-07-07T00:00:00' }),
      '5144',
    );
    assert.match(f.body, /R-AK-15/);
    await refusedWithoutWrites(h().db, () => assess(akasse('81'), { DateField2: undefined }), '1014');
    await refusedWithoutWrites(
      h().db,
      () => assess(akasse('81'), { AvailabilityAssessmentRegistrationTypeIdentifier: 7 }),
      '2002',
    );
    await refusedWithoutWrites(h().db, () => assess(jobcenter(), {}), '4575');
    await refusedWithoutWrites(h().db, () => assess(akasse('81'), { Comments: 'x'.repeat(601) }), '1014');
  });

  test('R-AK-17: RatePerMonth above the maximum of the insurance type is 5146 with nothing written; the maximum itself is stored', async () => {
    const benefits = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
    const report = (cpr: string, rate: number, insuranceType?: number) => ({
      PersonCivilRegistrationIdentifier: cpr,
      NewGrading: true,
      BenefitsGrading: {
        OrdinaryBenefitsPeriodGradingDate: '2024-01-15T00:00:00',
        GradingDate: '2024-01-15T00:00:00',
        OffsetHours: 0.01,
        BenefitsGradingTypeIdentifier: 1,
        BenefitsGradingBasis: { BenefitsGradingBasisTypeIdentifierType: [1] },
        ...(insuranceType ? { InsuranceTypeIdentifier: insuranceType } : {}),
        RatePerMonth: rate,
      },
    });
    const f = await refusedWithoutWrites(
      h().db,
      () => benefits.CreateBenefitsAccountAsync(report(CPR.member, 20_360, 1)),
      '5146',
    );
    assert.match(f.body, /R-AK-17/);
    await benefits.CreateBenefitsAccountAsync(report(CPR.member, 20_359, 1));
    const [info] = await benefits.GetUnemploymentBenefitsAccountInfoAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
    });
    assert.equal(Number(info.BenefitsAccountInfo.BenefitsGrading.RatePerMonth), 20_359);
    // A part-time member (the account's insurance type, none reported): the part-time maximum 13573.
    await refusedWithoutWrites(
      h().db,
      () => benefits.CreateBenefitsAccountAsync(report(CPR.counter340, 13_600)),
      '5146',
    );
    await benefits.CreateBenefitsAccountAsync(report(CPR.counter340, 0.9 * 15_000));
  });
});

eachDatabase(
  'R-AK-17 with configured maxima (DAGPENGE_MAXIMUM_RATES)',
  DAY,
  baseScenario,
  (h) => {
    test('R-AK-17: full-time maximum configured as M = 18000: RatePerMonth M + 1 is 5146 with nothing written, M is stored', async () => {
      const benefits = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
      const report = (rate: number) => ({
        PersonCivilRegistrationIdentifier: CPR.member,
        NewGrading: true,
        BenefitsGrading: {
          OrdinaryBenefitsPeriodGradingDate: '2024-01-15T00:00:00',
          GradingDate: '2024-01-15T00:00:00',
          OffsetHours: 0.01,
          BenefitsGradingTypeIdentifier: 1,
          BenefitsGradingBasis: { BenefitsGradingBasisTypeIdentifierType: [1] },
          InsuranceTypeIdentifier: 1,
          RatePerMonth: rate,
        },
      });
      await refusedWithoutWrites(h().db, () => benefits.CreateBenefitsAccountAsync(report(18_001)), '5146');
      await benefits.CreateBenefitsAccountAsync(report(18_000));
      const [row] = await h().db('benefits_account').where({ cpr: CPR.member });
      assert.equal(Number(row.rate_per_month), 18_000);
    });
  },
  { dagpengeMaximumRates: parseMaximumRates('2024-01-01=18000/12000') },
);
