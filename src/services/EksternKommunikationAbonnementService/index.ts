// EksternKommunikation.AbonnementService (Version 1): a receiving system's subscriptions to pushed webservice
// messages, named by its systemIdentifier (conventions.md §1.5, §4.4; D-100). SetAbonnementer replaces all of the
// system's subscriptions for the caller's organisation in one transaction (idempotent, all or nothing) and purges
// the undelivered messages of the types it drops; GetAbonnementer lists them. The facade's older
// SubscriptionService manages the same subscriptions per organisation and stays (D-100).
import {
  checkEndpointHosts,
  replaceSystemSubscriptions,
  subscriptionsOfReceiverSystem,
} from '../../app/subscriptions/subscriptions.ts';
import type { EksternKommunikationAbonnementServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';
import { receiverOf, subscriberAccess } from '../SubscriptionService/index.ts';

export const operations: EksternKommunikationAbonnementServiceOperations = {
  SetAbonnementer: {
    kind: 'write',
    access: subscriberAccess,
    prepare: (req) => checkEndpointHosts((req.abonnementer.abonnement ?? []).map((a) => a.endpoint)),
    async handle(req, call) {
      const wanted = (req.abonnementer.abonnement ?? []).map((a) => ({ entityId: a.entitetId, endpoint: a.endpoint }));
      const purged = await replaceSystemSubscriptions(call.write, receiverOf(call.actor), req.systemIdentifier, wanted);
      return { antalSlettedeBeskeder: purged, ...receipt(call.write) };
    },
  },
  GetAbonnementer: {
    kind: 'read',
    access: subscriberAccess,
    async handle(req, call) {
      const subs = await subscriptionsOfReceiverSystem(call.read.db, receiverOf(call.actor), req.systemIdentifier);
      return {
        systemIdentifier: req.systemIdentifier,
        abonnementer: { abonnement: subs.map((s) => ({ entitetId: s.entityId, endpoint: s.endpoint })) },
      };
    },
  },
};
