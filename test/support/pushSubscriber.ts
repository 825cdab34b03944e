// A pushed webservice message test's set-up in one place: the recording subscriber (HTTPS with the run's server
// certificate, demanding the dispatcher's client certificate, as a consumer of DFDG's pushes does), a push
// dispatcher presenting that client certificate, and the organisation's subscription to an entity over SOAP
// (SubscriptionService.SetSubscriptions). Both are stopped after `work`, however it ends.
import { after, before } from 'node:test';
import { RecordingSubscriber } from '../../src/cli/recordingSubscriber.ts';
import { allowAnySubscriptionPort, allowPrivateSubscriptionAddresses } from '../../src/domain/subscriptionEndpoint.ts';
import { PushDispatcher } from '../../src/outbox/pushDispatcher.ts';
import type { Caller, Harness } from './soapHarness.ts';
import { testCertificates } from './tls.ts';

/** For the test file that calls it: subscriptions may name the recording subscriber on loopback and any port
 *  (SUBSCRIPTION_ALLOW_PRIVATE, SUBSCRIPTION_ANY_PORT), switched off again after the file's tests. */
export function allowLoopbackSubscribers(): void {
  before(() => {
    allowAnySubscriptionPort(true);
    allowPrivateSubscriptionAddresses(true);
  });
  after(() => {
    allowAnySubscriptionPort(false);
    allowPrivateSubscriptionAddresses(false);
  });
}

/** `subscriber` subscribes to `entity` (EntitetNavn) and the dispatcher runs while `work` does. */
export async function withPushSubscriber<T>(
  h: Pick<Harness, 'db' | 'client'>,
  subscription: { subscriber: Caller; entity: string },
  work: (subscriber: RecordingSubscriber) => Promise<T>,
): Promise<T> {
  const certs = testCertificates();
  const subscriber = new RecordingSubscriber({ cert: certs.server.cert, key: certs.server.key, clientCa: certs.ca });
  const url = await subscriber.listen(0);
  const dispatcher = new PushDispatcher(h.db, {
    tls: { cert: certs.client.cert, key: certs.client.key, ca: certs.ca },
    pollMs: 50,
    baseDelayMs: 20,
    maxDelayMs: 200,
    timeoutMs: 1000,
  });
  try {
    await (
      await h.client('SubscriptionService', subscription.subscriber)
    ).SetSubscriptionsAsync({
      Subscriptions: { Subscription: [{ EntitetNavn: subscription.entity, EndpointUrl: url + '/dfdg/wsb' }] },
    });
    dispatcher.start();
    return await work(subscriber);
  } finally {
    await dispatcher.stop();
    await subscriber.close();
  }
}
