// The dialog module's webservice message Dialogbesked (EntitetId 140001, D-188) pushed to a subscribing jobcentre:
// SubscriptionService over SOAP, the a-kasse's type-11 'Indstilling om tilbud' during absence 75, the dispatcher
// POSTing to a real HTTPS recording subscriber that demands DFDG's client certificate (as planPush.test.ts does for
// Plan). The a-kasse did not subscribe: the jobcentre's rejection copy back to it writes no Dialogbesked for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { allowLoopbackSubscribers, withPushSubscriber } from '../support/pushSubscriber.ts';
import { akasse, jobcenter, type Caller } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { outboxFor, receiverKeys } from './outboxRows.ts';

allowLoopbackSubscribers();

const fromUser = (c: Caller) => ({
  UserTypeIdentifier: 2,
  UserIdentifier: 'RID-1234',
  FullName: 'Mette Sagsbehandler',
  OrganisationTypeIdentifier: c.organisationType,
});

eachDatabase(
  'CitizenMessageService: the Dialogbesked webservice message pushed to a subscriber',
  '2024-03-04',
  contactProcessScenario,
  (h) => {
    test("R-DLG-01: the a-kasse's type-11 recommendation reaches the subscribing jobcentre pushed as Dialogbesked (140001) with the CPR, the message id, type 11 and the thread in its body", async () => {
      await withPushSubscriber(h(), { subscriber: jobcenter('10100'), entity: 'Dialogbesked' }, async (subscriber) => {
        const [sent] = await (
          await h().client('CitizenMessageService', akasse('81'))
        ).CreateMessageAsync({
          FromUser: fromUser(akasse('81')),
          PersonCivilRegistrationIdentifier: KP.akassePeriod,
          CitizenMessageTypeIdentifier: 11,
          MessageHeadline: 'A-kassens indstilling til jobcentret om tilbud',
          MessageText: 'Virksomhedspraktik hos Eksempel ApS, 4 uger.',
        });
        const id = sent.CitizenMessageIdentifier as string;
        const thread = sent.CitizenMessageThreadIdentifier as string;

        await eventually(() => subscriber.deduplicated().length === 1, 'the Dialogbesked message');
        const [got] = subscriber.deduplicated();
        const { BeskedId, Tidspunkt, ...fields } = got!.message as Record<string, unknown>;
        assert.deepEqual(fields, {
          EntitetNavn: 'Dialogbesked',
          EntitetId: 140001,
          EksternIdentifier: id,
          VersionIdentifier: id,
          IdentifikationstypeId: 1,
          Identifikation: KP.akassePeriod,
          Aendringstype: 1,
          Body: { BeskedtypeId: 11, TraadId: thread },
        });
        assert.equal(got!.beskedId, BeskedId);
        assert.match(String(Tidspunkt), /^2024-03-04T/);
        assert.equal(got!.clientSubject, 'O=DFDG facade/CN=dfdg-dispatcher');

        // The rejection copy goes to the a-kasse, which subscribed to nothing: its WSRM message only.
        await (
          await h().client('CitizenMessageService', jobcenter())
        ).SaveOfferRecommendationDecisionAsync({
          PersonCivilRegistrationIdentifier: KP.akassePeriod,
          CitizenMessageIdentifier: id,
          OfferDecisionTypeIdentifier: 2,
          RejectionCopy: {
            FromUser: fromUser(jobcenter()),
            MessageHeadline: 'Kopi af afslag på indstilling om tilbud',
            MessageText: 'Jobcentret har givet afslag.',
          },
        });
        const keys = receiverKeys(await outboxFor(h().db, KP.akassePeriod));
        assert.ok(keys.includes('GetCitizenMessageVersion1->2:81'), keys.join(', '));
        assert.ok(!keys.includes('Dialogbesked.WSB->2:81'), keys.join(', '));
      });
    });
  },
);
