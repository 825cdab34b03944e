// Retention of delivered notifications: delivered outbox rows (WSRM terminated, WSB pushed) older than the
// retention period are deleted with their payloads; pending and dead ones are never touched. delivered_at is
// an xs:dateTime (WSRM: Copenhagen with offset; push: UTC), compared as text: good to the hour, ample for days. Nightly under
// `npm start` and on demand (`npm run cli -- outbox-retention`); OUTBOX_RETENTION_DAYS sets the period.
import type { Knex } from 'knex';

export async function runOutboxRetention(db: Knex, retentionDays: number, nowMs: number = Date.now()): Promise<number> {
  const cutoff = new Date(nowMs - retentionDays * 86_400_000).toISOString();
  return db.transaction(async (trx) => {
    const old = () =>
      trx('outbox_message').select('id').where({ state: 'delivered' }).andWhere('delivered_at', '<', cutoff);
    await trx('outbox_payload').whereIn('message_id', old()).del();
    return Number(await trx('outbox_message').whereIn('id', old()).del());
  });
}
