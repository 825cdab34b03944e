// A caller-chosen id that is already taken answers 4977 "Det angivne id findes allerede" (conventions.md §3.3,
// D-80) and writes nothing — also where the id only collides with another citizen's or another offer's row.
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { moedetilbud, newId } from './contactProcessCalls.ts';

eachDatabase('caller-chosen ids that collide', '2024-03-04', contactProcessScenario, (h) => {
  test("4977: a held interview's MessageIdentifier already used, even for another citizen", async () => {
    const registration = await h().client('PersonRegistrationService', jobcenter());
    const interview = (cpr: string, id: string, at: string) =>
      registration.CreatePersonInterviewAsync({
        PersonCivilRegistrationIdentifier: cpr,
        PersonInterview: {
          MessageIdentifier: id,
          InterviewTypeIdentifier: 12,
          ResponsibleAuthority: {
            AuthorityStructure: { AuthorityCode: '10100', AuthorityName: 'Test' },
            CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
          },
          InterviewHeldTime: at,
        },
      });
    const id = newId();
    await interview(KP.akassePeriod, id, '2024-03-01T10:00:00+01:00');
    await refusedWithoutWrites(h().db, () => interview(KP.afterPeriod, id, '2024-03-02T10:00:00+01:00'), '4977');
  });

  test('4977: an online offer whose MoedetidId is already a meeting time of another offer, or repeated in the offer', async () => {
    const booking = await h().client('BorgerBookingService', jobcenter());
    const first = moedetilbud(7);
    await booking.CreateMoedetilbudAsync({ InterviewOption: first });
    const reused = moedetilbud(7);
    reused.Moedetider.Moedetid[0]!.MoedetidId = first.Moedetider.Moedetid[1]!.MoedetidId;
    await refusedWithoutWrites(h().db, () => booking.CreateMoedetilbudAsync({ InterviewOption: reused }), '4977');
    const repeated = moedetilbud(7);
    repeated.Moedetider.Moedetid[1]!.MoedetidId = repeated.Moedetider.Moedetid[0]!.MoedetidId;
    await refusedWithoutWrites(h().db, () => booking.CreateMoedetilbudAsync({ InterviewOption: repeated }), '4977');
  });
});
