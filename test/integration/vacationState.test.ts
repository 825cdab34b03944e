// JobnetVacationService.GetVacationState over HTTP (visitation-absence.md §2.5, D-152): Jobnet, calling as STAR
// for the citizen, asks by CV customer number whether a holiday (absence 10) may be registered, which periods to
// block, and which holidays exist.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VACATION_MAX_DAYS } from '../../src/app/absence/vacationState.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { fault, jobcenter, jobnetCitizen, star } from '../support/soapHarness.ts';
import { list } from './contactProcessCalls.ts';

const SERVICE = 'JobnetVacationService';
const ENROLLED = '0102851301';
const NOT_ENROLLED = '0203851302';
const HOLIDAY = '6f1d2c3b-4a5e-4f60-8a7b-000000000010';
const OLD_HOLIDAY = '6f1d2c3b-4a5e-4f60-8a7b-000000000011';
const SICK = '6f1d2c3b-4a5e-4f60-8a7b-000000000012';

const scenario = `
persons:
  - cpr: "${ENROLLED}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-10, endDate: null, endReason: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
    cv: { occupations: [], healthLimitations: [], customerNumber: "12345678" }
    absences:
      - { id: "${OLD_HOLIDAY}", absenceType: 10, startDate: 2024-01-15, endDate: 2024-01-19 }
      - { id: "${HOLIDAY}", absenceType: 10, startDate: 2024-07-01, endDate: 2024-07-19 }
      - { id: "${SICK}", absenceType: 11, startDate: 2024-03-01 }
      - { absenceType: 10, startDate: 2024-08-01, endDate: 2024-08-09, active: false }
      - { absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }
  - cpr: "${NOT_ENROLLED}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: []
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-01-10, endDate: 2023-06-30, endReason: 1 }]
    contactGroups: []
    cv: { occupations: [], healthLimitations: [], customerNumber: "87654321" }
    absences: [{ absenceType: 10, startDate: 2023-05-01, endDate: 2023-05-05 }]
`;

eachDatabase('JobnetVacationService.GetVacationState', '2024-03-04', scenario, (h) => {
  const state = async (customerNumber: string, caller = jobnetCitizen(ENROLLED)) =>
    (await (await h().client(SERVICE, caller)).GetVacationStateAsync({ CvCustomerIdentifier: customerNumber }))[0];
  const periods = (c: { IllegalAbsencePeriod?: unknown } | { AbsenceRegistration?: unknown }, key: string) =>
    list<any>((c as Record<string, unknown>)[key]).map((p) => [p.AbsenceIdentifier, p.StartDate, p.EndDate ?? null]);

  test('an enrolled citizen may register a holiday of up to five weeks; the absences not yet ended are blocked', async () => {
    const s = await state('12345678');
    assert.equal(String(s.IsNewVacationAllowed), 'true');
    assert.equal(Number(s.CreateAbsenceRestrictions.MaxDuration), VACATION_MAX_DAYS);
    assert.equal(String(s.CreateAbsenceRestrictions.IsEndDateRequired), 'true');
    // Current and future active absences, not 75 (the a-kasse's contact process), not the ended or inactive ones.
    assert.deepEqual(periods(s.CreateAbsenceRestrictions.IllegalAbsencePeriodCollection, 'IllegalAbsencePeriod'), [
      [SICK, '2024-03-01T00:00:00', null],
      [HOLIDAY, '2024-07-01T00:00:00', '2024-07-19T00:00:00'],
    ]);
    // The holidays (active absences 10), past and future.
    assert.deepEqual(periods(s.AbsenceRegistrationCollection, 'AbsenceRegistration'), [
      [OLD_HOLIDAY, '2024-01-15T00:00:00', '2024-01-19T00:00:00'],
      [HOLIDAY, '2024-07-01T00:00:00', '2024-07-19T00:00:00'],
    ]);
  });

  test('a citizen who is not enrolled may not; their holidays are still listed', async () => {
    const s = await state('87654321', jobnetCitizen(NOT_ENROLLED));
    assert.equal(String(s.IsNewVacationAllowed), 'false');
    assert.equal(s.CreateAbsenceRestrictions, undefined);
    assert.equal(list(s.AbsenceRegistrationCollection.AbsenceRegistration).length, 1);
  });

  test('an unknown CV customer number is 4400; a malformed one 1014; only Jobnet (STAR) may ask (4575), as the citizen about themself (4922)', async () => {
    const unknown = await fault(state('11111111'));
    assert.deepEqual([unknown.code, unknown.text], ['4400', 'CV Customer Number is unknown']);
    assert.equal((await fault(state('1234567'))).code, '1014');
    assert.equal((await fault(state('12345678', jobcenter()))).code, '4575');
    // Self-service: the citizen user asks about their own CV number only.
    assert.equal((await fault(state('87654321', jobnetCitizen(ENROLLED)))).code, '4922');
    assert.equal(String((await state('12345678', star())).IsNewVacationAllowed), 'true');
  });
});
