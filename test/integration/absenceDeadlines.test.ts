// Absences 56 'Fritaget for pligt til selvbook' and 57 'Frataget ret til selvbook' (and 75) close the citizen's
// open self-booking deadline when they are created (booking-frist.md §2.4 rule 6), through AbsenceRegistrationService
// over HTTP: the deadline becomes 'Administrativt lukket' and the change is notified; another absence type leaves it open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { frist, list } from './contactProcessCalls.ts';
import { outboxFor } from './outboxRows.ts';

const FRIST = 'Kontaktforloeb.FristService';
const CLOSED = 4;
const ACTIVE = 1;

eachDatabase('absences that close the self-booking deadline', '2024-03-04', contactProcessScenario, (h) => {
  async function deadlineThenAbsence(absenceType: number): Promise<number> {
    const jc = await h().client(FRIST, jobcenter());
    await jc.CreateFristAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      InterviewDeadline: frist(7, '2024-03-04', '2024-03-14'),
    });
    await (
      await h().client('AbsenceRegistrationService', jobcenter())
    ).CreateAbsenceAsync({
      Absence: {
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        AbsenceTypeIdentifier: absenceType,
        StartDate: '2024-03-05T00:00:00',
        EndDate: '2024-03-30T00:00:00',
        NotificationDate: '2024-03-04T00:00:00',
      },
    });
    const [got] = await jc.GetFristerAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod });
    return Number(
      list<any>(got.InterviewDeadlineCollection.InterviewDeadline)[0].InterviewDeadlineStatusTypeIdentifier,
    );
  }

  for (const [type, name] of [
    [56, 'Fritaget for pligt til selvbook'],
    [57, 'Frataget ret til selvbook'],
  ] as const) {
    test(`booking-frist §2.4 rule 6: creating absence ${type} '${name}' closes the open deadline administratively and notifies it`, async () => {
      assert.equal(await deadlineThenAbsence(type), CLOSED);
      const deadlineRows = (await outboxFor(h().db, KP.afterPeriod)).filter(
        (r) => r.message_type === 'GetInterviewDeadlineVersion2',
      );
      assert.equal(deadlineRows.length, 2, 'the create and the administrative close');
    });
  }

  test('booking-frist §2.4 rule 6: another absence type (10 Ferie) leaves the deadline open', async () => {
    assert.equal(await deadlineThenAbsence(10), ACTIVE);
  });
});
