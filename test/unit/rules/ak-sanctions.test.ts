// The sanctions register and availability-assessment rules of area AK (R-AK-10, 11, 12, 14, 15, 16, 17) and the
// sanction deletion date of R-DEL-07, each on its accepted and refused side and at the edges of its period.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { checkOrganisationAllowed, type AccessDeclaration } from '../../../src/access/model.ts';
import { DEFAULTS } from '../../../src/config/defaults.ts';
import { parseMaximumRates } from '../../../src/config/settings.ts';
import { codeList } from '../../../src/domain/codelists.ts';
import { sanctionsRegister } from '../../../src/rules/ak/r-ak-10-sanctions-register.ts';
import { udenYdelseAfterSanction } from '../../../src/rules/ak/r-ak-11-uden-ydelse-after-sanction.ts';
import { sanctionFlag } from '../../../src/rules/ak/r-ak-12-sanction-flag.ts';
import { AvailabilityAssessmentCode, quarantineCode96 } from '../../../src/rules/ak/r-ak-14-quarantine-code-96.ts';
import { code96Dates } from '../../../src/rules/ak/r-ak-15-code-96-dates.ts';
import {
  JOB_SEARCH_DOCUMENTATION_DEADLINE_MONTHS,
  jobSearchDocumentationDeadline,
} from '../../../src/rules/ak/r-ak-16-job-search-documentation-deadline.ts';
import {
  maximumRatePerMonth,
  maximumRatesOn,
  ratePerMonthMaximum,
} from '../../../src/rules/ak/r-ak-17-rate-per-month-maximum.ts';
import { sanctionDeletion, sanctionDeletionDate } from '../../../src/rules/del/r-del-07-sanction-deletion.ts';
import { firstViolation, inForce } from '../../../src/rules/engine.ts';
import {
  RULES,
  availabilityAssessmentRules,
  ratePerMonthRules,
  sanctionRules,
  type AssessmentCommand,
} from '../../../src/rules/index.ts';
import { operations as sanctionOperations } from '../../../src/services/SanktionsregisterSanktionService/index.ts';
import { operations as jobcenterMessages } from '../../../src/services/JobcenterMessageService/index.ts';

const DAY = '2024-04-02';
/** The default of DAGPENGE_MAXIMUM_RATES as the README shows it. */
const SETTINGS_DEFAULT = DEFAULTS.dagpengeMaximumRates.map((r) => `${r.from}=${r.fullTime}/${r.partTime}`).join(',');

describe('R-AK-10 sanctions register', () => {
  test('R-AK-10: a sanction with a limitation date and no served date, or served on or before it, is accepted', () => {
    for (const servedDate of [null, '2025-03-01', '2027-01-01'])
      assert.equal(
        firstViolation(sanctionRules, { reason: 1, limitationDate: '2027-01-01', servedDate }, DAY),
        null,
        String(servedDate),
      );
  });
  test('R-AK-10: a served date after the limitation date is refused with 5143 (SanctionServedAfterLimitation)', () => {
    const v = firstViolation(sanctionRules, { reason: 1, limitationDate: '2027-01-01', servedDate: '2027-01-02' }, DAY);
    assert.deepEqual([v?.ruleId, v?.fault], ['R-AK-10', 'SanctionServedAfterLimitation']);
  });
  test('R-AK-10: in force from release 2023-4 (4 Dec 2023), as are the sanction reasons of the new register', () => {
    assert.equal(inForce(sanctionsRegister, '2023-12-03'), false);
    assert.equal(inForce(sanctionsRegister, '2023-12-04'), true);
    const reasons = codeList('sanction-reasons');
    assert.ok(reasons.entries().length > 0 && reasons.entries().length <= 6, 'fewer reasons');
    for (const e of reasons.entries()) {
      assert.equal(reasons.validity(e.id, '2023-12-03'), 'notYetValid');
      assert.equal(reasons.validity(e.id, '2023-12-04'), 'valid');
    }
  });
});

/** An operation's declaration, as the pipeline checks it whatever its request type. */
const declared = (op: { access: unknown }) => op.access as AccessDeclaration<unknown>;

