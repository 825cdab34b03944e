// Subscriptions to pushed webservice messages (WSB): per receiver (organisation type + code) and message type
// (EntitetNavn), the receiver's HTTPS endpoint. Only subscribed receivers get WSB rows in the outbox; setting a
// receiver's subscriptions replaces them all in one transaction (idempotent, all or nothing), and a dropped
// subscription takes its undelivered messages with it.
import type { Knex } from 'knex';
import type { Queryable } from '../store/queryable.ts';
import { rowsWhere } from '../store/statements.ts';

export interface Subscription {
  entityName: string;
  endpointUrl: string;
}

export interface SubscriptionReceiver {
  organisationType: number;
  organisationCode: string;
}

type Row = Record<string, unknown>;
export const wsbType = (entityName: string) => `${entityName}.WSB`;

const ofReceiver = (q: Queryable, r: SubscriptionReceiver) =>
  q('wsb_subscription').where({ receiver_org_type: r.organisationType, receiver_org_code: r.organisationCode });

export async function subscriptionsOf(q: Queryable, r: SubscriptionReceiver): Promise<Subscription[]> {
  const rows = (await ofReceiver(q, r).orderBy('entity_name')) as Row[];
  return rows.map((row) => ({ entityName: String(row.entity_name), endpointUrl: String(row.endpoint_url) }));
}

/** Deletes the receiver's undelivered messages of one type (a subscription ended). */
async function purge(q: Queryable, r: SubscriptionReceiver, entityName: string): Promise<number> {
  const pending = q('outbox_message')
    .select('id')
    .where({
      receiver_org_type: r.organisationType,
      receiver_org_code: r.organisationCode,
      message_type: wsbType(entityName),
    })
    .whereIn('state', ['pending', 'dead']);
  await q('outbox_payload').whereIn('message_id', pending.clone()).del();
  return Number(await q('outbox_message').whereIn('id', pending).del());
}

/** One subscription row; `system`: the subscribing system (AbonnementService), null from SubscriptionService. */
async function insertSubscription(
  trx: Knex.Transaction,
  r: SubscriptionReceiver,
  w: Subscription,
  now: string,
  system: string | null,
): Promise<void> {
  await trx('wsb_subscription').insert({
    receiver_org_type: r.organisationType,
    receiver_org_code: r.organisationCode,
    entity_name: w.entityName,
    endpoint_url: w.endpointUrl,
    created_at: now,
    system_identifier: system,
  });
}

/** Replaces every subscription of the receiver; returns how many undelivered messages were purged. */
export async function setSubscriptions(
  trx: Knex.Transaction,
  r: SubscriptionReceiver,
  wanted: readonly Subscription[],
  now: string,
): Promise<number> {
  const current = await subscriptionsOf(trx, r);
  let purged = 0;
  for (const old of current) {
    if (!wanted.some((w) => w.entityName === old.entityName)) {
      await ofReceiver(trx, r).andWhere({ entity_name: old.entityName }).del();
      purged += await purge(trx, r, old.entityName);
    }
  }
  for (const w of wanted) {
    const existing = current.find((c) => c.entityName === w.entityName);
    if (!existing) await insertSubscription(trx, r, w, now, null);
    else if (existing.endpointUrl !== w.endpointUrl)
      await ofReceiver(trx, r).andWhere({ entity_name: w.entityName }).update({ endpoint_url: w.endpointUrl });
  }
  return purged;
}

/** What stops a system's set: message types the organisation has subscribed through another system. */
export interface SystemSubscriptionConflict {
  entityName: string;
  systemIdentifier: string;
}

/** The receiver's subscriptions made by `system` (EksternKommunikation.AbonnementService). */
export async function subscriptionsOfSystem(
  q: Queryable,
  r: SubscriptionReceiver,
  system: string,
): Promise<Subscription[]> {
  const rows = (await ofReceiver(q, r).andWhere({ system_identifier: system }).orderBy('entity_name')) as Row[];
  return rows.map((row) => ({ entityName: String(row.entity_name), endpointUrl: String(row.endpoint_url) }));
}

