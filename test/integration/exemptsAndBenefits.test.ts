// GetPersonExempts (R-ABS-06, R-ABS-07) and the dagpengetæller (R-KF-18) over HTTP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites, star } from '../support/soapHarness.ts';
import { outboxFor } from './outboxRows.ts';
import { baseScenario, CPR } from './scenario.ts';

const scenario =
  baseScenario +
  `
  - cpr: "1111901234"
    birthDate: 1990-11-11
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    absences:
      - { absenceType: 11, startDate: 2024-03-01, endDate: 2024-03-10, active: true }
      - { absenceType: 75, startDate: 2024-01-10, endDate: null, active: true }
      - { absenceType: 10, startDate: 2024-03-05, endDate: 2024-03-06, active: false }
`;

async function exempts(c: soap.Client, cpr: string, date?: string): Promise<{ date: string; types: number[] }> {
  const [res] = await c.GetPersonExemptsAsync({
    PersonCivilRegistrationIdentifier: cpr,
    ...(date ? { DateForExempts: date } : {}),
  });
  const items = res.PersonExemptInfo?.PersonExempts?.PersonExemptTypeIdentifierType ?? [];
  return {
    date: String(res.PersonExemptDate).slice(0, 10),
    types: (Array.isArray(items) ? items : [items]).map(Number),
  };
}

