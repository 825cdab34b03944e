// SubscriptionService (Version 1): the caller's subscriptions to pushed webservice messages (D-71). Set
// replaces them all in one transaction (idempotent; all or nothing: one unknown EntitetNavn or non-https
// endpoint refuses the whole list) and purges the undelivered messages of the types it drops; Remove drops
// one. Every organisation type that receives notifications manages its own. DFDG's documented interface is
// EksternKommunikation.AbonnementService (per system); this one stays so no client loses what it does (D-100).
import { alle, type AccessDeclaration } from '../../access/model.ts';
import {
  checkEndpointHosts,
  dropSubscription,
  replaceSubscriptions,
  subscriptionsOfReceiver,
} from '../../app/subscriptions/subscriptions.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import type { SubscriptionServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

/** Every organisation type that receives notifications manages its own subscriptions. */
export const subscriberAccess: AccessDeclaration<unknown> = {
  allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle] },
  citizen: null,
};
/** The subscribing organisation: the caller's own (both subscription services). */
export const receiverOf = (actor: AuthorityActor) => ({
  organisationType: actor.organisationType,
  organisationCode: actor.organisationCode,
});

export const operations: SubscriptionServiceOperations = {
  SetSubscriptions: {
    kind: 'write',
    access: subscriberAccess,
    prepare: (req) => checkEndpointHosts((req.Subscriptions.Subscription ?? []).map((s) => s.EndpointUrl)),
    async handle(req, call) {
      const wanted = (req.Subscriptions.Subscription ?? []).map((s) => ({
        entityName: s.EntitetNavn,
        endpointUrl: s.EndpointUrl,
      }));
      const purged = await replaceSubscriptions(call.write, receiverOf(call.actor), wanted);
      return { PurgedMessageCount: purged, ...receipt(call.write) };
    },
  },
  GetSubscriptions: {
    kind: 'read',
    access: subscriberAccess,
    async handle(_req, call) {
      const subs = await subscriptionsOfReceiver(call.read.db, receiverOf(call.actor));
      return {
        Subscriptions: { Subscription: subs.map((s) => ({ EntitetNavn: s.entityName, EndpointUrl: s.endpointUrl })) },
      };
    },
  },
  RemoveSubscription: {
    kind: 'write',
    access: subscriberAccess,
    async handle(req, call) {
      const purged = await dropSubscription(call.write, receiverOf(call.actor), req.EntitetNavn);
      return { PurgedMessageCount: purged, ...receipt(call.write) };
    },
  },
};