/** Replaces the subscriptions `system` made for the receiver (a subscription without a system is taken over);
 *  returns the purge count, or the conflicts with another system's subscriptions and changes nothing. */
export async function setSystemSubscriptions(
  trx: Knex.Transaction,
  r: SubscriptionReceiver,
  system: string,
  wanted: readonly Subscription[],
  now: string,
): Promise<{ purged: number } | { conflicts: SystemSubscriptionConflict[] }> {
  const rows = (await ofReceiver(trx, r)) as Row[];
  const systemOf = (row: Row) => (row.system_identifier == null ? null : String(row.system_identifier));
  const conflicts = rows
    .filter((row) => wanted.some((w) => w.entityName === row.entity_name))
    .filter((row) => systemOf(row) !== null && systemOf(row) !== system)
    .map((row) => ({ entityName: String(row.entity_name), systemIdentifier: String(row.system_identifier) }));
  if (conflicts.length > 0) return { conflicts };
  let purged = 0;
  for (const row of rows.filter((x) => systemOf(x) === system)) {
    const entityName = String(row.entity_name);
    if (wanted.some((w) => w.entityName === entityName)) continue;
    await ofReceiver(trx, r).andWhere({ entity_name: entityName }).del();
    purged += await purge(trx, r, entityName);
  }
  for (const w of wanted) {
    const existing = rows.find((row) => row.entity_name === w.entityName);
    if (existing)
      await ofReceiver(trx, r)
        .andWhere({ entity_name: w.entityName })
        .update({ endpoint_url: w.endpointUrl, system_identifier: system });
    else await insertSubscription(trx, r, w, now, system);
  }
  return { purged };
}

/** Removes one subscription and its undelivered messages; how many were purged, or null when there was none. */
export async function removeSubscription(
  trx: Knex.Transaction,
  r: SubscriptionReceiver,
  entityName: string,
): Promise<number | null> {
  const removed = Number(await ofReceiver(trx, r).andWhere({ entity_name: entityName }).del());
  return removed > 0 ? purge(trx, r, entityName) : null;
}

/** The receivers (type|code keys) subscribed to an entity name, for filtering WSB rows at enqueue. */
export async function subscribedKeys(q: Queryable, entityNames: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  // one statement per name (a write sends one or two WSB types), prepared on SQLite in a unit of work
  for (const name of entityNames)
    for (const row of await rowsWhere(q, 'wsb_subscription', 'entity_name', name, 'receiver_org_type'))
      keys.add(`${row.receiver_org_type}|${row.receiver_org_code}|${wsbType(name)}`);
  return keys;
}

/** The endpoint of a receiver's subscription to a WSB message type, or null. */
export async function endpointFor(q: Queryable, r: SubscriptionReceiver, messageType: string): Promise<string | null> {
  const row = (await ofReceiver(q, r)
    .andWhere({ entity_name: messageType.replace(/\.WSB$/, '') })
    .first()) as Row | undefined;
  return row ? String(row.endpoint_url) : null;
}

/** The organisations of these types subscribed to an entity name (a type sent to "all" of its subscribers). */
export async function subscribersOf(
  q: Queryable,
  entityName: string,
  organisationTypes: readonly number[],
): Promise<SubscriptionReceiver[]> {
  const rows = (await q('wsb_subscription')
    .select('receiver_org_type', 'receiver_org_code')
    .where({ entity_name: entityName })
    .whereIn('receiver_org_type', [...organisationTypes])
    .orderBy(['receiver_org_type', 'receiver_org_code'])) as Row[];
  return rows.map((row) => ({
    organisationType: Number(row.receiver_org_type),
    organisationCode: String(row.receiver_org_code),
  }));
}