eachDatabase('GetPersonExempts and the dagpengetæller', '2024-03-05', scenario, (h) => {
  test('R-ABS-06: exempt (absence 11) on a date within the absence, not exempt the day after it ended', async () => {
    const c = await h().client('PersonVisitationStatusService', jobcenter());
    assert.deepEqual(await exempts(c, '1111901234', '2024-03-05'), { date: '2024-03-05', types: [11] });
    assert.deepEqual(await exempts(c, '1111901234', '2024-03-10'), { date: '2024-03-10', types: [11] });
    assert.deepEqual(await exempts(c, '1111901234', '2024-03-11'), { date: '2024-03-11', types: [] });
  });
  test('R-ABS-06: without DateForExempts the business date is used and echoed', async () => {
    const c = await h().client('PersonVisitationStatusService', akasse('81'));
    assert.deepEqual(await exempts(c, '1111901234'), { date: '2024-03-05', types: [11] });
  });
  test('R-ABS-07: absence 75 alone does not exempt; an inactive exempting absence does not either', async () => {
    const c = await h().client('PersonVisitationStatusService', jobcenter());
    assert.deepEqual((await exempts(c, '1111901234', '2024-02-01')).types, []);
  });

  const counters = (hours: number) => ({
    PersonCivilRegistrationIdentifier: CPR.member,
    NewGrading: true,
    BenefitsGrading: {
      OrdinaryBenefitsPeriodGradingDate: '2024-01-15T00:00:00',
      GradingDate: '2024-01-15T00:00:00',
      OffsetHours: 0.01,
      BenefitsGradingTypeIdentifier: 1,
      BenefitsGradingBasis: { BenefitsGradingBasisTypeIdentifierType: [1, 3] },
      InsuranceTypeIdentifier: 1,
      ReferencePeriodEndDate: '2027-01-15',
    },
    BenefitsConsumption: { ConsumedHours: hours, MissingHoursForRegrading: 0, CalculationDate: '2024-03-04T00:00:00' },
  });

  test("R-KF-18: the citizen's jobcentre reads the consumed hours the a-kasse reported (390 of 410, full-time)", async () => {
    const ak = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
    await ak.CreateBenefitsAccountAsync(counters(390));
    const jc = await h().client('UnemploymentBenefitsAccountService', jobcenter());
    const [res] = await jc.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(Number(res.BenefitsAccountInfo.BenefitsConsumption.ConsumedHours), 390);
    assert.equal(Number(res.BenefitsAccountInfo.BenefitsGrading.InsuranceTypeIdentifier), 1);
    assert.equal(Number(res.BenefitsAccountInfo.HoursThreshold), 410);
    assert.equal(
      (
        await fault(
          jc.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.otherJobcenter }),
        )
      ).code,
      '6005',
    );
  });

  test('CreateBenefitsAccount: the documented head alone is accepted (BenefitsGrading 0-1, no BenefitsConsumption); counters without a placement get 4990', async () => {
    const ak = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
    const head = { PersonCivilRegistrationIdentifier: CPR.member, NewGrading: false };
    await ak.CreateBenefitsAccountAsync(head);
    const [none] = await ak.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(none?.BenefitsAccountInfo, undefined, 'nothing to keep');
    const consumptionOnly = {
      ...head,
      BenefitsConsumption: { ConsumedHours: 5, CalculationDate: '2024-03-04T00:00:00' },
    };
    assert.equal((await fault(ak.CreateBenefitsAccountAsync(consumptionOnly))).code, '4990');
  });

  test('CreateBenefitsAccount: a placement with its documented children only (no insurance type, no counters) is stored and read back; a later report of counters alone updates them', async () => {
    const ak = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
    const { InsuranceTypeIdentifier: _i, ReferencePeriodEndDate: _r, ...documented } = counters(0).BenefitsGrading;
    await ak.CreateBenefitsAccountAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      NewGrading: true,
      BenefitsGrading: { ...documented, OrdinaryBenefitsPeriodGradingDate: '2023-10-02T00:00:00' },
    });
    const read = async () =>
      (await ak.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member }))[0]
        .BenefitsAccountInfo;
    const info = await read();
    assert.equal(String(info.BenefitsGrading.OrdinaryBenefitsPeriodGradingDate).slice(0, 10), '2023-10-02');
    assert.equal(Number(info.BenefitsGrading.BenefitsGradingTypeIdentifier), 1);
    assert.deepEqual(
      [info.BenefitsGrading.BenefitsGradingBasis.BenefitsGradingBasisTypeIdentifierType].flat().map(Number),
      [1, 3],
    );
    assert.equal(Number(info.BenefitsGrading.InsuranceTypeIdentifier), 1, 'full-time when not reported (D-79)');
    assert.equal(Number(info.BenefitsConsumption.ConsumedHours), 0, 'a new placement starts its counters anew');
    assert.equal(Number(info.HoursThreshold), 410);
    await ak.CreateBenefitsAccountAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
      NewGrading: false,
      BenefitsConsumption: { ConsumedHours: 77.25, CalculationDate: '2024-03-04T00:00:00' },
    });
    const after = await read();
    assert.equal(Number(after.BenefitsConsumption.ConsumedHours), 77.25);
    assert.equal(String(after.BenefitsGrading.OrdinaryBenefitsPeriodGradingDate).slice(0, 10), '2023-10-02');
  });

  test('visitation-absence §3.1 rule 8: STAR updates the counters of a member; of a citizen in no a-kasse (a former member, or never one) it is 4385, nothing written', async () => {
    await (
      await h().client('UnemploymentBenefitsAccountService', akasse('81'))
    ).CreateBenefitsAccountAsync(counters(100));
    const st = await h().client('UnemploymentBenefitsAccountService', star());
    const update = (cpr: string, hours: number) => ({
      PersonCivilRegistrationIdentifier: cpr,
      BenefitsConsumption: { ConsumedHours: hours, CalculationDate: '2024-03-04T00:00:00' },
    });
    await st.UpdateBenefitsAccountAsync(update(CPR.member, 120));
    await h().db('akasse_membership').where({ cpr: CPR.member }).update({ end_date: '2024-02-29' });
    for (const cpr of [CPR.member, CPR.noAkasse]) {
      const refused = await refusedWithoutWrites(h().db, () => st.UpdateBenefitsAccountAsync(update(cpr, 130)), '4385');
      assert.equal(refused.text, 'The client does not have an unemploymentfund registration');
    }
    const [res] = await st.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(Number(res.BenefitsAccountInfo.BenefitsConsumption.ConsumedHours), 120);
  });

  test("UpdateBenefitsAccount needs an existing placement (4990); a former a-kasse's report is forwarded to the new a-kasse, not stored", async () => {
    const ak = await h().client('UnemploymentBenefitsAccountService', akasse('81'));
    const update = {
      PersonCivilRegistrationIdentifier: CPR.member,
      BenefitsConsumption: { ConsumedHours: 12.5, CalculationDate: '2024-03-04T00:00:00' },
    };
    assert.equal((await fault(ak.UpdateBenefitsAccountAsync(update))).code, '4990');
    await ak.CreateBenefitsAccountAsync(counters(100));
    await ak.UpdateBenefitsAccountAsync(update);
    const [res] = await ak.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(Number(res.BenefitsAccountInfo.BenefitsConsumption.ConsumedHours), 12.5);

    await h().db('akasse_membership').where({ cpr: CPR.member }).update({ end_date: '2024-02-29' });
    await h().db('akasse_membership').insert({
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3399',
      cpr: CPR.member,
      akasse_code: '99',
      start_date: '2024-03-01',
      end_date: null,
    });
    await ak.CreateBenefitsAccountAsync(counters(300));
    const [still] = await ak.GetUnemploymentBenefitsAccountInfoAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    assert.equal(Number(still.BenefitsAccountInfo.BenefitsConsumption.ConsumedHours), 12.5, 'not stored');
    const rows = await outboxFor(h().db, CPR.member);
    assert.deepEqual(
      rows.map((r) => `${r.message_type}->${r.receiver_org_code}`),
      ['GetBenefitsAccountFromFormerUnemploymentFundVersion3->99'],
    );
    assert.match(rows[0]!.payload, /ConsumedHours>300</);
    // The new a-kasse drains it through the WSRM pull.
    const wsrm = await h().client('WsrmService', akasse('99'));
    const [seq] = await wsrm.CreateSequenceAsync({});
    const [items] = await (
      await h().client('WsrmMessageService', akasse('99'))
    ).GetBenefitsAccountFromFormerUnemploymentFundVersion3Async({ Identifier: seq.Identifier });
    const item = [items.GetBenefitsAccountFromFormerUnemploymentFundType].flat()[0];
    assert.equal(item.WSRMMetadata.RegisteringAuthority.OrganisationCode, '81');
    assert.equal(Number(item.CreateBenefitsAccount.BenefitsConsumption.ConsumedHours), 300);
    await wsrm.TerminateSequenceAsync({ Identifier: seq.Identifier });
    const [after] = await wsrm.CreateSequenceAsync({});
    assert.equal(after.ServiceInventoryCollection?.ServiceItem, undefined, 'nothing left');
  });
});