describe('R-AK-11 and R-AK-12', () => {
  test('R-AK-11: registered from release 2023-4 as the a-kasse’s obligation (no derivation of DFDG’s: the HTTP test shows no enrollment changes)', () => {
    assert.ok(RULES.includes(udenYdelseAfterSanction));
    assert.equal(udenYdelseAfterSanction.validFrom, '2023-12-04');
  });
  test('R-AK-12: every operation of the sanctions register refuses a jobcentre, a kommune and a company with 4575; the a-kasse passes', () => {
    assert.ok(RULES.includes(sanctionFlag), 'R-AK-12 is registered (its NUPH part: the sanction flag)');
    for (const [name, op] of Object.entries(sanctionOperations)) {
      for (const caller of [
        { organisationType: 8, organisationCode: '10100' },
        { organisationType: 7, organisationCode: '101' },
        { organisationType: 24, organisationCode: '12345678' },
      ])
        assert.throws(
          () => checkOrganisationAllowed(declared(op), caller),
          (e: { code?: number }) => e.code === 4575,
          `${name} by type ${caller.organisationType}`,
        );
      checkOrganisationAllowed(declared(op), { organisationType: 2, organisationCode: '81' });
    }
    // STAR reads, it reports nothing.
    checkOrganisationAllowed(declared(sanctionOperations.GetSanktion), {
      organisationType: 1,
      organisationCode: 'STAR',
    });
    assert.throws(() =>
      checkOrganisationAllowed(declared(sanctionOperations.CreateSanktion), {
        organisationType: 1,
        organisationCode: 'STAR',
      }),
    );
    // SaveAvailabilityAssessment is the a-kasse's.
    assert.throws(() =>
      checkOrganisationAllowed(declared(jobcenterMessages.SaveAvailabilityAssessment), {
        organisationType: 8,
        organisationCode: '10100',
      }),
    );
  });
});

describe('R-AK-14 and R-AK-15 availability assessment code 96', () => {
  const assessment = (more: Partial<AssessmentCommand> = {}): AssessmentCommand => ({
    assessmentType: AvailabilityAssessmentCode.QuarantineMissingJobSearch,
    dateField1: '2022-05-01',
    dateField2: '2022-08-01',
    responseTo: null,
    ...more,
  });
  test('R-AK-14: code 96 is a C-14 value from release 2022-1 (14 Mar 2022) and stays valid after 2023 (A-31); 51 exists', () => {
    const c14 = codeList('availability-assessment-types');
    assert.equal(c14.validity(96, '2022-03-13'), 'notYetValid');
    assert.equal(c14.validity(96, '2022-05-01'), 'valid');
    assert.equal(c14.validity(96, '2025-01-01'), 'valid');
    assert.equal(c14.validity(51, '2022-05-01'), 'valid');
    assert.equal(quarantineCode96.validFrom, '2022-03-14');
  });
  test('R-AK-14: on 1 May 2022 code 96 as fritflyver and as a NUPH answer is accepted (R-AK-15 dates right)', () => {
    assert.equal(firstViolation(availabilityAssessmentRules, assessment(), '2022-05-01'), null);
    assert.equal(
      firstViolation(
        availabilityAssessmentRules,
        assessment({ responseTo: '3f2504e0-4f89-41d3-9a0c-0000000e0001' }),
        '2022-05-01',
      ),
      null,
    );
  });
  test('R-AK-15: date 2 must be date 1 + 3 months: 1 Aug 2022 accepted, 31 Jul and 2 Aug refused with 5144; 30 Nov + 3 months = 28 Feb', () => {
    for (const dateField2 of ['2022-07-31', '2022-08-02', '2022-05-01']) {
      const v = firstViolation(availabilityAssessmentRules, assessment({ dateField2 }), '2022-05-01');
      assert.deepEqual([v?.ruleId, v?.fault], ['R-AK-15', 'QuarantineDatesInvalid'], dateField2);
    }
    assert.equal(
      code96Dates.evaluate(assessment({ dateField1: '2022-11-30', dateField2: '2023-02-28' }), '2022-12-01'),
      null,
    );
  });
  test('R-AK-15: code 51 is not held to the quarantine dates', () => {
    assert.equal(
      firstViolation(availabilityAssessmentRules, assessment({ assessmentType: 51, dateField2: '2022-05-02' }), DAY),
      null,
    );
  });
});

describe('R-AK-16 job-search documentation deadline', () => {
  test('R-AK-16: registered for 1 Apr 2022 – 31 Dec 2023 with 2 months (3 otherwise), and named in docs/a-kasse-configuration.md', () => {
    assert.ok(RULES.includes(jobSearchDocumentationDeadline));
    assert.equal(inForce(jobSearchDocumentationDeadline, '2022-03-31'), false);
    assert.equal(inForce(jobSearchDocumentationDeadline, '2023-12-31'), true);
    assert.equal(inForce(jobSearchDocumentationDeadline, '2024-01-01'), false);
    assert.deepEqual(JOB_SEARCH_DOCUMENTATION_DEADLINE_MONTHS, { ordinary: 3, temporary: 2 });
    const doc = fs.readFileSync(new URL('../../../docs/a-kasse-configuration.md', import.meta.url), 'utf8');
    assert.match(doc, /\| R-AK-16 \|[^\n]*2 months/);
  });
});

