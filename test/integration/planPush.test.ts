// A published jobplan pushed as the webservice message Plan (130001) to a subscribing jobcentre: SubscriptionService
// over SOAP, the a-kasse's PublishPlan during absence 75, the dispatcher POSTing to a real HTTPS recording
// subscriber that demands DFDG's client certificate (as test/integration/push.test.ts does for Indkaldelse).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { allowLoopbackSubscribers, withPushSubscriber } from '../support/pushSubscriber.ts';
import { akasse, jobcenter } from '../support/soapHarness.ts';
import { PL, TOEMRER, planScenario } from './planScenario.ts';

allowLoopbackSubscribers();

eachDatabase('PlanService: the Plan webservice message pushed to a subscriber', '2024-03-04', planScenario, (h) => {
  test('the a-kasse publishes a jobplan during absence 75: the subscribing jobcentre gets Plan (130001) about the CPR, Aendringstype 1, then 2 for the next version', async () => {
    await withPushSubscriber(h(), { subscriber: jobcenter('10100'), entity: 'Plan' }, async (subscriber) => {
      const plans = await h().client('PlanService', akasse('81'));
      const publishOne = async () => {
        const [created] = await plans.CreateDraftPlanAsync({
          PersonCivilRegistrationIdentifier: PL.akassePeriod,
          DraftPlan: { PlanTypeIdentifier: 1, JobGoalCollection: { JobGoal: [TOEMRER] } },
        });
        const id = created.ServiceReceipt.MessageIdentifier as string;
        await plans.PublishPlanAsync({ PersonCivilRegistrationIdentifier: PL.akassePeriod, PlanVersionIdentifier: id });
        return id;
      };
      const first = await publishOne();
      const second = await publishOne();
      await eventually(() => subscriber.deduplicated().length === 2, 'both Plan messages');
      assert.deepEqual(
        subscriber
          .deduplicated()
          .map((r) => [
            r.message.EntitetNavn,
            r.message.EntitetId,
            r.message.Identifikation,
            r.message.EksternIdentifier,
            r.message.Aendringstype,
          ]),
        [
          ['Plan', 130001, PL.akassePeriod, first, 1],
          ['Plan', 130001, PL.akassePeriod, second, 2],
        ],
      );
      assert.equal(subscriber.received[0]!.clientSubject, 'O=DFDG facade/CN=dfdg-dispatcher');
    });
  });
});
