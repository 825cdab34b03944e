// SubscriptionService (Version 1): the caller's subscriptions to pushed webservice messages (D-71). Set
// replaces them all in one transaction (idempotent; all or nothing: one unknown EntitetNavn or non-https
// endpoint refuses the whole list) and purges the undelivered messages of the types it drops; Remove drops
// one. Every organisation type that receives notifications manages its own.
import type { SubscriptionServiceOperations } from '../../contract/generated/services.ts';
import type { SubscriptionType } from '../../contract/generated/types.ts';
import { alle } from '../../access/model.ts';
import { fault } from '../../faults/catalogue.ts';
import { WSB } from '../../outbox/webserviceMessage.ts';
import { removeSubscription, setSubscriptions, subscriptionsOf, type Subscription } from '../../outbox/subscriptions.ts';
import type { Knex } from 'knex';
import type { CallContext } from '../../soap/operation.ts';
import { receipt } from '../receipt.ts';

const ENTITY_NAMES: ReadonlySet<string> = new Set(Object.values(WSB).map((t) => t.entityName));
const access = (writes: boolean) => ({ allowed: { Jobcenter: [alle], AKasse: [alle], Kommune: [alle], STAR: [alle] }, citizen: null, writes }) as const;
const receiverOf = (ctx: CallContext) => ({ organisationType: ctx.actor.organisationType, organisationCode: ctx.actor.organisationCode });

function knownEntity(name: string): string {
  if (!ENTITY_NAMES.has(name)) throw fault('UnknownEntitetNavn', `EntitetNavn ${name}; known: ${[...ENTITY_NAMES].join(', ')}`);
  return name;
}

function subscription(s: SubscriptionType): Subscription {
  let url: URL;
  try {
    url = new URL(s.EndpointUrl);
  } catch {
    throw fault('SubscriptionEndpointNotHttps', `EndpointUrl ${s.EndpointUrl}`);
  }
  if (url.protocol !== 'https:') throw fault('SubscriptionEndpointNotHttps', `EndpointUrl ${s.EndpointUrl}`);
  return { entityName: knownEntity(s.EntitetNavn), endpointUrl: url.toString() };
}

export const operations: SubscriptionServiceOperations = {
  SetSubscriptions: {
    access: access(true),
    async handle(req, ctx) {
      const wanted = (req.Subscriptions.Subscription ?? []).map(subscription);
      const names = wanted.map((w) => w.entityName);
      if (new Set(names).size !== names.length) throw fault('InvalidMessage', 'one subscription per EntitetNavn');
      const purged = await setSubscriptions(ctx.db as Knex.Transaction, receiverOf(ctx), wanted, ctx.now);
      return { PurgedMessageCount: purged, ...receipt(ctx) };
    },
  },
  GetSubscriptions: {
    access: access(false),
    async handle(_req, ctx) {
      const subs = await subscriptionsOf(ctx.db, receiverOf(ctx));
      return { Subscriptions: { Subscription: subs.map((s) => ({ EntitetNavn: s.entityName, EndpointUrl: s.endpointUrl })) } };
    },
  },
  RemoveSubscription: {
    access: access(true),
    async handle(req, ctx) {
      const purged = await removeSubscription(ctx.db as Knex.Transaction, receiverOf(ctx), knownEntity(req.EntitetNavn));
      if (purged === null) throw fault('UnknownSubscription', `EntitetNavn ${req.EntitetNavn}`);
      return { PurgedMessageCount: purged, ...receipt(ctx) };
    },
  },
};
