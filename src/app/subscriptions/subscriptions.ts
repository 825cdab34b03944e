// A receiver's subscriptions to pushed webservice messages (D-71). Set replaces them all in the unit of work
// (idempotent; all or nothing: one unknown EntitetNavn or non-https endpoint refuses the whole list) and purges
// the undelivered messages of the types it drops; Remove drops one.
import { fault } from '../../faults/catalogue.ts';
import {
  removeSubscription,
  setSubscriptions,
  subscriptionsOf,
  type Subscription,
  type SubscriptionReceiver,
} from '../../outbox/subscriptions.ts';
import { WSB } from '../../outbox/webserviceMessage.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { WriteContext } from '../context.ts';

const ENTITY_NAMES: ReadonlySet<string> = new Set(Object.values(WSB).map((t) => t.entityName));

function knownEntity(name: string): string {
  if (!ENTITY_NAMES.has(name))
    throw fault('UnknownEntitetNavn', `EntitetNavn ${name}; known: ${[...ENTITY_NAMES].join(', ')}`);
  return name;
}

function httpsEndpoint(endpointUrl: string): string {
  let url: URL;
  try {
    url = new URL(endpointUrl);
  } catch {
    throw fault('SubscriptionEndpointNotHttps', `EndpointUrl ${endpointUrl}`);
  }
  if (url.protocol !== 'https:') throw fault('SubscriptionEndpointNotHttps', `EndpointUrl ${endpointUrl}`);
  return url.toString();
}

/** Replaces the receiver's subscriptions; returns how many undelivered messages of dropped types were purged. */
export async function replaceSubscriptions(
  w: WriteContext,
  receiver: SubscriptionReceiver,
  wanted: readonly Subscription[],
): Promise<number> {
  const checked = wanted.map((s) => ({
    endpointUrl: httpsEndpoint(s.endpointUrl),
    entityName: knownEntity(s.entityName),
  }));
  const names = checked.map((s) => s.entityName);
  if (new Set(names).size !== names.length) throw fault('InvalidMessage', 'one subscription per EntitetNavn');
  return setSubscriptions(w.trx, receiver, checked, w.now);
}

/** Drops one subscription; returns the purge count; 4973 when there was none. */
export async function dropSubscription(
  w: WriteContext,
  receiver: SubscriptionReceiver,
  entityName: string,
): Promise<number> {
  const purged = await removeSubscription(w.trx, receiver, knownEntity(entityName));
  if (purged === null) throw fault('UnknownSubscription', `EntitetNavn ${entityName}`);
  return purged;
}

export function subscriptionsOfReceiver(db: Queryable, receiver: SubscriptionReceiver): Promise<Subscription[]> {
  return subscriptionsOf(db, receiver);
}
