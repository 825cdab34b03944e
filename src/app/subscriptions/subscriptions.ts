// A receiver's subscriptions to pushed webservice messages (D-71, D-100). Set replaces them all in the unit of work
// (idempotent; all or nothing: one unknown message type or an endpoint DFDG may not push to — not https on port
// 443, credentials, an IP literal, over 2,048 characters, a host resolving to a non-public address — refuses the
// whole list, 4972, D-146; the hosts are resolved by checkEndpointHosts before the unit of work) and purges the undelivered messages of the types it drops; Remove drops one. Through
// EksternKommunikation.AbonnementService a set covers the subscriptions of one system (systemIdentifier) only.
import { checkSubscriptionEndpoint } from '../../domain/subscriptionEndpoint.ts';
import { fault } from '../../faults/catalogue.ts';
import { checkEndpointHost, EndpointAddressRefused } from '../../outbox/endpointAddress.ts';
import {
  removeSubscription,
  setSubscriptions,
  setSystemSubscriptions,
  subscriptionsOf,
  subscriptionsOfSystem,
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

const shown = (endpointUrl: string) => (endpointUrl.length > 200 ? `${endpointUrl.slice(0, 200)}…` : endpointUrl);

/** The endpoint in normal form when its shape lets DFDG push to it (D-146); 4972 saying why otherwise. */
function allowedEndpoint(endpointUrl: string): string {
  const checked = checkSubscriptionEndpoint(endpointUrl);
  if (!checked.ok)
    throw fault('SubscriptionEndpointNotAllowed', `EndpointUrl ${shown(endpointUrl)}: ${checked.reason}`);
  return checked.url;
}

/**
 * The addresses the endpoints' hosts resolve to now must all be public (D-146; checked again at every connect);
 * 4972 saying why otherwise. Name resolution can take seconds, so it runs before the unit of work opens (the
 * operations' `prepare`), never inside a transaction; an endpoint of a shape refused anyway is left to the
 * unit of work's own check. Each host is resolved once.
 */
export async function checkEndpointHosts(endpointUrls: readonly string[]): Promise<void> {
  const hosts = new Map<string, string>();
  for (const url of endpointUrls) {
    const checked = checkSubscriptionEndpoint(url);
    if (checked.ok && !hosts.has(checked.host)) hosts.set(checked.host, url);
  }
  await Promise.all(
    [...hosts].map(async ([host, url]) => {
      try {
        await checkEndpointHost(host);
      } catch (err) {
        if (!(err instanceof EndpointAddressRefused)) throw err;
        throw fault('SubscriptionEndpointNotAllowed', `EndpointUrl ${shown(url)}: ${err.message}`);
      }
    }),
  );
}

/** Replaces the receiver's subscriptions; returns how many undelivered messages of dropped types were purged. */
export async function replaceSubscriptions(
  w: WriteContext,
  receiver: SubscriptionReceiver,
  wanted: readonly Subscription[],
): Promise<number> {
  const names = wanted.map((s) => knownEntity(s.entityName));
  if (new Set(names).size !== names.length) throw fault('InvalidMessage', 'one subscription per EntitetNavn');
  const checked = wanted.map((s, i) => ({ endpointUrl: allowedEndpoint(s.endpointUrl), entityName: names[i]! }));
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

/** A subscription as EksternKommunikation.AbonnementService names it: the message type's EntitetId. */
export interface SystemSubscription {
  entityId: number;
  endpoint: string;
}

const ENTITY_NAME_BY_ID: ReadonlyMap<number, string> = new Map(
  Object.values(WSB).map((t) => [t.entityId, t.entityName]),
);
const ENTITY_ID_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.values(WSB).map((t) => [t.entityName, t.entityId]),
);

function knownEntityId(id: number): string {
  const name = ENTITY_NAME_BY_ID.get(id);
  if (!name) throw fault('UnknownEntitetId', `EntitetId ${id}; known: ${[...ENTITY_NAME_BY_ID.keys()].join(', ')}`);
  return name;
}

/** Replaces the subscriptions `system` made for the receiver; returns the purge count. A message type the
 *  organisation subscribed through another system refuses the whole list (4978). */
export async function replaceSystemSubscriptions(
  w: WriteContext,
  receiver: SubscriptionReceiver,
  system: string,
  wanted: readonly SystemSubscription[],
): Promise<number> {
  const names = wanted.map((s) => knownEntityId(s.entityId));
  if (new Set(names).size !== names.length) throw fault('InvalidMessage', 'one abonnement per entitetId');
  const checked = wanted.map((s, i) => ({ endpointUrl: allowedEndpoint(s.endpoint), entityName: names[i]! }));
  const result = await setSystemSubscriptions(w.trx, receiver, system.toLowerCase(), checked, w.now);
  if ('conflicts' in result)
    throw fault(
      'SubscribedByOtherSystem',
      ...result.conflicts.map((c) => `EntitetId ${ENTITY_ID_BY_NAME.get(c.entityName)}: system ${c.systemIdentifier}`),
    );
  return result.purged;
}

export async function subscriptionsOfReceiverSystem(
  db: Queryable,
  receiver: SubscriptionReceiver,
  system: string,
): Promise<SystemSubscription[]> {
  const subs = await subscriptionsOfSystem(db, receiver, system.toLowerCase());
  return subs.map((s) => ({ entityId: ENTITY_ID_BY_NAME.get(s.entityName)!, endpoint: s.endpointUrl }));
}
