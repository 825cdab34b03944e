// The contact process's WSRM messages through the pull protocol with node-soap: a summons, a participation
// choice and a deadline reach the jobcentre, the municipality and the a-kasse as GetIndkaldelseVersion1,
// GetAkasseIndkaldelseVersion1, GetIndkaldelseshaendelseVersion1 and GetInterviewDeadlineVersion1/2; each
// receiver drains its own queue (CreateSequence → Get… → TerminateSequence) and nothing is left.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, kommune, type Caller, type Harness } from '../support/soapHarness.ts';
import { drainQueue } from '../support/wsrmCalls.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { frist, summon } from './contactProcessCalls.ts';

const drain = (h: Harness, caller: Caller) => drainQueue((service) => h.client(service, caller));

eachDatabase('WSRM pull of the contact process', '2024-03-04', contactProcessScenario, (h) => {
  test('summons, participation choice and deadline reach each receiver once, with the data as IndkaldelseService reads it', async () => {
    const jc = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
    const id = await summon(jc, KP.afterPeriod, { type: 17 });
    await (
      await h().client('Kontaktforloeb.IndkaldelseService', akasse('81'))
    ).SaveDeltagelsesvalgAsync({
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      BookingIdentifier: id,
      ParticipationStatusTypeIdentifier: 2,
    });
    const deadline = frist(7, '2024-03-04', '2024-03-14');
    await (
      await h().client('Kontaktforloeb.FristService', jobcenter())
    ).CreateFristAsync({ PersonCivilRegistrationIdentifier: KP.afterPeriod, InterviewDeadline: deadline });

    const toJobcentre = await drain(h(), jobcenter());
    assert.deepEqual(Object.keys(toJobcentre).sort(), [
      'GetIndkaldelseVersion1',
      'GetIndkaldelseshaendelseVersion1',
      'GetInterviewDeadlineVersion1',
      'GetInterviewDeadlineVersion2',
    ]);
    const [created] = toJobcentre.GetIndkaldelseVersion1!;
    assert.equal(created.PersonCivilRegistrationIdentifier, KP.afterPeriod);
    assert.equal(created.Aendringstype, undefined, 'no registration type on a WSRM item (notifications §2.2)');
    assert.equal(Number(created.IndkaldelseInfo.VersionIdentifier), 1);
    assert.equal(created.IndkaldelseInfo.Indkaldelse.BookingIdentifier, id);
    assert.equal(created.WSRMMetadata.RegisteringAuthority.OrganisationCode, '10100');
    const [event] = toJobcentre.GetIndkaldelseshaendelseVersion1!;
    assert.equal(event.Haendelsestype, 'Deltagelsesvalg');
    assert.equal(Number(event.IndkaldelseInfo.ParticipationStatusTypeIdentifier), 2);
    assert.equal(event.WSRMMetadata.RegisteringAuthority.OrganisationCode, '81');
    for (const version of [toJobcentre.GetInterviewDeadlineVersion1!, toJobcentre.GetInterviewDeadlineVersion2!])
      assert.deepEqual(
        version.map((m) => m.InterviewDeadline.FristId),
        [deadline.FristId],
      );

    const toAkasse = await drain(h(), akasse('81'));
    assert.deepEqual(Object.keys(toAkasse).sort(), [
      'GetAkasseIndkaldelseVersion1',
      'GetIndkaldelseshaendelseVersion1',
    ]);
    assert.equal(toAkasse.GetAkasseIndkaldelseVersion1![0].IndkaldelseInfo.Indkaldelse.BookingIdentifier, id);
    const toMunicipality = await drain(h(), kommune('101'));
    assert.deepEqual(Object.keys(toMunicipality).sort(), [
      'GetIndkaldelseVersion1',
      'GetIndkaldelseshaendelseVersion1',
    ]);

    for (const caller of [jobcenter(), akasse('81'), kommune('101')])
      assert.deepEqual(await drain(h(), caller), {}, 'nothing left');
    assert.deepEqual(await drain(h(), akasse('99')), {}, 'another a-kasse gets nothing');
  });
});
