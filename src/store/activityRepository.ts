// Reading and writing activities (019_activities), in the caller's knex or transaction so an activity's change
// and its notifications commit together; the look-up by id and the insert are hot statements (statements.ts).
import type { Activity } from '../domain/activity.ts';
import type { Queryable, Transaction } from './queryable.ts';
import { insertRow, rowByKey } from './statements.ts';

type Row = Record<string, unknown>;

const activityRow = (a: Activity) => ({
  id: a.id,
  cpr: a.cpr,
  activation_type: a.activationType,
  start_date: a.startDate,
  version: a.version,
  data: JSON.stringify(a),
});

const fromRow = (row: Row): Activity => JSON.parse(String(row.data)) as Activity;

export async function findActivity(q: Queryable, id: string): Promise<Activity | null> {
  const row = await rowByKey(q, 'activity', 'id', id);
  return row ? fromRow(row) : null;
}

/** The citizen's activities, by start date. */
export async function activitiesOf(q: Queryable, cpr: string): Promise<Activity[]> {
  const rows = (await q('activity').where({ cpr }).orderBy(['start_date', 'id'])) as Row[];
  return rows.map(fromRow);
}

export async function insertActivity(q: Transaction, a: Activity): Promise<void> {
  await insertRow(q, 'activity', activityRow(a));
}

/** Replaces the activity if it is still at the version before `a` (a concurrent change fails). */
export async function updateActivity(q: Transaction, a: Activity): Promise<void> {
  const changed = await q('activity')
    .where({ id: a.id, version: a.version - 1 })
    .update(activityRow(a));
  if (Number(changed) !== 1)
    throw new Error(`activity ${a.id}: changed concurrently (expected version ${a.version - 1})`);
}
