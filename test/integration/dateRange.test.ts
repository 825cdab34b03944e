// Dates outside 1900–2099 are refused with 1014 where the contract is read, in every request (issue 12, defect 9;
// D-143): year 10000 answered 1011 (a RangeError in the date arithmetic), year 0001 was accepted and notified,
// and an end date of 9999-12-31T23:59:59-12:00 answered a fault text "EndDate +010000-01". Nothing is written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  fault,
  jobcenter,
  postRaw,
  refusedWithoutWrites,
  requestUserMetadataHeader,
  rowCounts,
} from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../samples');

const absence = (dates: { StartDate: string; EndDate?: string; NotificationDate?: string }) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: 10,
    NotificationDate: '2024-02-15T00:00:00',
    ...dates,
  },
});

eachDatabase('dates outside 1900–2099', '2024-02-15', baseScenario, (h) => {
  test('defect 9: CreateAbsence in year 10000, year 0001 or 1899 is refused with 1014 naming the element, never 1011', async () => {
    const c = await h().client('AbsenceRegistrationService', jobcenter());
    for (const [element, value] of [
      ['StartDate', '10000-03-01T00:00:00'],
      ['StartDate', '0001-03-01T00:00:00'],
      ['StartDate', '1899-12-31T00:00:00'],
      ['EndDate', '9999-12-31T23:59:59-12:00'],
      ['NotificationDate', '2100-01-01T00:00:00'],
    ] as const) {
      const dates = { StartDate: '2024-03-01T00:00:00', EndDate: '2024-03-10T00:00:00', [element]: value };
      const f = await refusedWithoutWrites(h().db, () => c.CreateAbsenceAsync(absence(dates)), '1014');
      assert.ok(
        f.body.includes(`${element} ${value}: the year must be from 1900 to 2099`),
        `${element} ${value}: ${f.body}`,
      );
      assert.doesNotMatch(f.body, /\+010000|RangeError/);
    }
  });

  test('the first and last years are read: 1900 and 2099 (even 2099-12-31T23:59:59-12:00, 2100 in Copenhagen) meet the business rules, not a range fault', async () => {
    const c = await h().client('AbsenceRegistrationService', jobcenter());
    for (const dates of [
      { StartDate: '2024-03-01T00:00:00', EndDate: '2099-12-31T23:59:59-12:00' },
      { StartDate: '2024-03-01T00:00:00', EndDate: '2024-03-10T00:00:00', NotificationDate: '1900-01-01T00:00:00' },
    ]) {
      try {
        await c.CreateAbsenceAsync(absence(dates));
      } catch (err) {
        const f = await fault(Promise.reject(err));
        assert.notEqual(f.code, '1011', f.body);
        assert.doesNotMatch(f.body, /the year must be/);
      }
    }
  });

  test('every request is covered, not only absences: an xs:date of a deadline, the RequestUserMetadataHeader (8235)', async () => {
    const before = await rowCounts(h().db);
    const sample = fs.readFileSync(path.join(SAMPLES, 'Kontaktforloeb.FristService/CreateFrist.request.xml'), 'utf8');
    const frist = await postRaw(
      h().url,
      '/1/Kontaktforloeb.FristService.svc',
      sample.replace('2024-03-14', '10000-03-14'),
    );
    assert.match(frist.body, /<faultcode>1014<\/faultcode>/);
    assert.match(frist.body, /InterviewDeadlineDate 10000-03-14: the year must be from 1900 to 2099/);
    const headers =
      activeOrganisationHeader(jobcenter()) +
      requestUserMetadataHeader(jobcenter()).replace('2024-01-15T10:00:00.1234567+01:00', '10000-01-15T10:00:00');
    const reply = await postRaw(
      h().url,
      '/1/PersonVisitationStatusService.svc',
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${headers}</s:Header><s:Body>` +
        `<p:GetPersonExemptsRequest xmlns:p="http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/">` +
        `<p:PersonCivilRegistrationIdentifier>${CPR.member}</p:PersonCivilRegistrationIdentifier></p:GetPersonExemptsRequest></s:Body></s:Envelope>`,
    );
    assert.match(reply.body, /<faultcode>8235<\/faultcode>/);
    assert.match(reply.body, /RegistrationDateTime 10000-01-15T10:00:00: the year must be from 1900 to 2099/);
    assert.deepEqual(await rowCounts(h().db), before);
  });
});
