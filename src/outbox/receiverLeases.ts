// Receiver leases for the push dispatcher: one process at a time delivers a receiver's pushed messages,
// so a receiver's messages leave in outbox order even with several facade processes on one database.
// A lease is a row of wsb_receiver_lease (owner, until in epoch ms). Claiming takes every free, expired or
// already-owned lease of a list of receivers in ONE statement, in each dialect's own way of skipping rows
// another process is claiming at that moment:
// - PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED inside the UPDATE … RETURNING;
// - SQL Server: UPDATE … WITH (UPDLOCK, READPAST, ROWLOCK) … OUTPUT inserted.…;
// - SQLite: one writer at a time anyway, so a plain UPDATE … RETURNING.
// Marking a message delivered is conditional on the lease still being held (`heldBy`), so a process that
// lost its lease notices before it records anything. (`claimStatement` is exported for the SQL Server
// statement test: there is no live server here.)
import type { Knex } from 'knex';

export interface ReceiverKey {
  organisationType: number;
  organisationCode: string;
}

export const receiverKeyOf = (r: ReceiverKey): string => `${r.organisationType}|${r.organisationCode}`;

/** Receivers per claiming statement: keeps well under SQL Server's 2,100 parameters. */
const RECEIVERS_PER_CLAIM = 400;

type RawRow = { receiver_org_type: number | string; receiver_org_code: string };

function rowsOf(result: unknown): RawRow[] {
  if (Array.isArray(result)) return result as RawRow[];
  return ((result as { rows?: RawRow[] }).rows ?? []) as RawRow[];
}

/** Lease rows for receivers that have none yet (free: no owner, until 0). */
async function ensureLeaseRows(db: Knex, receivers: readonly ReceiverKey[]): Promise<void> {
  if (db.client.dialect === 'mssql') {
    for (const r of receivers) {
      await db.raw(
        `INSERT INTO wsb_receiver_lease (receiver_org_type, receiver_org_code, ??, ??)
         SELECT ?, ?, NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM wsb_receiver_lease WITH (UPDLOCK, HOLDLOCK) WHERE receiver_org_type = ? AND receiver_org_code = ?)`,
        ['owner', 'until', r.organisationType, r.organisationCode, r.organisationType, r.organisationCode],
      );
    }
    return;
  }
  const rows = receivers.map((r) => ({
    receiver_org_type: r.organisationType,
    receiver_org_code: r.organisationCode,
    owner: null,
    until: 0,
  }));
  await db('wsb_receiver_lease').insert(rows).onConflict(['receiver_org_type', 'receiver_org_code']).ignore();
}

export function claimStatement(
  db: Knex,
  owner: string,
  receivers: readonly ReceiverKey[],
  now: number,
  until: number,
): Knex.Raw {
  const pairs = receivers.flatMap((r) => [r.organisationType, r.organisationCode]);
  const free = '(?? < ? OR ?? IS NULL OR ?? = ?)';
  const freeBindings = ['until', now, 'owner', 'owner', owner];
  switch (db.client.dialect) {
    case 'postgresql':
      return db.raw(
        `UPDATE wsb_receiver_lease AS l SET ?? = ?, ?? = ?
         FROM (SELECT receiver_org_type, receiver_org_code FROM wsb_receiver_lease
               WHERE (receiver_org_type, receiver_org_code) IN (${receivers.map(() => '(?, ?)').join(', ')}) AND ${free}
               FOR UPDATE SKIP LOCKED) AS claimable
         WHERE l.receiver_org_type = claimable.receiver_org_type AND l.receiver_org_code = claimable.receiver_org_code
         RETURNING l.receiver_org_type, l.receiver_org_code`,
        ['owner', owner, 'until', until, ...pairs, ...freeBindings],
      );
    case 'mssql':
      return db.raw(
        `UPDATE l SET ?? = ?, ?? = ?
         OUTPUT inserted.receiver_org_type, inserted.receiver_org_code
         FROM wsb_receiver_lease AS l WITH (UPDLOCK, READPAST, ROWLOCK)
         WHERE ${free.replace(/\?\?/g, 'l.??')} AND (${receivers.map(() => '(l.receiver_org_type = ? AND l.receiver_org_code = ?)').join(' OR ')})`,
        ['owner', owner, 'until', until, ...freeBindings, ...pairs],
      );
    default:
      return db.raw(
        `UPDATE wsb_receiver_lease SET ?? = ?, ?? = ?
         WHERE (receiver_org_type, receiver_org_code) IN (VALUES ${receivers.map(() => '(?, ?)').join(', ')}) AND ${free}
         RETURNING receiver_org_type, receiver_org_code`,
        ['owner', owner, 'until', until, ...pairs, ...freeBindings],
      );
  }
}

/** Takes the leases of those receivers that are free, expired or already ours, until `until`; returns them. */
export async function claimReceivers(
  db: Knex,
  owner: string,
  receivers: readonly ReceiverKey[],
  now: number,
  until: number,
): Promise<ReceiverKey[]> {
  const claimed: ReceiverKey[] = [];
  for (let i = 0; i < receivers.length; i += RECEIVERS_PER_CLAIM) {
    const chunk = receivers.slice(i, i + RECEIVERS_PER_CLAIM);
    await ensureLeaseRows(db, chunk);
    const rows = rowsOf(await claimStatement(db, owner, chunk, now, until));
    const taken = new Set(rows.map((row) => `${Number(row.receiver_org_type)}|${row.receiver_org_code}`));
    claimed.push(...chunk.filter((r) => taken.has(receiverKeyOf(r)))); // in the order asked for
  }
  return claimed;
}

function leaseOf(db: Knex, r: ReceiverKey): Knex.QueryBuilder {
  return db('wsb_receiver_lease').where({
    receiver_org_type: r.organisationType,
    receiver_org_code: r.organisationCode,
  });
}

/** Extends the lease if it is still ours; false when another process has taken it. */
export async function renewLease(
  db: Knex,
  owner: string,
  r: ReceiverKey,
  now: number,
  until: number,
): Promise<boolean> {
  return Number(await leaseOf(db, r).andWhere({ owner }).andWhere('until', '>=', now).update({ until })) === 1;
}

/** A subquery that has a row while `owner` holds the receiver's lease (for conditional writes). */
export function heldBy(db: Knex, owner: string, r: ReceiverKey, now: number): Knex.QueryBuilder {
  return leaseOf(db, r).select(db.raw('1')).andWhere({ owner }).andWhere('until', '>=', now);
}

/** Gives up the lease if it is ours. */
export async function releaseLease(db: Knex, owner: string, r: ReceiverKey): Promise<void> {
  await leaseOf(db, r).andWhere({ owner }).update({ owner: null, until: 0 });
}