describe('R-AK-17 RatePerMonth maximum', () => {
  const maxima = DEFAULTS.dagpengeMaximumRates;
  const M = maximumRatePerMonth(1, DAY)!;
  test('R-AK-17: the maxima are dated configuration with defaults (2024: 20359 full-time, 13573 part-time)', () => {
    assert.equal(M, 20_359);
    assert.equal(maximumRatePerMonth(2, DAY), 13_573);
    assert.equal(maximumRatePerMonth(1, '2023-06-01'), 19_728);
    assert.equal(maximumRatesOn('2022-12-31'), null);
    assert.equal(DEFAULTS.dagpengeMaximumRates.length >= 2, true);
  });
  test('R-AK-17: full-time maximum M; RatePerMonth = M + 1 is refused with 5146, M and 0.9 × a basis below it accepted', () => {
    const v = firstViolation(ratePerMonthRules, { ratePerMonth: M + 1, insuranceType: 1, maxima }, DAY);
    assert.deepEqual([v?.ruleId, v?.fault], ['R-AK-17', 'RatePerMonthAboveMaximum']);
    assert.equal(firstViolation(ratePerMonthRules, { ratePerMonth: M, insuranceType: 1, maxima }, DAY), null);
    assert.equal(
      firstViolation(ratePerMonthRules, { ratePerMonth: 0.9 * 20_000, insuranceType: 1, maxima }, DAY),
      null,
    );
  });
  test('R-AK-17: the part-time maximum applies to insurance type 2 (a full-time rate is refused for a part-time member)', () => {
    assert.notEqual(
      firstViolation(ratePerMonthRules, { ratePerMonth: 13_573.01, insuranceType: 2, maxima }, DAY),
      null,
    );
    assert.equal(firstViolation(ratePerMonthRules, { ratePerMonth: 13_573, insuranceType: 2, maxima }, DAY), null);
  });
  test('R-AK-17: the maxima are the configured ones (a maximum configured as M refuses M + 1 and accepts M)', () => {
    const configured = parseMaximumRates('2024-01-01=18000/12000');
    const v = firstViolation(ratePerMonthRules, { ratePerMonth: 18_001, insuranceType: 1, maxima: configured }, DAY);
    assert.equal(v?.fault, 'RatePerMonthAboveMaximum');
    assert.equal(
      firstViolation(ratePerMonthRules, { ratePerMonth: 18_000, insuranceType: 1, maxima: configured }, DAY),
      null,
    );
    assert.equal(
      firstViolation(ratePerMonthRules, { ratePerMonth: 12_001, insuranceType: 2, maxima: configured }, DAY)?.ruleId,
      'R-AK-17',
    );
  });
  test('R-AK-17: DAGPENGE_MAXIMUM_RATES is FROM=FULLTIME/PARTTIME with ascending dates; its default is the documented table', () => {
    assert.deepEqual(parseMaximumRates('2023-01-01=19728/13152, 2024-01-01=20359.50/13573'), [
      { from: '2023-01-01', fullTime: 19_728, partTime: 13_152 },
      { from: '2024-01-01', fullTime: 20_359.5, partTime: 13_573 },
    ]);
    for (const bad of ['2024-01-01=20359', '2024-13-01=1/1', '2024-01-01=1/1,2023-01-01=1/1', 'x'])
      assert.throws(() => parseMaximumRates(bad), Error, bad);
    assert.deepEqual(parseMaximumRates(SETTINGS_DEFAULT), DEFAULTS.dagpengeMaximumRates);
  });
  test('R-AK-17: not checked before release 2024-1 (18 Mar 2024)', () => {
    assert.equal(inForce(ratePerMonthMaximum, '2024-03-17'), false);
    assert.equal(
      firstViolation(ratePerMonthRules, { ratePerMonth: M + 1, insuranceType: 1, maxima }, '2024-03-17'),
      null,
    );
  });
});

describe('R-DEL-07 sanction deletion date', () => {
  test('R-DEL-07: limitation 1 Jan 2027, served 1 Mar 2025 → delete from 1 Mar 2031', () => {
    assert.equal(sanctionDeletionDate('2027-01-01', '2025-03-01'), '2031-03-01');
  });
  test('R-DEL-07: limitation 1 Jan 2027 with no served date → delete from 1 Jan 2033', () => {
    assert.equal(sanctionDeletionDate('2027-01-01', null), '2033-01-01');
  });
  test('R-DEL-07: a served date after the limitation date does not postpone deletion; 29 Feb + 6 years is 28 Feb', () => {
    assert.equal(sanctionDeletionDate('2027-01-01', '2027-06-01'), '2033-01-01');
    assert.equal(sanctionDeletionDate('2028-02-29', null), '2034-02-28');
    assert.ok(RULES.includes(sanctionDeletion));
  });
});
